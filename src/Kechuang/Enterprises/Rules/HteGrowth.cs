using static System.FormattableString;

namespace Kechuang.Enterprises.Rules;

/// <summary>工作指引 四(二) 企业成长性: net-asset growth ≤ 10 + sales growth ≤ 10.</summary>
internal static class HteGrowth
{
    public static ScorePart Part(IReadOnlyList<YearFacts> years)
    {
        var net = Score(Values(years, static y => y.NetAssets));
        var sales = Score(Values(years, static y => y.SalesRevenue));
        return new ScorePart("growth", net.Band.Min + sales.Band.Min, net.Band.Max + sales.Band.Max,
            Deferred.Of((net, sales), static s => $"{Basis("净资产增长率", s.net)}；{Basis("销售收入增长率", s.sales)}"));
    }

    private static decimal[] Values(IReadOnlyList<YearFacts> years, Func<YearFacts, decimal> value)
    {
        var values = new decimal[years.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(years[i]);
        }
        return values;
    }

    /// <summary>
    /// g = ½·(v2/v1 + v3/v2) − 1 over three years, v2/v1 − 1 over two; null means 0 points by rule:
    /// one year only, v2 = 0, or v1 = 0 with no third year to fall back on.
    /// </summary>
    public static decimal? Rate(IReadOnlyList<decimal> values) => values.Count switch
    {
        3 when values[1] == 0 => null,
        3 when values[0] == 0 => values[2] / values[1] - 1, // v1 = 0: use the last two years
        3 => (values[1] / values[0] + values[2] / values[1]) / 2 - 1,
        2 when values[0] == 0 || values[1] == 0 => null,
        2 => values[1] / values[0] - 1,
        _ => null,
    };

    /// <summary>The rate (null when it cannot be computed), the band it earns, and how many years there were.</summary>
    private static (decimal? Rate, Band Band, int Years) Score(IReadOnlyList<decimal> values) => Rate(values) is { } rate
        ? (rate, rate > 0 ? Band.Pick(HteThresholds.Growth, rate) : new Band(0, 0, 0), values.Count)
        : (null, new Band(0, 0, 0), values.Count);

    private static string Basis(string name, (decimal? Rate, Band Band, int Years) score) => score.Rate is { } rate
        ? $"{name} {Show.Ratio(rate)}：{score.Band}分"
        : Invariant($"{name}无法计算（{(score.Years < 2 ? "只有一年数据" : "基期值为0")}）：0分");
}
