using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>
/// The counts behind the figures, the indicators and the summary (docs/domain.md §7.8), one definition for all three:
/// patents granted in a period (by 授权公告日), valid invention patents at a day, and the population of a region.
/// </summary>
internal static class PatentCounts
{
    /// <summary>The grant and lapse dates of a region's patents granted on or before <paramref name="to"/>, read once.</summary>
    public static async Task<List<(string Kind, DateOnly GrantedOn, DateOnly? LapsedOn)>> GrantedAsync(KechuangDbContext db, RegionCode region, DateOnly to, CancellationToken ct)
    {
        var rows = await IpAccess.InRegion(db.Patents.AsNoTracking(), region, RegionScope.MatchFor(db))
            .Where(p => p.GrantedOn != null && p.GrantedOn <= to)
            .Select(p => new { p.Kind, GrantedOn = p.GrantedOn!.Value, p.LapsedOn }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Kind, r.GrantedOn, r.LapsedOn))];
    }

    public static int Granted(IEnumerable<(string Kind, DateOnly GrantedOn, DateOnly? LapsedOn)> rows, DateOnly from, DateOnly to, string? kind = PatentKinds.Invention) =>
        rows.Count(r => (kind is null || r.Kind == kind) && r.GrantedOn >= from && r.GrantedOn <= to);

    public static int ValidInventions(IEnumerable<(string Kind, DateOnly GrantedOn, DateOnly? LapsedOn)> rows, DateOnly day) =>
        rows.Count(r => r.Kind == PatentKinds.Invention && PatentRules.ValidOn(r.GrantedOn, r.LapsedOn, day));

    /// <summary>
    /// The region's 年末常住人口 for <paramref name="year"/>, or the latest year before it (the yearbook comes out months
    /// after the year ends); null when none is entered.
    /// </summary>
    public static async Task<(decimal Population, int Year)?> PopulationAsync(KechuangDbContext db, string regionCode, int year, CancellationToken ct)
    {
        var row = await db.RegionPopulations.AsNoTracking().Where(p => p.RegionCode == regionCode && p.Year <= year)
            .OrderByDescending(p => p.Year).Select(p => new { p.Population, p.Year }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.Population, row.Year);
    }

    /// <summary>Whether the register is in use in the region by <paramref name="to"/>: any patent applied for by then.</summary>
    public static Task<bool> InUseAsync(KechuangDbContext db, RegionCode region, DateOnly to, CancellationToken ct) =>
        IpAccess.InRegion(db.Patents.AsNoTracking(), region, RegionScope.MatchFor(db)).AnyAsync(p => p.AppliedOn <= to, ct);
}
