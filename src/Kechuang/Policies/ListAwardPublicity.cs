using Kechuang.Common;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

public sealed record AwardPublicityLine(string EnterpriseName, decimal Amount);

/// <summary>One clause's list in its 公示 period: who is to receive how much, and until when objections are heard.</summary>
public sealed record AwardPublicity(string Code, string Name, string? Document, int Year, string RegionCode, DateOnly From, DateOnly Until,
    decimal Total, IReadOnlyList<AwardPublicityLine> Awards);

/// <summary>
/// The public 政策兑现公示 lists (docs/domain.md §7.5, §7.11): anyone may read a clause's awards while their 公示 period
/// runs — the enterprise's name and the amount, nothing else of the award or its trace. An award objected to stays on
/// the list until the objection is answered, as the published list does.
/// </summary>
public sealed class ListAwardPublicity(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AwardPublicity>> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        string[] listed = [AwardStatus.Public, AwardStatus.Objected];
        var awards = await db.PolicyAwards.AsNoTracking()
            .Where(a => listed.Contains(a.Status) && a.PublicFrom != null && a.PublicFrom <= today && a.PublicTo >= today)
            .Select(a => new { a.ClauseId, a.Year, a.RegionCode, a.EnterpriseName, a.Amount, From = a.PublicFrom!.Value, Until = a.PublicTo!.Value })
            .ToListAsync(ct);
        var ids = awards.Select(a => a.ClauseId).Distinct().ToList();
        var clauses = await db.PolicyClauses.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return [.. awards.GroupBy(a => (a.ClauseId, a.Year, a.From, a.Until))
            .Select(g =>
            {
                var clause = clauses[g.Key.ClauseId];
                return new AwardPublicity(clause.Code, clause.Name, clause.Document, g.Key.Year, clause.RegionCode, g.Key.From, g.Key.Until,
                    g.Sum(a => a.Amount), [.. g.OrderByDescending(a => a.Amount).ThenBy(a => a.EnterpriseName, StringComparer.Ordinal)
                        .Select(a => new AwardPublicityLine(a.EnterpriseName, a.Amount))]);
            })
            .OrderByDescending(p => p.From).ThenBy(p => p.Code, StringComparer.Ordinal)];
    }
}
