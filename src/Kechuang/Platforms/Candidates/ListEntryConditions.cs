using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms.Candidates;

/// <summary>GET /api/platforms/conditions: every kind's entry conditions, as the bureau reads them (docs/domain.md §7.2).</summary>
public sealed class ListEntryConditions(KechuangDbContext db)
{
    public async Task<IReadOnlyList<EntryConditionDto>> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        PlatformAccess.RequireReader(caller);
        var rows = await db.PlatformEntryConditions.AsNoTracking().ToListAsync(ct);
        return [.. rows.OrderBy(c => c.SortOrder).Select(EntryConditionDto.From)];
    }
}
