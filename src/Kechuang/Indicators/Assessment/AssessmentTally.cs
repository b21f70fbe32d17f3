namespace Kechuang.Indicators.Assessment;

/// <summary>
/// The counts over a region's assessment table that the home page and the dashboard show: 考核指标 only — a
/// 参考指标 (地区生产总值 …) is context, not a task, so it is never on schedule, behind or among the first three
/// (docs/domain.md §3).
/// </summary>
public sealed record AssessmentTally(int Assessed, int OnSchedule, int Behind, int TopThree, int NoData)
{
    public static AssessmentTally Of(IEnumerable<AssessmentRow> rows)
    {
        var assessed = rows.Where(r => r.Assessed).ToList();
        return new AssessmentTally(
            assessed.Count,
            assessed.Count(r => r.OnSchedule == true),
            assessed.Count(r => r.OnSchedule == false),
            assessed.Count(r => r.Rank <= 3),
            assessed.Count(r => r.Actual is null));
    }

    /// <summary>The rows behind time progress, in catalogue order: the home page names them as 落后.</summary>
    public static IReadOnlyList<AssessmentRow> BehindRows(IEnumerable<AssessmentRow> rows) =>
        [.. rows.Where(r => r.Assessed && r.OnSchedule == false)];
}
