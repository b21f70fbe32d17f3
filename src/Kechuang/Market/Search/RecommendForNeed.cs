using Kechuang.Data;
using Kechuang.Market.Needs;
using Kechuang.Matching;
using Kechuang.Users;

namespace Kechuang.Market.Search;

/// <summary>
/// GET /api/market/needs/{id}/recommendations (docs/domain.md §7.1, § 产学研 — 检索与推荐): the achievements and, for the
/// bureau, the experts that best fit a need the caller may read, each with its reasons.
/// </summary>
public sealed class RecommendForNeed(KechuangDbContext db, MarketRecords records)
{
    public const int Top = 10;

    public async Task<MarketRecommendations> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        MarketRecords.RequireSearcher(caller);
        var need = MarketRecords.ToRecord(await NeedAccess.LoadAsync(db, caller, id, track: false, ct));
        var experts = MarketRecords.SeesExperts(caller);
        return await records.QueryAsync(caller, engine => new MarketRecommendations(
            MarketHit.WithVerdicts(engine.Recommend(need, MatchKind.Achievement, Top).Select(MarketHit.From), engine.Feedback, h => (need.Id, MatchKind.Achievement, MarketRecords.Id(h.Id))),
            experts ? MarketHit.WithVerdicts(engine.Recommend(need, MatchKind.Expert, Top).Select(MarketHit.From), engine.Feedback, h => (need.Id, MatchKind.Expert, MarketRecords.Id(h.Id))) : [],
            []), ct);
    }
}
