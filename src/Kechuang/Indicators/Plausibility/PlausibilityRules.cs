namespace Kechuang.Indicators.Plausibility;

/// <summary>
/// One plausibility rule (docs/domain.md §3, Plausibility): what it looks at, its threshold and what it says. A rule
/// only warns, it never refuses a figure: the figure may be right, and the warning asks staff to check it.
/// </summary>
/// <param name="Code">Stable code, the <c>rule</c> of a warning in the API.</param>
/// <param name="Kinds">The indicator kinds it applies to (flow, stock, ratio).</param>
/// <param name="Comparison">What the figure is compared with: 上月, 上年同期, 年度目标, or nothing.</param>
/// <param name="Threshold">The rule's number (percentage points, a factor, a bound); null when it has none.</param>
/// <param name="Description">The rule in words, as docs/domain.md §3 lists it.</param>
public sealed record PlausibilityRule(string Code, IReadOnlyList<string> Kinds, string? Comparison, decimal? Threshold, string Description);

/// <summary>
/// The rule table, the one place the thresholds live (docs/domain.md §3, Plausibility). <see cref="PlausibilityCheck"/>
/// evaluates them; change a threshold here and in the documented table.
/// </summary>
public static class PlausibilityRules
{
    public const string LastMonth = "上月";
    public const string SamePeriodLastYear = "上年同期";
    public const string YearTarget = "年度目标";

    private static readonly string[] Ratio = [IndicatorWords.Ratio];
    private static readonly string[] FlowAndStock = [IndicatorWords.Flow, IndicatorWords.Stock];
    private static readonly string[] Flow = [IndicatorWords.Flow];
    private static readonly string[] All = [IndicatorWords.Flow, IndicatorWords.Stock, IndicatorWords.Ratio];

    /// <summary>A share (a ratio in %) of exactly 100% or 0%: every or no unit, usually a wrong numerator or denominator.</summary>
    public static readonly PlausibilityRule ShareBound = new("share_bound", Ratio, null, 100m,
        "比率（%）恰为 100% 或 0%");

    /// <summary>A ratio moving by more than this many percentage points from last month or the same month last year.</summary>
    public static readonly PlausibilityRule RatioJumpPoints = new("ratio_jump_points", Ratio, LastMonth + "、" + SamePeriodLastYear, 20m,
        "比率较上月或上年同期变动超过 20 个百分点");

    /// <summary>A ratio more than this factor of, or less than its inverse of, last month's or last year's (which is above 0).</summary>
    public static readonly PlausibilityRule RatioJumpFactor = new("ratio_jump_factor", Ratio, LastMonth + "、" + SamePeriodLastYear, 2m,
        "比率为上月或上年同期的 2 倍以上或 1/2 以下");

    /// <summary>A flow or stock more than this factor of the same month last year (above 0), or less than its inverse.</summary>
    public static readonly PlausibilityRule YoyFactor = new("yoy_factor", FlowAndStock, SamePeriodLastYear, 3m,
        "数值为上年同期的 3 倍以上或 1/3 以下");

    /// <summary>A year-to-date flow below the month before in the same year: only a correction explains it (docs/domain.md §3).</summary>
    public static readonly PlausibilityRule YtdDecrease = new("ytd_decrease", Flow, LastMonth, null,
        "年内累计值低于上月");

    /// <summary>No figure for the same month last year (or, outside ratios, a zero one): 同比 prints "—".</summary>
    public static readonly PlausibilityRule NoLastYear = new("no_last_year", All, SamePeriodLastYear, null,
        "上年同期无数据（或为 0），同比无法计算");

    /// <summary>A figure more than this factor of the year's target (above 0).</summary>
    public static readonly PlausibilityRule TargetFactor = new("target_factor", All, YearTarget, 3m,
        "数值超过年度目标的 3 倍");

    /// <summary>Every rule, in the order warnings are listed.</summary>
    public static readonly IReadOnlyList<PlausibilityRule> Table =
        [ShareBound, RatioJumpPoints, RatioJumpFactor, YoyFactor, YtdDecrease, NoLastYear, TargetFactor];
}
