using Kechuang.Common;
using Kechuang.Indicators.Plausibility;

namespace Kechuang.Indicators.Assessment;

/// <summary>
/// One indicator of one region in the assessment table (docs/domain.md §3, §8). Values are in the indicator's unit;
/// <see cref="CompletionRate"/> and <see cref="YoyGrowth"/> are fractions, <see cref="YoyChangePoints"/> (ratios
/// only) percentage points. <see cref="Reported"/> and <see cref="Derived"/> are both given when both exist;
/// <see cref="RankedCount"/> is how many peers have a figure, the region included (ranks run 1 to it); <see cref="Rank"/>
/// is null when the region has no figure or fewer than three peers have one (<see cref="AssessmentMath.Rank"/>);
/// <see cref="Differs"/> says they print differently. The *Text fields are the same figures as printed everywhere.
/// </summary>
public sealed record AssessmentRow(
    string Code,
    string Name,
    string Unit,
    string Kind,
    string Direction,
    string Source,
    decimal? Target,
    decimal? Actual,
    decimal? CompletionRate,
    decimal? LastYearActual,
    decimal? YoyGrowth,
    decimal? YoyChangePoints,
    decimal TimeProgress,
    bool? OnSchedule,
    int? Rank,
    int PeerCount,
    int RankedCount,
    decimal? Reported,
    decimal? Derived,
    bool Differs,
    bool Correction,
    string? Note)
{
    /// <summary>
    /// False for a 参考指标 (context such as 地区生产总值, docs/domain.md §3): shown in the tables marked 参考, never counted
    /// as a task, a result or a problem.
    /// </summary>
    public bool Assessed { get; init; } = true;

    /// <summary>Why the figure looks suspicious, with the figures compared (docs/domain.md §3, Plausibility); warnings only.</summary>
    public IReadOnlyList<PlausibilityWarning> Warnings { get; init; } = [];

    public string TargetText => Target is { } t ? Zh.Amount(t, Unit) : "—";
    public string ActualText => Actual is { } a ? Zh.Amount(a, Unit) : "—";
    public string CompletionText => Target is null || Actual is null ? "—" : Zh.Rate(CompletionRate);
    public string YoyText =>
        YoyChangePoints is { } p ? "同比" + Zh.Points(p)
        : YoyGrowth is { } g ? Zh.Growth(g)
        : "—";
    public string RankText => AssessmentMath.RankText(Rank, RankedCount);
    public string RankNote => AssessmentMath.RankNote(Actual is not null, Rank, RankedCount, PeerCount);
}
