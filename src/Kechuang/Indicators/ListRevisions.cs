using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators;

/// <summary>Every change of one target (month null) or one monthly figure, newest first: who, when, from what to what, why.</summary>
public sealed class ListRevisions(KechuangDbContext db)
{
    public async Task<IReadOnlyList<RevisionDto>> HandleAsync(
        Caller caller, string code, string regionCode, int year, int? month, CancellationToken ct = default)
    {
        IndicatorAccess.RequireRead(caller);
        var region = await FigureWriter.RegionAsync(db, regionCode, ct);
        caller.RequireRegion(region);
        await FigureWriter.IndicatorAsync(db, code, ct);
        var value = region.Value;
        var revisions = await db.IndicatorRevisions.AsNoTracking()
            .Where(r => r.IndicatorCode == code && r.RegionCode == value && r.Year == year && r.Month == month)
            .OrderByDescending(r => r.Id)
            .ToListAsync(ct);
        return revisions.Select(RevisionDto.From).ToList();
    }
}
