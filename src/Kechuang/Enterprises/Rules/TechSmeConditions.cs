using Kechuang.Common;
using static System.FormattableString;

namespace Kechuang.Enterprises.Rules;

/// <summary>评价办法 第六条: the conditions of a tech-SME.</summary>
internal static class TechSmeConditions
{
    public static IReadOnlyList<Condition> All(TechSmeInput input, YearFacts f, int score, int techStaffPoints, string? direct) =>
    [
        Limit("staffLimit", "职工总数", f.Staff, TechSmeThresholds.MaxStaff, static v => Invariant($"{v:0} 人")),
        Limit("salesLimit", "年销售收入", f.SalesRevenue, TechSmeThresholds.MaxSales, Zh.Wan),
        Limit("assetsLimit", "资产总额", f.TotalAssets, TechSmeThresholds.MaxAssets, Zh.Wan),
        NoMajorViolation(f, input.PreviousFacts),
        Score(score, direct),
        TechStaffPoints(techStaffPoints, direct),
    ];

    /// <summary>The same conditions when the year's facts are missing: every one unknown.</summary>
    public static IReadOnlyList<Condition> Missing(TechSmeInput input)
    {
        var missing = Invariant($"缺少{input.Year}年度评价所需的企业年度数据，无法判断");
        return [.. new[] { "staffLimit", "salesLimit", "assetsLimit", "noMajorViolation", "score", "techStaffPoints" }
            .Select(code => Condition.Unknown(code, missing))];
    }

    private static Condition Limit(string code, string name, decimal actual, decimal max, Func<decimal, string> show) => actual <= max
        ? new(code, true, actual, max, Deferred.Of((name, actual, max, show), static s => $"{s.name} {s.show(s.actual)}，不超过 {s.show(s.max)}"))
        : new(code, false, actual, max,
            Deferred.Of((name, actual, max, show), static s => $"{s.name} {s.show(s.actual)}，超过 {s.show(s.max)}：超出 {s.show(s.actual - s.max)}"),
            actual - max);

    private static Condition NoMajorViolation(YearFacts f, YearFacts? previous) => f.MajorViolation || previous?.MajorViolation == true
        ? new("noMajorViolation", false, null, null, Deferred.Of((f, previous), static s => $"{Years(s.f, s.previous)}内发生重大安全、重大质量事故或严重环境违法、科研严重失信行为"))
        : new("noMajorViolation", true, null, null, Deferred.Of((f, previous), static s => $"{Years(s.f, s.previous)}内未发生重大安全、重大质量事故或严重环境违法、科研严重失信行为"));

    private static string Years(YearFacts f, YearFacts? previous) =>
        previous is null ? Invariant($"{f.Year}年") : Invariant($"{previous.Year}年和{f.Year}年");

    private static Condition Score(int score, string? direct)
    {
        const int required = TechSmeThresholds.MinScore;
        return direct is not null ? new("score", true, score, required, Deferred.Of((direct, score), static s => Invariant($"符合直接认定条件（{s.direct}），评分 {s.score} 分仅供参考")))
            : score >= required ? new("score", true, score, required, Deferred.Of(score, static s => Invariant($"评价得分 {s} 分，不低于 {required} 分")))
            : new("score", false, score, required, Deferred.Of(score, static s => Invariant($"评价得分 {s} 分，低于 {required} 分：还差 {required - s} 分")), required - score);
    }

    private static Condition TechStaffPoints(int points, string? direct) =>
        direct is not null ? new("techStaffPoints", true, points, null,
            Deferred.Of((direct, points), static s => Invariant($"符合直接认定条件（{s.direct}），科技人员指标得分 {s.points} 分仅供参考")))
        : points > 0 ? new("techStaffPoints", true, points, null, Deferred.Of(points, static p => Invariant($"科技人员指标得分 {p} 分，大于0分")))
        : new("techStaffPoints", false, points, null, NoTechStaffPoints);

    /// <summary>Made of thresholds only, so written once.</summary>
    private static readonly string NoTechStaffPoints =
        $"科技人员指标得 0 分（科技人员占比低于 {Show.Threshold(TechSmeThresholds.TechStaff[^1].AtLeast)}）：科技人员指标须大于0分";
}
