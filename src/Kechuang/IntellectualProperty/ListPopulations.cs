using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>GET /api/ip/populations: the population table of the caller's region and the regions under it, newest year first.</summary>
public sealed class ListPopulations(KechuangDbContext db)
{
    public async Task<IReadOnlyList<PopulationDto>> HandleAsync(Caller caller, string? regionCode, CancellationToken ct = default)
    {
        var scope = IpAccess.BureauScope(caller, regionCode);
        var rows = await db.RegionPopulations.AsNoTracking().ToListAsync(ct);   // one row per region and year: a small table
        var visible = rows.Where(p => scope.Covers(p.RegionCode)).OrderBy(p => p.RegionCode, StringComparer.Ordinal).ThenByDescending(p => p.Year).ToList();
        var names = await RegionLookup.ForAsync(db, ct, [.. visible.Select(p => p.RegionCode).Distinct()]);
        return [.. visible.Select(p => PopulationDto.From(p, names(p.RegionCode)?.Name))];
    }
}
