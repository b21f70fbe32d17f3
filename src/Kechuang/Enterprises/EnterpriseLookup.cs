using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>What other modules may ask of the enterprise register; they never read its tables themselves.</summary>
public static class EnterpriseLookup
{
    public static Task<bool> ExistsAsync(KechuangDbContext db, Guid id, CancellationToken ct) =>
        db.Enterprises.AnyAsync(e => e.Id == id, ct);

    /// <summary>The enterprise's 统一社会信用代码, or null when there is no such enterprise.</summary>
    public static Task<string?> UsccAsync(KechuangDbContext db, Guid id, CancellationToken ct) =>
        db.Enterprises.Where(e => e.Id == id).Select(e => e.Uscc).FirstOrDefaultAsync(ct);

    /// <summary>The enterprise holding a 统一社会信用代码, or null.</summary>
    public static Task<Guid?> IdByUsccAsync(KechuangDbContext db, string uscc, CancellationToken ct)
    {
        var code = uscc.Trim().ToUpperInvariant();
        return db.Enterprises.Where(e => e.Uscc == code).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The USCCs of the given enterprises, by id.</summary>
    public static Task<Dictionary<Guid, string>> UsccsAsync(KechuangDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return db.Enterprises.AsNoTracking().Where(e => list.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Uscc, ct);
    }

    /// <summary>Names of these enterprises by id (a module shows the enterprise it references).</summary>
    public static Task<Dictionary<Guid, string>> NamesAsync(KechuangDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToArray();
        return db.Enterprises.AsNoTracking().Where(e => wanted.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
    }

    /// <summary>Register enterprises by 统一社会信用代码 (an import's host column): id, name and county of each code found.</summary>
    public static async Task<Dictionary<string, (Guid Id, string Name, string RegionCode)>> ByUsccAsync(KechuangDbContext db, IEnumerable<string?> usccs, CancellationToken ct)
    {
        var wanted = usccs.OfType<string>().Select(u => u.Trim().ToUpperInvariant()).Distinct().ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }
        var rows = await db.Enterprises.AsNoTracking().Where(e => EF.Parameter(wanted).Contains(e.Uscc))
            .Select(e => new { e.Uscc, e.Id, e.Name, e.RegionCode }).ToListAsync(ct);
        return rows.ToDictionary(e => e.Uscc, e => (e.Id, e.Name, e.RegionCode));
    }

    /// <summary>Register enterprises by exact name (an import that names the applicant, as the patent office's list does): id and county of each, several when a name repeats.</summary>
    public static async Task<ILookup<string, (Guid Id, string RegionCode)>> ByNameAsync(KechuangDbContext db, IEnumerable<string?> names, CancellationToken ct)
    {
        var wanted = names.OfType<string>().Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToArray();
        if (wanted.Length == 0)
        {
            return Array.Empty<(string, Guid, string)>().ToLookup(e => e.Item1, e => (e.Item2, e.Item3));
        }
        var rows = await db.Enterprises.AsNoTracking().Where(e => EF.Parameter(wanted).Contains(e.Name))
            .Select(e => new { e.Name, e.Id, e.RegionCode }).ToListAsync(ct);
        return rows.ToLookup(e => e.Name, e => (e.Id, e.RegionCode));
    }

    /// <summary>The titles these enterprises were granted (type and date, revoked ones left out), for a module counting titles gained.</summary>
    public static async Task<List<(Guid EnterpriseId, string Type, DateOnly IssuedOn)>> TitlesAsync(KechuangDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }
        var rows = await db.Qualifications.AsNoTracking().Where(q => EF.Parameter(wanted).Contains(q.EnterpriseId) && q.RevokedOn == null)
            .Select(q => new { q.EnterpriseId, q.Type, q.IssuedOn }).ToListAsync(ct);
        return [.. rows.Select(r => (r.EnterpriseId, r.Type, r.IssuedOn))];
    }

    /// <summary>An enterprise's name, county and the titles valid on <paramref name="date"/>: what an eligibility rule reads.</summary>
    public static async Task<(string Name, string RegionCode, IReadOnlyList<string> ValidTitles)?> StandingAsync(
        KechuangDbContext db, Guid id, DateOnly date, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Name, e.RegionCode }).FirstOrDefaultAsync(ct);
        if (enterprise is null)
        {
            return null;
        }
        var titles = await db.Qualifications.AsNoTracking().Where(q => q.EnterpriseId == id).ToListAsync(ct);
        return (enterprise.Name, enterprise.RegionCode, [.. titles.Where(q => q.IsValidOn(date)).Select(q => q.Type).Distinct()]);
    }

    /// <summary>The enterprises of <paramref name="region"/> (and under it) holding a title of <paramref name="type"/> valid on
    /// <paramref name="date"/>, with their county: what a programme granting to title holders without application reads.</summary>
    public static async Task<List<(Guid Id, string RegionCode)>> HoldersAsync(KechuangDbContext db, RegionCode region, string type, DateOnly date, CancellationToken ct)
    {
        var enterprises = db.Enterprises.AsNoTracking().InRegion(region, RegionScope.MatchFor(db));
        var rows = await (
                from q in db.Qualifications.AsNoTracking()
                join e in enterprises on q.EnterpriseId equals e.Id
                where q.Type == type && q.IssuedOn <= date
                select new { q.EnterpriseId, e.RegionCode, q.IssuedOn, q.ExpiresOn, q.RevokedOn })
            .ToListAsync(ct);
        return [.. rows.Where(r => new Qualification { EnterpriseId = r.EnterpriseId, Type = type, Number = "", IssuedOn = r.IssuedOn, ExpiresOn = r.ExpiresOn, RevokedOn = r.RevokedOn }.IsValidOn(date))
            .Select(r => (r.EnterpriseId, r.RegionCode)).Distinct()];
    }
}
