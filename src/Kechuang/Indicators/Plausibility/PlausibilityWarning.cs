namespace Kechuang.Indicators.Plausibility;

/// <summary>
/// What a plausibility check looks at: one figure of one indicator, region and month, with its context — the
/// previous month (<see cref="PlausibilityCheck.PreviousPeriod"/>), the same month last year and the year's target.
/// Values are in the indicator's unit (a ratio in %); a null context value means there is no figure.
/// </summary>
public sealed record PlausibilityFigure(
    string Code, string Name, string Unit, string Kind, string RegionCode, int Year, int Month, decimal Value,
    decimal? PreviousMonth, decimal? LastYear, decimal? Target);

/// <summary>
/// A suspicious figure (docs/domain.md §3, Plausibility): the rule, the figure (indicator, region, year, month,
/// value), the figure it was compared with (<see cref="Comparison"/> 上月 / 上年同期 / 年度目标, its year, month — null for
/// a target — and value) and the reason in words with the numbers. A warning, never an error.
/// </summary>
public sealed record PlausibilityWarning(
    string Rule, string IndicatorCode, string IndicatorName, string Unit, string RegionCode, int Year, int Month, decimal Value,
    string? Comparison, int? ComparedYear, int? ComparedMonth, decimal? ComparedValue, string Message);
