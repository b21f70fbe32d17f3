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

    /// <summary>The fewest peers with a figure (the region itself included) among which a rank means anything.</summary>
    public const int MinRanked = 3;

    /// <summary>
    /// The rank rule, the one place it lives (docs/domain.md §3 Rank, §9): only peers that have a figure are ranked,
    /// 1 = best by the indicator's direction, equal figures share a rank (1, 1, 3); with fewer than
    /// <see cref="MinRanked"/> peers having a figure nobody is ranked (an empty answer). How many have a figure is
    /// <see cref="Ranked"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Rank(IEnumerable<KeyValuePair<string, decimal?>> figures, bool lowerIsBetter)
    {
        var present = figures.Where(f => f.Value is not null).Select(f => (Region: f.Key, Value: f.Value!.Value)).ToList();
        var ranks = new Dictionary<string, int>();
        if (present.Count < MinRanked)
        {
            return ranks;
        }
        foreach (var (region, value) in present)
        {
            ranks[region] = 1 + present.Count(o => lowerIsBetter ? o.Value < value : o.Value > value);
        }
        return ranks;
    }

    /// <summary>m of 第n/m: the peers that have a figure, the region itself included.</summary>
    public static int Ranked(IEnumerable<KeyValuePair<string, decimal?>> figures) => figures.Count(f => f.Value is not null);

    /// <summary>"第n/m", or "—" when there is no rank.</summary>
    public static string RankText(int? rank, int ranked) => rank is { } r ? $"第{r}/{ranked}" : "—";

    /// <summary>Why a rank reads as it does, for a tooltip or a note under a table.</summary>
    public static string RankNote(bool hasFigure, int? rank, int ranked, int peers) =>
        !hasFigure ? "本地区无数据，不排名"
        : rank is null || ranked < MinRanked ? $"有数据的同级地区仅{ranked}个（不足{MinRanked}个），不排名"
        : ranked < peers ? $"排名仅在有数据的{ranked}个同级地区中计算（同级共{peers}个）"
        : $"排名在全部{ranked}个同级地区中计算";

    /// <summary>The month a report defaults to: the last one that has ended.</summary>
    public static (int Year, int Month) LastMonth(DateOnly today) =>
        today.Month == 1 ? (today.Year - 1, 12) : (today.Year, today.Month - 1);

    private static decimal Round(decimal fraction) => decimal.Round(fraction, 4, MidpointRounding.AwayFromZero);
}
