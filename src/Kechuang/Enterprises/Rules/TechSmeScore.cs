using static System.FormattableString;

namespace Kechuang.Enterprises.Rules;

/// <summary>评价办法 第七条: 科技人员 20 + 研发投入 50 + 科技成果 30.</summary>
internal static class TechSmeScore
{
    public static IReadOnlyList<ScorePoints> Parts(YearFacts facts) => [TechStaff(facts), Rd(facts), Ip(facts)];

    private static ScorePoints TechStaff(YearFacts f)
    {
        if (f.Staff <= 0)
        {
            return new("techStaff", 0, "职工总数为0：0分");
        }
        var share = (decimal)f.TechStaff / f.Staff;
        var points = Band.Pick(TechSmeThresholds.TechStaff, share).Min;
        return new("techStaff", points, () => Invariant($"科技人员占职工总数比例 {Show.Ratio(share)}（{f.TechStaff}/{f.Staff} 人）：{points}分"));
    }

    /// <summary>第七条(二): the enterprise is scored on whichever of the two ratios gives more.</summary>
    private static ScorePoints Rd(YearFacts f)
    {
        var (salesPoints, salesText) = Ratio("研发费用占销售收入比例", f.RdExpense, f.SalesRevenue, TechSmeThresholds.RdToSales);
        var (costPoints, costText) = Ratio("研发费用占成本费用支出总额比例", f.RdExpense, f.TotalCostsAndExpenses, TechSmeThresholds.RdToCosts);
        return salesPoints >= costPoints
            ? new("rd", salesPoints, () => $"按销售收入口径：{salesText()}（成本费用口径 {costText()}）")
            : new("rd", costPoints, () => $"按成本费用口径：{costText()}（销售收入口径 {salesText()}）");
    }

    private static (int Points, Func<string> Text) Ratio(string name, decimal rd, decimal denominator, Band[] bands)
    {
        if (denominator <= 0)
        {
            return (0, () => $"{name}无法计算，0分");
        }
        var ratio = rd / denominator;
        var points = Band.Pick(bands, ratio).Min;
        return (points, () => Invariant($"{name} {Show.Ratio(ratio)}，{points}分"));
    }

    private static ScorePoints Ip(YearFacts f)
    {
        var points = f.ClassOneIp >= 1 ? TechSmeThresholds.ClassOneIpPoints : Band.Pick(TechSmeThresholds.ClassTwoIp, f.ClassTwoIp).Min;
        return new("ip", points, () => Invariant($"Ⅰ类知识产权 {f.ClassOneIp} 件、Ⅱ类 {f.ClassTwoIp} 件：{points}分") + Show.IpSource(f));
    }
}
