namespace Kechuang.Indicators.Assessment;

/// <summary>
/// The arithmetic of an assessment table (docs/domain.md §3). Rates are fractions rounded to four places
/// (1.0701 is 107.01%); percentage-point changes are rounded to two.
/// </summary>
public static class AssessmentMath
{
    /// <summary>年度任务完成率 = actual ÷ target; null (不适用) without a target or with a target of zero.</summary>
    public static decimal? Completion(decimal? actual, decimal? target) =>
        actual is { } a && target is { } t && t != 0 ? Round(a / t) : null;

    /// <summary>同比增长 = (this − last) ÷ last; null when last year has no figure or a zero one.</summary>
    public static decimal? YoyGrowth(decimal? actual, decimal? lastYear) =>
        actual is { } a && lastYear is { } l && l != 0 ? Round((a - l) / Math.Abs(l)) : null;

    /// <summary>For ratios (values already in %), the change is reported in 百分点.</summary>
    public static decimal? ChangePoints(decimal? actual, decimal? lastYear) =>
        actual is { } a && lastYear is { } l ? decimal.Round(a - l, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>序时进度 at the end of month m: m/12.</summary>
    public static decimal TimeProgress(int month) => Round(month / 12m);

    /// <summary>
    /// 序时进度 applies to flows: on schedule when completion ≥ m/12 (≤ for a lower-is-better flow). A stock or
    /// ratio has no schedule within the year: null.
    /// </summary>
    public static bool? OnSchedule(Indicator indicator, decimal? completion, int month)
    {
        if (!indicator.IsFlow || completion is not { } c)
        {
            return null;
        }
        var progress = TimeProgress(month);
        return indicator.LowerIsBetter ? c <= progress : c >= progress;
    }

    /// <summary>
    /// Rank among peers, 1 = best by the indicator's direction; equal figures share a rank (1, 1, 3); regions
    /// without a figure are not ranked.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Rank(IEnumerable<KeyValuePair<string, decimal?>> figures, bool lowerIsBetter)
    {
        var present = figures.Where(f => f.Value is not null).Select(f => (Region: f.Key, Value: f.Value!.Value)).ToList();
        var ranks = new Dictionary<string, int>();
        foreach (var (region, value) in present)
        {
            ranks[region] = 1 + present.Count(o => lowerIsBetter ? o.Value < value : o.Value > value);
        }
        return ranks;
    }

    /// <summary>The month a report defaults to: the last one that has ended.</summary>
    public static (int Year, int Month) LastMonth(DateOnly today) =>
        today.Month == 1 ? (today.Year - 1, 12) : (today.Year, today.Month - 1);

    private static decimal Round(decimal fraction) => decimal.Round(fraction, 4, MidpointRounding.AwayFromZero);
}
