using Kechuang.Data;
using Kechuang.Market.Achievements;
using Kechuang.Matching;
using Kechuang.Users;

namespace Kechuang.Market.Search;

/// <summary>
/// GET /api/market/achievements/{id}/recommendations (docs/domain.md §7.1): the published needs of the region's
/// enterprises that an achievement could answer, each with its reasons.
/// </summary>
public sealed class RecommendNeedsForAchievement(KechuangDbContext db, MarketRecords records)
{
    public async Task<MarketRecommendations> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        MarketRecords.RequireSearcher(caller);
        var achievement = MarketRecords.ToRecord(await AchievementAccess.LoadAsync(db, caller, id, track: false, ct));
        return await records.QueryAsync(caller, engine => new MarketRecommendations(
            [], [], MarketHit.WithVerdicts(engine.Recommend(achievement, MatchKind.Need, RecommendForNeed.Top).Select(MarketHit.From), engine.Feedback,
                h => (MarketRecords.Id(h.Id), MatchKind.Achievement, achievement.Id))), ct);
    }
}
