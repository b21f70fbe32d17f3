using static System.FormattableString;

namespace Kechuang.Enterprises.Rules;

/// <summary>工作指引 四(二) 企业成长性: net-asset growth ≤ 10 + sales growth ≤ 10.</summary>
internal static class HteGrowth
{
    public static ScorePart Part(IReadOnlyList<YearFacts> years)
    {
        var (netMin, netMax, netBasis) = Score("净资产增长率", [.. years.Select(y => y.NetAssets)]);
        var (salesMin, salesMax, salesBasis) = Score("销售收入增长率", [.. years.Select(y => y.SalesRevenue)]);
        return new ScorePart("growth", netMin + salesMin, netMax + salesMax, () => $"{netBasis()}；{salesBasis()}");
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

    private static (int Min, int Max, Func<string> Basis) Score(string name, IReadOnlyList<decimal> values)
    {
        if (Rate(values) is not { } rate)
        {
            var why = values.Count < 2 ? "只有一年数据" : "基期值为0";
            return (0, 0, () => Invariant($"{name}无法计算（{why}）：0分"));
        }
        var band = rate > 0 ? Band.Pick(HteThresholds.Growth, rate) : new Band(0, 0, 0);
        return (band.Min, band.Max, () => $"{name} {Show.Ratio(rate)}：{band}分");
    }
}
