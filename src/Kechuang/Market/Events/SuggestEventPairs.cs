using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Market.Needs;
using Kechuang.Market.Search;
using Kechuang.Matching;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Events;

/// <summary>
/// POST /api/market/events/suggested-pairs (docs/domain.md §7.1): for the invited enterprises' published needs, the
/// achievements the recommendation engine ranks best (brokers' verdicts included, ADR 0019), as pairs the form
/// pre-fills and the broker then edits. Nothing is saved.
/// </summary>
public sealed class SuggestEventPairs(KechuangDbContext db, MarketRecords records)
{
    public async Task<IReadOnlyList<PairDto>> HandleAsync(Caller caller, SuggestPairsRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var ids = (request.EnterpriseIds ?? []).Distinct().ToArray();
        if (ids.Length > EventRules.MaxInvitees)
        {
            throw new ValidationFailedException("enterpriseIds", $"一次最多为{EventRules.MaxInvitees}家企业推荐");
        }
        var perNeed = Math.Clamp(request.PerNeed ?? 3, 1, 10);
        var needs = await NeedAccess.Published(db, caller.Region).Where(n => EF.Parameter(ids).Contains(n.EnterpriseId))
            .Where(n => n.Status == MarketWords.Open || n.Status == MarketWords.Matching)
            .OrderBy(n => n.EnterpriseName).ThenBy(n => n.Title).ToListAsync(ct);
        if (needs.Count == 0)
        {
            return [];
        }
        return await records.QueryAsync(caller, engine => needs
            .SelectMany(n => engine.Recommend(MarketRecords.ToRecord(n), MatchKind.Achievement, perNeed).Select(hit => new PairDto(
                n.Id, n.Title, n.EnterpriseId, n.EnterpriseName, Guid.Parse(hit.Record.Id), hit.Record.Title, hit.Record.Holder, hit.Score, hit.Reasons.Describe())))
            .ToList(), ct);
    }
}
