namespace Kechuang.Matching;

/// <summary>An enterprise whose needs fit an achievement: its best score and those needs.</summary>
public sealed record EnterpriseMatch(string Enterprise, double Score, IReadOnlyList<MatchHit> Needs);

/// <summary>For one achievement or expert: the needs that fit, and the enterprises behind them.</summary>
public sealed record AchievementRecommendations(IReadOnlyList<MatchHit> Needs, IReadOnlyList<EnterpriseMatch> Enterprises);

public sealed partial class MatchEngine
{
    /// <summary>
    /// The other direction: needs for an indexed achievement (or expert), and the enterprises that filed them, each
    /// ranked by its best-fitting need. Empty when the record is not indexed.
    /// </summary>
    public AchievementRecommendations RecommendForAchievement(string id, MatchKind kind = MatchKind.Achievement, int top = 10, MatchFilter? filter = null)
    {
        if (kind == MatchKind.Need || Find(kind, id) is not { } record)
        {
            return new AchievementRecommendations([], []);
        }
        // More needs than asked for, so that enough distinct enterprises remain after grouping.
        var needs = Recommend(record, MatchKind.Need, top * 3, filter);
        var enterprises = needs.Where(h => !string.IsNullOrWhiteSpace(h.Record.Holder))
            .GroupBy(h => h.Record.Holder.Trim(), StringComparer.Ordinal)
            .Select(g => new EnterpriseMatch(g.Key, g.Max(h => h.Score), g.ToList()))
            .OrderByDescending(e => e.Score).ThenBy(e => e.Enterprise, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        return new AchievementRecommendations(needs.Take(top).ToList(), enterprises);
    }
}
