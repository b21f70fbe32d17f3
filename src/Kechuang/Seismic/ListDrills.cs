using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Seismic;

/// <summary>GET /api/seismic/drills: the drills of the caller's region, newest first, optionally of one year.</summary>
public sealed class ListDrills(KechuangDbContext db)
{
    public async Task<Page<DrillDto>> HandleAsync(Caller caller, string? regionCode, int? year, int? pageNumber, int? pageSize, CancellationToken ct = default)
    {
        var (page, size) = Page<DrillDto>.Normalize(pageNumber, pageSize);
        var scope = SeismicAccess.Scope(caller, regionCode);
        var rows = SeismicAccess.InRegion(db.SeismicDrills.AsNoTracking(), scope, RegionScope.MatchFor(db));
        if (year is { } y)
        {
            rows = rows.Where(d => d.HeldOn >= new DateOnly(y, 1, 1) && d.HeldOn <= new DateOnly(y, 12, 31));
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(d => d.HeldOn).ThenBy(d => d.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var names = await RegionLookup.ForAsync(db, ct, [.. items.Select(d => d.RegionCode).Distinct()]);
        return new Page<DrillDto>([.. items.Select(d => DrillDto.From(d, c => names(c)?.Name))], total, page, size);
    }
}
