using Kechuang.Common;
using Kechuang.Data;
using Kechuang.IntellectualProperty;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// 知识产权 for the demo prefecture (docs/domain.md §7.8): every county's enterprises hold patents scaled by
/// <see cref="DemoCounty.Weight"/> — at 平阳县's size about 40 invention, 100 utility-model and 25 design patents
/// granted a year over the last four years, an older stock of some 200 invention patents, a tenth of the older ones
/// lapsed, recent inventions still pending — each number with its check digit. The regions' 年末常住人口 for the last
/// three years are demo values near the 2020 census (not the statistics bureau's figures). 平阳县 also has a few
/// trademarks and infringement disputes. The demo enterprise user's enterprise holds some of the patents.
/// </summary>
internal static class PatentDemoData
{
    private const string Pingyang = "330326";

    /// <summary>万人, demo values near the 2020 census; the city's is its own figure, not the sum.</summary>
    private static readonly Dictionary<string, decimal> Population = new()
    {
        ["330300"] = 957.3m, ["330302"] = 120.2m, ["330303"] = 77.6m, ["330304"] = 96.5m, ["330305"] = 15.1m, ["330324"] = 86.9m,
        ["330326"] = 86.3m, ["330327"] = 84.4m, ["330328"] = 28.9m, ["330329"] = 26.6m, ["330381"] = 152.0m, ["330382"] = 145.3m, ["330383"] = 46.5m,
    };

    private static readonly string[] Subjects =
    [
        "阀门密封结构", "泵体叶轮", "注塑模具冷却装置", "智能配电柜", "包装印刷设备", "鞋底成型机", "汽车制动卡钳", "塑料编织袋生产线",
        "LED驱动电源", "皮革涂饰工艺", "环保型油墨", "数控切割机床", "食品包装膜", "海水养殖网箱", "低压断路器", "防爆电机",
    ];

    public static async Task SeedAsync(KechuangDbContext db, IReadOnlyList<Regions.Region> counties, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Patents.AnyAsync(ct))
        {
            return;
        }
        foreach (var (code, people) in Population)
        {
            for (var year = today.Year - 3; year < today.Year; year++)
            {
                // A small yearly growth back from the census figure.
                var value = decimal.Round(people * (1m + (0.004m * (year - 2020))), 2, MidpointRounding.AwayFromZero);
                db.RegionPopulations.Add(new RegionPopulation { RegionCode = code, Year = year, Population = value, Source = "演示数据（接近第七次人口普查数）", UpdatedAt = now });
            }
        }
        var own = await db.Users.AsNoTracking().Where(u => u.UserName == SeedDemoData.EnterpriseUser).Select(u => u.EnterpriseId).FirstOrDefaultAsync(ct);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var county in counties)
        {
            var random = new Random(int.Parse(county.Code, System.Globalization.CultureInfo.InvariantCulture) + 11);
            var profile = DemoCounty.Of(county.Code);
            var holders = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == county.Code).OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.Name }).Take(300).ToListAsync(ct);
            if (holders.Count == 0)
            {
                continue;
            }
            if (county.Code == Pingyang && own is { } ownId && await db.Enterprises.AsNoTracking().Where(e => e.Id == ownId).Select(e => e.Name).FirstOrDefaultAsync(ct) is { } ownName)
            {
                holders.Insert(0, new { Id = ownId, Name = ownName });
            }
            void Add(char type, DateOnly appliedOn, DateOnly? grantedOn, DateOnly? lapsedOn)
            {
                var holder = holders[random.Next(Math.Min(holders.Count, 40)) == 0 ? 0 : random.Next(holders.Count)];
                string digits;
                do
                {
                    digits = appliedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + type + random.Next(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
                }
                while (!numbers.Add(digits));
                var kind = PatentNumber.KindOf(type)!;
                var granted = grantedOn is { } g && g <= today ? grantedOn : null;
                var lapsed = granted is not null && lapsedOn is { } l && l <= today ? lapsedOn : null;
                db.Patents.Add(new Patent
                {
                    EnterpriseId = holder.Id, Applicant = holder.Name, RegionCode = county.Code, Number = digits + "." + PatentNumber.CheckDigit(digits),
                    Kind = kind, Title = (kind == PatentKinds.Design ? "" : "一种") + Subjects[random.Next(Subjects.Length)] + (kind == PatentKinds.Design ? "（外观）" : ""),
                    AppliedOn = appliedOn, GrantedOn = granted, LapsedOn = lapsed,
                    Status = lapsed is not null ? PatentRules.Lapsed : granted is not null ? PatentRules.Granted : PatentRules.Pending,
                    CreatedAt = now, UpdatedAt = now,
                });
            }
            DateOnly Day(int year) => new(year, 1 + random.Next(12), 1 + random.Next(28));
            // The older stock of invention patents, granted from ten to four years ago; a tenth lapsed since.
            for (var k = 0; k < profile.Scaled(200); k++)
            {
                var applied = Day(today.Year - 12 + random.Next(7));
                var granted = applied.AddMonths(20 + random.Next(16));
                Add('1', applied, granted, random.Next(10) == 0 ? granted.AddYears(3 + random.Next(3)) : null);
            }
            // The last four years by grant, by kind: examination takes 18–36 months for an invention, months for the others.
            for (var year = today.Year - 3; year <= today.Year; year++)
            {
                foreach (var (type, perYear, months, spread) in new[] { ('1', 40, 18, 18), ('2', 100, 5, 7), ('3', 25, 4, 4) })
                {
                    for (var k = 0; k < profile.Scaled(perYear); k++)
                    {
                        var granted = Day(year);
                        var applied = granted.AddMonths(-(months + random.Next(spread)));
                        Add(type, applied, granted, type == '2' && random.Next(12) == 0 ? granted.AddYears(1 + random.Next(2)) : null);
                    }
                }
            }
            // Inventions applied for in the last two years and still in examination.
            for (var k = 0; k < profile.Scaled(30); k++)
            {
                Add('1', today.AddDays(-random.Next(30, 700)), null, null);
            }
        }
        db.Trademarks.AddRange(
            new Trademark { Name = "鳌江", RegistrationNumber = "10234567", Holder = "平阳县鳌江镇某食品有限公司", RegionCode = Pingyang, Kind = "普通商标", Classes = "29、30", RegisteredOn = today.AddYears(-6), ExpiresOn = today.AddYears(4), UpdatedAt = now },
            new Trademark { Name = "平阳黄汤", RegistrationNumber = "13579246", Holder = "平阳县茶叶产业协会", RegionCode = Pingyang, Kind = "地理标志证明商标", Classes = "30", RegisteredOn = today.AddYears(-9), ExpiresOn = today.AddYears(1), UpdatedAt = now },
            new Trademark { Name = "万全", RegistrationNumber = "22446688", Holder = "平阳县某机械制造有限公司", RegionCode = Pingyang, Kind = "普通商标", Classes = "7", RegisteredOn = today.AddYears(-3), ExpiresOn = today.AddYears(7), UpdatedAt = now });
        db.IpCases.AddRange(
            new IpCase { Title = "某泵业公司请求处理某机械厂侵犯实用新型专利权纠纷", Kind = "专利", Complainant = "平阳县某泵业有限公司", Respondent = "某机械厂", RegionCode = Pingyang, ReceivedOn = today.AddDays(-200), HandledOn = today.AddDays(-190), ClosedOn = today.AddDays(-120), Outcome = "调解结案", UpdatedAt = now },
            new IpCase { Title = "某食品公司请求处理商标侵权纠纷", Kind = "商标", Complainant = "平阳县鳌江镇某食品有限公司", Respondent = "某商行", RegionCode = Pingyang, ReceivedOn = today.AddDays(-40), HandledOn = today.AddDays(-35), UpdatedAt = now },
            new IpCase { Title = "某包装公司请求处理外观设计专利侵权纠纷", Kind = "专利", Complainant = "平阳县某包装有限公司", Respondent = "某印刷厂", RegionCode = Pingyang, ReceivedOn = today.AddDays(-6), UpdatedAt = now });
        await db.SaveChangesAsync(ct);
    }
}
