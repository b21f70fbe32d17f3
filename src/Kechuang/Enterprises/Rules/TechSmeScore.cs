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
        return new("techStaff", points,
            Deferred.Of((f, share, points), static s => Invariant($"科技人员占职工总数比例 {Show.Ratio(s.share)}（{s.f.TechStaff}/{s.f.Staff} 人）：{s.points}分")));
    }

    /// <summary>第七条(二): the enterprise is scored on whichever of the two ratios gives more.</summary>
    private static ScorePoints Rd(YearFacts f)
    {
        var sales = Ratio(f.RdExpense, f.SalesRevenue, TechSmeThresholds.RdToSales);
        var cost = Ratio(f.RdExpense, f.TotalCostsAndExpenses, TechSmeThresholds.RdToCosts);
        return sales.Points >= cost.Points
            ? new("rd", sales.Points, Deferred.Of((sales, cost), static s => $"按销售收入口径：{SalesText(s.sales)}（成本费用口径 {CostText(s.cost)}）"))
            : new("rd", cost.Points, Deferred.Of((sales, cost), static s => $"按成本费用口径：{CostText(s.cost)}（销售收入口径 {SalesText(s.sales)}）"));
    }

    /// <summary>The ratio (null when the denominator is not above 0: 0 points) and its points.</summary>
    private static (decimal? Ratio, int Points) Ratio(decimal rd, decimal denominator, Band[] bands)
    {
        if (denominator <= 0)
        {
            return (null, 0);
        }
        var ratio = rd / denominator;
        return (ratio, Band.Pick(bands, ratio).Min);
    }

    private static string SalesText((decimal? Ratio, int Points) score) => Text("研发费用占销售收入比例", score);

    private static string CostText((decimal? Ratio, int Points) score) => Text("研发费用占成本费用支出总额比例", score);

    private static string Text(string name, (decimal? Ratio, int Points) score) => score.Ratio is { } ratio
        ? Invariant($"{name} {Show.Ratio(ratio)}，{score.Points}分")
        : $"{name}无法计算，0分";

    private static ScorePoints Ip(YearFacts f)
    {
        var points = f.ClassOneIp >= 1 ? TechSmeThresholds.ClassOneIpPoints : Band.Pick(TechSmeThresholds.ClassTwoIp, f.ClassTwoIp).Min;
        return new("ip", points, Deferred.Of((f, points), static s => Invariant($"Ⅰ类知识产权 {s.f.ClassOneIp} 件、Ⅱ类 {s.f.ClassTwoIp} 件：{s.points}分") + Show.IpSource(s.f)));
    }
}
