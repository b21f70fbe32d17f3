using static System.FormattableString;

namespace Kechuang.Enterprises.Rules;

/// <summary>工作指引 四(二): the innovation score, as a range of whole points.</summary>
internal static class HteScore
{
    public static IReadOnlyList<ScorePart> Parts(int year, IReadOnlyList<YearFacts> years)
    {
        if (years.Count == 0)
        {
            var missing = Invariant($"缺少{year}年度企业数据");
            return
            [
                new("ip", 0, HteThresholds.IpAdvancementMax + HteThresholds.IpCoreRoleMax + HteThresholds.IpQuantityClassOne.Max + HteThresholds.IpObtainedOwnRdMax, missing),
                new("conversion", 0, HteThresholds.Conversion[0].Max, missing),
                new("rdManagement", 0, HteThresholds.RdManagementMax, missing),
                new("growth", 0, 2 * HteThresholds.Growth[0].Max, missing),
            ];
        }
        return [HteIpScore.Part(years[^1]), Conversion(years), RdManagement(years[^1]), HteGrowth.Part(years)];
    }

    private static ScorePart Conversion(IReadOnlyList<YearFacts> years)
    {
        var total = 0;
        for (var i = 0; i < years.Count; i++)
        {
            total += years[i].Conversions;
        }
        var average = (decimal)total / years.Count;
        var band = Band.Pick(HteThresholds.Conversion, average);
        return new ScorePart("conversion", band.Min, band.Max, Deferred.Of((years.Count, total, average, band), static s =>
            Invariant($"{Show.Recent(s.Count)}科技成果转化 {s.total} 项，年均 {Math.Round(s.average, 2):0.##} 项：{s.band}分")));
    }

    private static ScorePart RdManagement(YearFacts latest) => latest.RdManagement switch
    {
        null => new("rdManagement", 0, HteThresholds.RdManagementMax, "待专家评价（制度、机构、激励、人才四项 6+6+4+4）"),
        var points => new("rdManagement", Expert(points.Value, HteThresholds.RdManagementMax), points.Value, Deferred.Of(points.Value, static p => Invariant($"专家评价 {p}分"))),
    };

    /// <summary>An expert-given point, which must lie within 0..max.</summary>
    internal static int Expert(int points, int max) =>
        points >= 0 && points <= max ? points
        : throw new ArgumentOutOfRangeException(nameof(points), points, Invariant($"专家评分应在 0–{max} 分之间"));
}
