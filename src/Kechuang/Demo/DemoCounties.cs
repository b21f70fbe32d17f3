namespace Kechuang.Demo;

/// <summary>
/// The demo prefecture's county-level units at roughly their real size, so the figures survive a bureau chief's glance.
/// 平阳县 is the yardstick (<see cref="Weight"/> 1): its published 2022 figures are 全社会R&amp;D经费投入 16.02亿元,
/// 42 新认定高新技术企业, 150 科技型中小企业入库 and 技术市场交易额 21.49亿元. The registers (enterprises, titles,
/// contracts) and the reported figures of the other counties follow <see cref="Weight"/>, their industrial and
/// innovative size against 平阳's: 乐清 and 瑞安 the largest industrial economies, 文成, 泰顺 and 洞头 the smallest.
/// Figures are approximations for a demo, not statistics.
/// </summary>
/// <param name="Code">行政区划代码 of the county-level unit.</param>
/// <param name="Weight">Industrial and innovative size against 平阳县's (1): scales the registers and the counts.</param>
/// <param name="Gdp">地区生产总值, 亿元 a year.</param>
/// <param name="RdIntensity">R&amp;D经费投入强度, % of GDP.</param>
/// <param name="IndustryShare">规上工业增加值 as a share of GDP.</param>
/// <param name="HighTechShare">高新技术产业增加值 as a share of 规上工业增加值.</param>
/// <param name="FiscalSpending">一般公共预算支出, 亿元 a year.</param>
/// <param name="Commissioners">科技特派员: many in the mountain counties with many villages, few in the city districts.</param>
internal sealed record DemoCounty(
    string Code, decimal Weight, decimal Gdp, decimal RdIntensity, decimal IndustryShare, decimal HighTechShare,
    decimal FiscalSpending, int Commissioners)
{
    /// <summary>平阳县's yearly register figures (2022), the scale of a county of <see cref="Weight"/> 1.</summary>
    public const int NewHtePerYear = 42;
    public const int TechSmePerYear = 150;
    public const decimal TechTransactionPerYear = 21.49m;
    public const decimal RdExpenditurePerYear = 16.02m;

    public static readonly DemoCounty[] All =
    [
        new("330302", 1.15m, 1090m, 2.0m, 0.13m, 0.55m, 105m, 30),  // 鹿城区: the old city, services
        new("330303", 1.3m, 740m, 3.1m, 0.36m, 0.68m, 80m, 25),     // 龙湾区: industrial districts
        new("330304", 1.15m, 820m, 2.6m, 0.28m, 0.6m, 90m, 45),     // 瓯海区
        new("330305", 0.15m, 130m, 1.4m, 0.22m, 0.45m, 38m, 30),    // 洞头区: islands, small
        new("330324", 0.8m, 550m, 2.2m, 0.3m, 0.55m, 95m, 110),     // 永嘉县: valves and pumps
        new("330326", 1m, 651m, 2.46m, 0.3m, 0.6m, 98m, 90),        // 平阳县: the yardstick
        new("330327", 0.6m, 470m, 1.8m, 0.25m, 0.5m, 92m, 100),     // 苍南县
        new("330328", 0.12m, 130m, 1.2m, 0.15m, 0.4m, 52m, 85),     // 文成县: mountains, small
        new("330329", 0.13m, 140m, 1.3m, 0.15m, 0.4m, 55m, 95),     // 泰顺县: mountains, small
        new("330381", 2m, 1210m, 2.9m, 0.36m, 0.65m, 140m, 100),    // 瑞安市: auto parts, machinery
        new("330382", 2.6m, 1540m, 3.3m, 0.42m, 0.7m, 150m, 90),    // 乐清市: electrical industry, the largest
        new("330383", 0.55m, 380m, 2.0m, 0.33m, 0.5m, 45m, 25),     // 龙港市: printing and packaging
    ];

    private static readonly Dictionary<string, DemoCounty> ByCode = All.ToDictionary(c => c.Code);

    /// <summary>The county's profile; a county the table does not know is taken as mid-sized.</summary>
    public static DemoCounty Of(string code) =>
        ByCode.TryGetValue(code, out var county) ? county : new DemoCounty(code, 0.5m, 400m, 2m, 0.3m, 0.5m, 60m, 40);

    /// <summary>R&amp;D经费投入, 亿元 a year.</summary>
    public decimal RdExpenditure => Gdp * RdIntensity / 100m;

    /// <summary>规上工业增加值, 亿元 a year.</summary>
    public decimal IndustrialValueAdded => Gdp * IndustryShare;

    /// <summary>Scaled from 平阳's count, at least <paramref name="minimum"/>.</summary>
    public int Scaled(decimal pingyang, int minimum = 1) => Math.Max(minimum, (int)Math.Round(pingyang * Weight, MidpointRounding.AwayFromZero));
}
