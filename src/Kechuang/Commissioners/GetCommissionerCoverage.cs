using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Commissioners;

/// <summary>
/// 镇村覆盖 of a county in a service year (docs/domain.md §7.6): every current town of the county, served or not, with the
/// commissioners serving it. The year defaults to this year.
/// </summary>
public sealed class GetCommissionerCoverage(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CommissionerCoverageDto> HandleAsync(Caller caller, string? regionCode, int? year, CancellationToken ct = default)
    {
        var scope = CommissionerAccess.Scope(caller, regionCode);
        var county = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == scope.Value, ct);
        if (county is null || county.Level != RegionLevel.County)
        {
            throw new ValidationFailedException("region", $"镇村覆盖按县（市、区）查看：{county?.Name ?? scope.Value}不是县级区划");
        }
        var serviceYear = year ?? clock.TodayInChina().Year;
        var towns = await Coverage.TownsAsync(db, county.Code, ct);
        var served = await db.Commissioners.AsNoTracking()
            .Where(c => c.RegionCode == county.Code && c.Year == serviceYear)
            .SelectMany(c => c.Towns, (c, t) => new { t.TownCode, c.Name, t.Villages })
            .ToListAsync(ct);
        var byTown = served.ToLookup(s => s.TownCode);
        List<TownCoverageDto> rows = [.. towns.Select(t => new TownCoverageDto(t.Code, t.Name,
            [.. byTown[t.Code].Select(s => s.Name).Order(StringComparer.Ordinal)],
            [.. byTown[t.Code].SelectMany(s => s.Villages).Distinct().Order(StringComparer.Ordinal)]))];
        var count = rows.Count(r => r.Commissioners.Count > 0);
        return new CommissionerCoverageDto(county.Code, county.Name, serviceYear, rows, count, rows.Count, Coverage.Rate(count, rows.Count));
    }
}

/// <summary>The towns a coverage is counted over: the current towns (乡镇, including 街道) under a region.</summary>
internal static class Coverage
{
    public static Task<List<Region>> TownsAsync(KechuangDbContext db, string county, CancellationToken ct) =>
        db.Regions.AsNoTracking().Where(r => r.ParentCode == county && r.Level == RegionLevel.Town && r.RetiredOn == null)
            .OrderBy(r => r.Code).ToListAsync(ct);

    /// <summary>The towns under any region (a county, a city, a province): their codes start with its prefix.</summary>
    public static Task<int> CountTownsAsync(KechuangDbContext db, RegionCode region, CancellationToken ct)
    {
        var prefix = region.ScopePrefix;
        return db.Regions.AsNoTracking().CountAsync(r => r.Level == RegionLevel.Town && r.RetiredOn == null && r.Code.StartsWith(prefix), ct);
    }

    /// <summary>Served ÷ total in %, two decimals; none without towns.</summary>
    public static decimal? Rate(int served, int total) =>
        total == 0 ? null : decimal.Round(100m * served / total, 2, MidpointRounding.AwayFromZero);
}
