using Kechuang.Common;
using static System.FormattableString;

namespace Kechuang.Enterprises.Rules;

/// <summary>认定管理办法 第十一条(四)(五)(六): the ratio conditions, each with the gap to close.</summary>
internal static class HteShares
{
    public static Condition TechStaff(YearFacts latest)
    {
        const decimal required = HteThresholds.MinTechStaffShare;
        if (latest.Staff <= 0)
        {
            return Condition.Unknown("techStaffShare", Invariant($"{latest.Year}年职工总数为0，无法计算科技人员占比"));
        }
        var share = (decimal)latest.TechStaff / latest.Staff;
        if (share >= required)
        {
            return new("techStaffShare", true, share, required,
                Deferred.Of((latest, share), static s => $"{TechStaffText(s.latest, s.share)}，不低于 {Show.Threshold(required)}"));
        }
        var persons = (int)Math.Ceiling(required * latest.Staff) - latest.TechStaff;
        return new("techStaffShare", false, share, required,
            Deferred.Of((latest, share, persons), static s =>
                Invariant($"{TechStaffText(s.latest, s.share)}，低于 {Show.Threshold(required)}：还需增加科技人员 {s.persons} 人（职工总数不变）")),
            persons);
    }

    private static string TechStaffText(YearFacts latest, decimal share) =>
        Invariant($"科技人员占职工总数比例 {Show.Ratio(share)}（{latest.TechStaff}/{latest.Staff} 人）");

    public static Condition RdExpenseRatio(IReadOnlyList<YearFacts> years)
    {
        var sales = years.Sum(y => y.SalesRevenue);
        var rd = years.Sum(y => y.RdExpense);
        var required = HteThresholds.RdRatioFor(years[^1].SalesRevenue);
        if (sales <= 0)
        {
            return new("rdExpenseRatio", null, null, null,
                Deferred.Of(years, static y => $"{Show.Recent(y.Count)}销售收入为0，无法计算研发费用比例（{RdBasis(y)}）"));
        }
        var ratio = rd / sales;
        if (ratio >= required)
        {
            return new("rdExpenseRatio", true, ratio, required, Deferred.Of((years, ratio), static s =>
                $"研发费用占销售收入比例 {Show.Ratio(s.ratio)}，不低于 {Show.Threshold(RdRequired(s.years))}（{RdBasis(s.years)}）"));
        }
        var gap = required * sales - rd;
        return new("rdExpenseRatio", false, ratio, required,
            Deferred.Of((years, ratio, gap), static s =>
                $"研发费用占销售收入比例 {Show.Ratio(s.ratio)}，低于 {Show.Threshold(RdRequired(s.years))}：{Show.Recent(s.years.Count)}还需增加研发费用约 {Show.Gap(s.gap)}（{RdBasis(s.years)}）"),
            gap);
    }

    /// <summary>第十一条(五): the ratio required by the latest year's sales.</summary>
    private static decimal RdRequired(IReadOnlyList<YearFacts> years) => HteThresholds.RdRatioFor(years[^1].SalesRevenue);

    private static string RdBasis(IReadOnlyList<YearFacts> years)
    {
        var latestSales = years[^1].SalesRevenue;
        return $"{Show.Years(years)}；最近一年销售收入 {Zh.Wan(latestSales)}，{SalesBand(latestSales)}，适用 {Show.Threshold(RdRequired(years))}";
    }

    public static Condition RdDomestic(IReadOnlyList<YearFacts> years)
    {
        const decimal required = HteThresholds.MinDomesticRdShare;
        var rd = years.Sum(y => y.RdExpense);
        var domestic = years.Sum(y => y.RdExpenseDomestic);
        if (rd <= 0)
        {
            return Condition.Unknown("rdDomesticShare", $"{Show.Recent(years.Count)}无研发费用，无法计算境内研发费用占比");
        }
        var share = domestic / rd;
        if (share >= required)
        {
            return new("rdDomesticShare", true, share, required, Deferred.Of((years, share), static s =>
                $"境内研发费用占全部研发费用比例 {Show.Ratio(s.share)}，不低于 {Show.Threshold(required)}（{Show.Years(s.years)}）"));
        }
        var gap = required * rd - domestic;
        return new("rdDomesticShare", false, share, required,
            Deferred.Of((years, share, gap), static s =>
                $"境内研发费用占全部研发费用比例 {Show.Ratio(s.share)}，低于 {Show.Threshold(required)}：{Show.Recent(s.years.Count)}还需有约 {Show.Gap(s.gap)}研发费用改在境内发生（研发费用总额不变）"),
            gap);
    }

    public static Condition HighTechIncome(YearFacts latest)
    {
        const decimal required = HteThresholds.MinHighTechIncomeShare;
        if (latest.TotalIncome <= 0)
        {
            return Condition.Unknown("highTechIncomeShare", Invariant($"{latest.Year}年总收入为0，无法计算高新技术产品（服务）收入占比"));
        }
        var share = latest.HighTechIncome / latest.TotalIncome;
        if (share >= required)
        {
            return new("highTechIncomeShare", true, share, required,
                Deferred.Of((latest, share), static s => $"{HighTechText(s.latest, s.share)}，不低于 {Show.Threshold(required)}"));
        }
        var gap = required * latest.TotalIncome - latest.HighTechIncome;
        return new("highTechIncomeShare", false, share, required,
            Deferred.Of((latest, share, gap), static s =>
                $"{HighTechText(s.latest, s.share)}，低于 {Show.Threshold(required)}：还需增加高新技术产品（服务）收入约 {Show.Gap(s.gap)}（总收入不变）"),
            gap);
    }

    private static string HighTechText(YearFacts latest, decimal share) =>
        Invariant($"{latest.Year}年高新技术产品（服务）收入占总收入比例 {Show.Ratio(share)}");

    private static string SalesBand(decimal latestSales) =>
        latestSales <= HteThresholds.SmallSalesLimit ? "不超过5000万元"
        : latestSales <= HteThresholds.MediumSalesLimit ? "超过5000万元、不超过2亿元"
        : "超过2亿元";
}
