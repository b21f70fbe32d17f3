using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>One enterprise as a notice's audience or a reminder names it.</summary>
public sealed record EnterpriseMember(Guid Id, string Name, string RegionCode);

/// <summary>A title running out, for the reminder to its holder (docs/domain.md §4.3, §7.11).</summary>
public sealed record ExpiringTitle(Guid QualificationId, Guid EnterpriseId, string EnterpriseName, string Type, DateOnly ExpiresOn);

/// <summary>
/// Groups of the register's enterprises another module addresses (docs/architecture.md §2, named queries): a region's
/// enterprises, its cultivation pool of a year (docs/domain.md §4.4), the enterprises of a region without a year's
/// facts, and titles running out. Notices and reminders read these, never the register's tables.
/// </summary>
public static class EnterpriseGroups
{
    public static Task<List<EnterpriseMember>> InRegionAsync(KechuangDbContext db, RegionCode region, CancellationToken ct) =>
        db.Enterprises.AsNoTracking().InRegion(region, RegionScope.MatchFor(db))
            .OrderBy(e => e.Name).Select(e => new EnterpriseMember(e.Id, e.Name, e.RegionCode)).ToListAsync(ct);

    /// <summary>The enterprises of these ids with name and county (unknown ids left out).</summary>
    public static async Task<List<EnterpriseMember>> ByIdsAsync(KechuangDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToArray();
        return wanted.Length == 0 ? [] : await db.Enterprises.AsNoTracking().Where(e => EF.Parameter(wanted).Contains(e.Id))
            .OrderBy(e => e.Name).Select(e => new EnterpriseMember(e.Id, e.Name, e.RegionCode)).ToListAsync(ct);
    }

    /// <summary>The cultivation pool (培育库) of <paramref name="year"/> in the region, whatever the stage.</summary>
    public static async Task<List<EnterpriseMember>> PoolAsync(KechuangDbContext db, RegionCode region, int year, CancellationToken ct)
    {
        var enterprises = db.Enterprises.AsNoTracking().InRegion(region, RegionScope.MatchFor(db));
        var rows = await (from p in db.CultivationEntries.AsNoTracking()
                          join e in enterprises on p.EnterpriseId equals e.Id
                          where p.Year == year
                          select new EnterpriseMember(e.Id, e.Name, e.RegionCode)).ToListAsync(ct);
        return [.. rows.DistinctBy(r => r.Id).OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>Every enterprise of the register (any region) that has no facts for <paramref name="year"/>.</summary>
    public static Task<List<EnterpriseMember>> WithoutFactsAsync(KechuangDbContext db, int year, CancellationToken ct) =>
        db.Enterprises.AsNoTracking().Where(e => !db.EnterpriseYears.Any(f => f.EnterpriseId == e.Id && f.Year == year))
            .Select(e => new EnterpriseMember(e.Id, e.Name, e.RegionCode)).ToListAsync(ct);

    /// <summary>Titles of <paramref name="types"/> valid on <paramref name="today"/> whose expiry falls on or before <paramref name="until"/>.</summary>
    public static async Task<List<ExpiringTitle>> ExpiringAsync(KechuangDbContext db, IReadOnlyCollection<string> types, DateOnly today, DateOnly until, CancellationToken ct)
    {
        var wanted = types.ToArray();
        var rows = await (from q in db.Qualifications.AsNoTracking()
                          join e in db.Enterprises.AsNoTracking() on q.EnterpriseId equals e.Id
                          where EF.Parameter(wanted).Contains(q.Type) && q.RevokedOn == null && q.ExpiresOn != null
                                && q.ExpiresOn >= today && q.ExpiresOn <= until && q.IssuedOn <= today
                          select new ExpiringTitle(q.Id, e.Id, e.Name, q.Type, q.ExpiresOn!.Value)).ToListAsync(ct);
        return rows;
    }
}
