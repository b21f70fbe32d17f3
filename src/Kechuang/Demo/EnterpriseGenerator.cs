using System.Globalization;
using Kechuang.Enterprises;

namespace Kechuang.Demo;

public sealed record GeneratedEnterprise(Enterprise Enterprise, IReadOnlyList<EnterpriseYear> Years, IReadOnlyList<Qualification> Qualifications);

/// <summary>
/// Fictional but plausible enterprises with three fiscal years of figures, spread around every HTE and tech-SME
/// threshold (10% tech staff, 3/4/5% R&amp;D, 60% high-tech income, the 5000万 and 2亿 sales lines) so that the
/// cultivation view has candidates on both sides. Deterministic for a seed: demo data and benchmarks repeat.
/// </summary>
public sealed class EnterpriseGenerator(int seed, DateOnly today)
{
    private static readonly string[] Words = ["华创", "中科", "信达", "恒通", "瑞丰", "东方", "锦程", "海纳", "天成", "博远", "精工", "宏图", "新锐", "智联", "绿源", "卓越", "鼎盛", "星辰", "汇泽", "启明", "昌隆", "永联", "嘉禾", "正泰"];
    private static readonly string[] Trades = ["电子科技", "新材料", "智能装备", "生物医药", "机械制造", "软件科技", "环保科技", "新能源", "精密仪器", "包装材料", "汽车零部件", "化工科技", "光电科技", "医疗器械"];
    // The HTE field each trade belongs to, in the order of Trades.
    private static readonly string[] Fields = ["电子信息", "新材料", "先进制造与自动化", "生物与新医药", "先进制造与自动化", "电子信息", "资源与环境", "新能源与节能", "先进制造与自动化", "新材料", "先进制造与自动化", "新材料", "电子信息", "生物与新医药"];
    private static readonly string[] Industry = ["C3981", "C2929", "C3490", "C2720", "C3484", "I6513", "N7722", "C3825", "C4011", "C2231", "C3670", "C2661", "C3976", "C3581"];
    private static readonly string[] Tails = ["", "", "", "精密", "联合", "实业", "集团"];

    private readonly Random _random = new(seed);

    /// <summary>
    /// The titles the demo gives an enterprise: an HTE certificate renewed every three years on the same day since
    /// <see cref="HteFrom"/> (the first issued in a year of the cycle <see cref="HtePhase"/>), a tech-SME registration
    /// renewed every year since <see cref="TechSmeFrom"/>; never one dated after today.
    /// </summary>
    public sealed record TitlePlan(int? HteFrom, int HtePhase, int HteDay, int? TechSmeFrom, int TechSmeDay);

    public GeneratedEnterprise Next(string county, string countyName, IReadOnlyList<string> towns, int index) =>
        Next(county, countyName, towns, index, null);

    /// <summary>An enterprise with the titles of <paramref name="plan"/> and a 技术领域 always (every HTE has one).</summary>
    public GeneratedEnterprise Next(string county, string countyName, IReadOnlyList<string> towns, int index, TitlePlan? plan)
    {
        var trade = index / Words.Length % Trades.Length;
        var name = $"{Short(countyName)}{Words[index % Words.Length]}{Tails[index / (Words.Length * Trades.Length) % Tails.Length]}{Trades[trade]}有限公司";
        var age = _random.NextDouble() < 0.05 ? 200 + _random.Next(150) : 400 + _random.Next(365 * 22);
        var titled = Math.Min(plan?.HteFrom ?? int.MaxValue, plan?.TechSmeFrom ?? int.MaxValue);
        if (titled < int.MaxValue)
        {
            // Founded at least a year before its first title.
            age = Math.Max(age, today.DayNumber - new DateOnly(titled, 1, 1).DayNumber + 400 + _random.Next(365 * 8));
        }
        var enterprise = new Enterprise
        {
            Name = name,
            Uscc = Uscc.Create(county, (10_000_000 + index).ToString(CultureInfo.InvariantCulture)).Value,
            RegionCode = county,
            TownCode = towns.Count == 0 ? null : towns[_random.Next(towns.Count)],
            Address = $"{countyName}工业园区{_random.Next(1, 200)}号",
            IndustryCode = Industry[trade],
            FoundedOn = today.AddDays(-age),
            AboveScale = _random.NextDouble() < 0.45,
            TechnologyField = _random.NextDouble() < 0.9 ? Fields[trade] : null,
            ContactName = Contact(index),
            ContactPhone = $"1{_random.Next(3, 9)}{_random.Next(100_000_000, 999_999_999)}",
        };
        // With neither title planned: a traditional firm, more often above scale, and without R&D as often as not.
        var plain = plan is { HteFrom: null, TechSmeFrom: null };
        if (plain)
        {
            enterprise.AboveScale = _random.NextDouble() < 0.8;
        }
        var years = Years(enterprise, age, hte: plan?.HteFrom is not null, noRd: plain && _random.NextDouble() < 0.6);
        var titles = plan is null ? Titles(enterprise, index) : Planned(enterprise, index, plan);
        if (plan is not null || titles.Exists(t => t.Type == QualificationType.HighTech))
        {
            enterprise.TechnologyField ??= Fields[trade];
        }
        return new GeneratedEnterprise(enterprise, years, titles);
    }

    private List<Qualification> Planned(Enterprise e, int index, TitlePlan plan)
    {
        var titles = new List<Qualification>();
        if (plan.HteFrom is { } hteFrom)
        {
            var first = hteFrom + (((plan.HtePhase - hteFrom) % 3) + 3) % 3;
            for (var year = first; year <= today.Year; year += 3)
            {
                var issued = new DateOnly(year, 1, 1).AddDays(plan.HteDay);
                if (issued <= today)
                {
                    titles.Add(new Qualification
                    {
                        EnterpriseId = e.Id, Type = QualificationType.HighTech,
                        Number = $"GR{year}33{index % 100_000:D5}{_random.Next(100, 999)}",
                        IssuedOn = issued, ExpiresOn = issued.AddYears(3),
                    });
                }
            }
        }
        if (plan.TechSmeFrom is { } smeFrom)
        {
            for (var year = smeFrom; year <= today.Year; year++)
            {
                var issued = new DateOnly(year, 1, 1).AddDays(plan.TechSmeDay);
                if (issued <= today)
                {
                    titles.Add(new Qualification
                    {
                        EnterpriseId = e.Id, Type = QualificationType.TechSme,
                        Number = $"{year}3303{index % 1_000_000:D6}{_random.Next(100, 999)}",
                        IssuedOn = issued, ExpiresOn = issued.AddYears(1),
                    });
                }
            }
        }
        return titles;
    }

    private List<EnterpriseYear> Years(Enterprise e, int ageDays, bool hte = false, bool noRd = false)
    {
        var last = today.Year - 1;
        var first = Math.Max(last - 2, e.FoundedOn!.Value.Year);
        // One in six is a strong candidate, comfortably past every line; the rest straddle the thresholds. An HTE is strong.
        var strong = (_random.NextDouble() < 0.17) || hte;
        var staff = 15 + (int)(Math.Pow(_random.NextDouble(), 2) * 480);
        var techShare = strong ? Near(0.25, 0.05, 0.12, 0.45) : Near(0.12, 0.07, 0.02, 0.45);
        // Latest sales land on both sides of 5000万 and 2亿 (the R&D threshold lines).
        var sales = (decimal)Math.Round(Math.Exp(15.4 + _random.NextDouble() * 4.0), 0);
        var rdRatio = strong ? Near(0.065, 0.01, 0.055, 0.12) : Near(0.042, 0.018, 0.005, 0.12);
        var highTech = strong ? Near(0.8, 0.08, 0.65, 0.98) : Near(0.62, 0.15, 0.2, 0.98);
        var domestic = _random.NextDouble() < 0.9 ? 1.0 : Near(0.6, 0.1, 0.3, 1.0);
        var growth = strong ? Near(0.3, 0.08, 0.15, 0.6) : Near(0.12, 0.15, -0.2, 0.6);
        var classOne = strong ? _random.Next(1, 6) : _random.NextDouble() < 0.35 ? 0 : _random.Next(1, 6);
        var classTwo = _random.Next(0, 14);
        var netAssets = sales * (decimal)Near(0.45, 0.15, 0.1, 0.9);
        var experts = strong || _random.NextDouble() < 0.3;
        var list = new List<EnterpriseYear>();
        for (var year = last; year >= first && ageDays > 0; year--)
        {
            var tech = (int)Math.Round(staff * techShare);
            var rd = noRd ? 0m : Round(sales * (decimal)rdRatio);
            list.Add(new EnterpriseYear
            {
                EnterpriseId = e.Id,
                Year = year,
                Staff = staff,
                TechStaff = Math.Min(tech, staff),
                SalesRevenue = sales,
                TotalIncome = Round(sales * 1.04m),
                HighTechIncome = Round(sales * 1.04m * (decimal)highTech),
                RdExpense = rd,
                RdExpenseDomestic = Round(rd * (decimal)domestic),
                TotalCostsAndExpenses = Round(sales * 0.86m),
                TotalAssets = Round(sales * 1.3m),
                NetAssets = Round(netAssets),
                ClassOneIp = classOne,
                ClassTwoIp = classTwo,
                Conversions = strong ? _random.Next(4, 9) : _random.Next(0, 8),
                MajorViolation = !strong && _random.NextDouble() < 0.02,
                IpAdvancement = experts ? _random.Next(strong ? 6 : 4, 9) : null,
                IpCoreRole = experts ? _random.Next(strong ? 6 : 4, 9) : null,
                IpOwnRd = strong || _random.NextDouble() < 0.8,
                RdManagement = experts ? _random.Next(strong ? 15 : 10, 21) : null,
                // Filed with the annual report by 31 May of the next year; last year's, before that day, as soon as the year closed.
                UpdatedAt = Filed(year),
            });
            // Going back a year: smaller by the growth rate, a little noise per year.
            sales = Round(sales / (decimal)(1 + growth + Near(0, 0.05, -0.1, 0.1)));
            netAssets = Round(netAssets / (decimal)(1 + growth));
            staff = Math.Max(10, staff - _random.Next(0, 8));
            classTwo = Math.Max(0, classTwo - _random.Next(0, 3));
        }
        return list;
    }

    private List<Qualification> Titles(Enterprise e, int index)
    {
        var titles = new List<Qualification>();
        if (_random.NextDouble() < 0.25)
        {
            // Issued within the last three years, so some expire in the coming months.
            var issued = today.AddDays(-_random.Next(30, 365 * 3));
            titles.Add(new Qualification
            {
                EnterpriseId = e.Id,
                Type = QualificationType.HighTech,
                Number = $"GR{issued.Year}33{index % 100_000:D5}{_random.Next(100, 999)}",
                IssuedOn = issued,
                ExpiresOn = issued.AddYears(3),
            });
        }
        if (_random.NextDouble() < 0.4)
        {
            var issued = new DateOnly(today.Year, 1, 1).AddDays(-_random.Next(1, 300));
            titles.Add(new Qualification
            {
                EnterpriseId = e.Id,
                Type = QualificationType.TechSme,
                Number = $"{issued.Year}3303{index % 1_000_000:D6}{_random.Next(100, 999)}",
                IssuedOn = issued,
                ExpiresOn = issued.AddYears(1),
            });
        }
        return titles;
    }

    private DateTimeOffset Filed(int year)
    {
        var filed = new DateOnly(year + 1, 5, 31);
        var day = filed <= today ? filed : new DateOnly(year + 1, 1, 1);
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Common.Zh.Offset).ToUniversalTime();
    }

    private double Near(double mean, double spread, double min, double max) =>
        Math.Clamp(mean + spread * (_random.NextDouble() + _random.NextDouble() + _random.NextDouble() - 1.5) * 1.4, min, max);

    private static decimal Round(decimal yuan) => decimal.Round(yuan, 0);

    private static string Short(string countyName) => countyName.Length > 2 ? countyName[..2] : countyName;

    private static string Contact(int index) =>
        $"{"王李张刘陈杨黄赵吴周徐孙马朱胡郭何林"[index % 18]}{"建伟芳敏静丽强磊洋艳勇军杰娟涛明超秀"[(index / 18) % 18]}{(index % 3 == 0 ? "" : "华")}";
}
