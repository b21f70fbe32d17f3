using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>
/// GET /api/patents/figures: per region of the caller's choice (the region and, above a county, each region under it),
/// the invention patents granted in the year up to today, the valid invention patents held today (or at the year's
/// end for a past year) and 每万人发明专利拥有量 (docs/domain.md §7.8). The bureau only.
/// </summary>
public sealed class GetPatentFigures(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PatentFigures> HandleAsync(Caller caller, string? regionCode, int? year, CancellationToken ct = default)
    {
        var scope = IpAccess.BureauScope(caller, regionCode);
        var today = clock.TodayInChina();
        var y = year ?? today.Year;
        if (y < 1985 || y > today.Year)
        {
            throw new ValidationFailedException("year", $"年份应在1985年至{today.Year}年之间");
        }
        var asOf = y == today.Year ? today : new DateOnly(y, 12, 31);
        var regions = new List<Region>();
        if (await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == scope.Value, ct) is { } self)
        {
            regions.Add(self);
        }
        if (scope.Level < RegionLevel.County)
        {
            var code = scope.Value;
            regions.AddRange(await db.Regions.AsNoTracking().Where(r => r.ParentCode == code && r.RetiredOn == null).OrderBy(r => r.Code).ToListAsync(ct));
        }
        var rows = new List<PatentFigureRow>();
        foreach (var region in regions)
        {
            var granted = await PatentCounts.GrantedAsync(db, RegionCode.Parse(region.Code), asOf, ct);
            var population = await PatentCounts.PopulationAsync(db, region.Code, y, ct);
            var valid = PatentCounts.ValidInventions(granted, asOf);
            rows.Add(new PatentFigureRow(region.Code, region.Name,
                PatentCounts.Granted(granted, new DateOnly(y, 1, 1), asOf), PatentCounts.Granted(granted, new DateOnly(y, 1, 1), asOf, kind: null),
                valid, population?.Population, population?.Year, PatentRules.PerTenThousand(valid, population?.Population)));
        }
        return new PatentFigures(y, asOf, rows);
    }
}
