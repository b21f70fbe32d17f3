using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Seismic;

/// <summary>GET /api/seismic/stations: the monitoring stations of the caller's region (a short list: no paging).</summary>
public sealed class ListStations(KechuangDbContext db)
{
    public async Task<IReadOnlyList<StationDto>> HandleAsync(Caller caller, string? regionCode, CancellationToken ct = default)
    {
        var scope = SeismicAccess.Scope(caller, regionCode);
        var rows = await SeismicAccess.InRegion(db.SeismicStations.AsNoTracking(), scope, RegionScope.MatchFor(db))
            .OrderBy(s => s.RegionCode).ThenBy(s => s.Name).ToListAsync(ct);
        var names = await RegionLookup.ForAsync(db, ct, [.. rows.Select(s => s.RegionCode).Distinct()]);
        return [.. rows.Select(s => StationDto.From(s, c => names(c)?.Name))];
    }
}
