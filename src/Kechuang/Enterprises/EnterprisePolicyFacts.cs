using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>One fiscal year's reported facts (money in yuan) with the id of the record they come from.</summary>
public sealed record ReportedYear(Guid RecordId, int Year, int Staff, int TechStaff, decimal SalesRevenue, decimal RdExpense, decimal HighTechIncome);

/// <summary>A 高新技术企业 or 科技型中小企业 title as the policy rules read it.</summary>
public sealed record TitleRecord(Guid RecordId, string Type, string Number, DateOnly IssuedOn, DateOnly? ExpiresOn, DateOnly? RevokedOn)
{
    public bool IsValidOn(DateOnly date) =>
        IssuedOn <= date && !(ExpiresOn is { } expires && expires < date) && !(RevokedOn is { } revoked && revoked <= date);
}

/// <summary>
/// An enterprise of the register with what policy clauses read of it (docs/domain.md §7.5): the facts of a year and
/// the year before (null when not reported) and its 高企 and 科技型中小企业 titles.
/// </summary>
public sealed record EnterprisePolicyFacts(
    Guid EnterpriseId, string Name, string Uscc, string RegionCode, ReportedYear? Year, ReportedYear? PreviousYear, IReadOnlyList<TitleRecord> Titles);

/// <summary>The named query behind <see cref="EnterprisePolicyFacts"/> (docs/architecture.md §2): three reads, joined in memory.</summary>
public static class EnterprisePolicyFactsQuery
{
    public static async Task<List<EnterprisePolicyFacts>> InRegionAsync(
        KechuangDbContext db, RegionCode region, int year, CancellationToken ct, Guid? enterpriseId = null)
    {
        var enterprises = db.Enterprises.AsNoTracking().InRegion(region, RegionScope.MatchFor(db));
        if (enterpriseId is { } only)
        {
            enterprises = enterprises.Where(e => e.Id == only);
        }
        var rows = await enterprises.OrderBy(e => e.Uscc).Select(e => new { e.Id, e.Name, e.Uscc, e.RegionCode }).ToListAsync(ct);
        var ids = enterprises.Select(e => e.Id);
        var years = await db.EnterpriseYears.AsNoTracking()
            .Where(f => (f.Year == year || f.Year == year - 1) && ids.Contains(f.EnterpriseId))
            .Select(f => new { f.EnterpriseId, Facts = new ReportedYear(f.Id, f.Year, f.Staff, f.TechStaff, f.SalesRevenue, f.RdExpense, f.HighTechIncome) })
            .ToListAsync(ct);
        string[] types = [QualificationType.HighTech, QualificationType.TechSme];
        var titles = (await db.Qualifications.AsNoTracking()
                .Where(q => types.Contains(q.Type) && ids.Contains(q.EnterpriseId))
                .Select(q => new { q.EnterpriseId, Title = new TitleRecord(q.Id, q.Type, q.Number, q.IssuedOn, q.ExpiresOn, q.RevokedOn) })
                .ToListAsync(ct))
            .ToLookup(t => t.EnterpriseId, t => t.Title);
        var current = years.Where(y => y.Facts.Year == year).ToDictionary(y => y.EnterpriseId, y => y.Facts);
        var previous = years.Where(y => y.Facts.Year == year - 1).ToDictionary(y => y.EnterpriseId, y => y.Facts);
        return rows.Select(r => new EnterprisePolicyFacts(
                r.Id, r.Name, r.Uscc, r.RegionCode, current.GetValueOrDefault(r.Id), previous.GetValueOrDefault(r.Id), titles[r.Id].ToList()))
            .ToList();
    }
}
