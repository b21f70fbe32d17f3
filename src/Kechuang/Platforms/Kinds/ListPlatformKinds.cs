using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms.Kinds;

/// <summary>GET /api/platforms/kinds: the kinds and their levels, with the platforms of each on the caller's register.</summary>
public sealed class ListPlatformKinds(KechuangDbContext db)
{
    public async Task<IReadOnlyList<PlatformKindDto>> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        var counts = await PlatformAccess.Scoped(db, caller, null).Where(p => p.WithdrawnOn == null)
            .GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var conditions = await db.PlatformEntryConditions.AsNoTracking()
            .GroupBy(c => c.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = await db.PlatformKinds.AsNoTracking().ToListAsync(ct);
        return [.. rows.OrderBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new PlatformKindDto(r.Id, r.Name, r.ToKind().Levels, counts.GetValueOrDefault(r.Name), conditions.GetValueOrDefault(r.Name), r.Version))];
    }
}
