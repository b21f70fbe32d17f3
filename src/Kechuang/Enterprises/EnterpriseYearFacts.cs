using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>
/// One enterprise's facts for a year as another module may read them (money in yuan), with the titles it holds that
/// day: what the platform candidate list checks against a kind's entry conditions (docs/domain.md §7.2).
/// </summary>
public sealed record EnterpriseYearFacts(
    Guid EnterpriseId,
    string Name,
    string Uscc,
    string RegionCode,
    int Staff,
    int TechStaff,
    decimal SalesRevenue,
    decimal RdExpense,
    int ClassOneIp,
    bool HighTech,
    bool TechSme);

/// <summary>The named query behind <see cref="EnterpriseYearFacts"/> (docs/architecture.md §2: another module never reads the register's tables).</summary>
public static class EnterpriseYearFactsQuery
{
    /// <summary>
    /// Every enterprise registered in <paramref name="region"/> or under it that reported facts for <paramref name="year"/>,
    /// with whether a 高新技术企业 or 科技型中小企业 title is valid on <paramref name="asOf"/>.
    /// </summary>
    public static async Task<List<EnterpriseYearFacts>> InRegionAsync(KechuangDbContext db, RegionCode region, int year, DateOnly asOf, CancellationToken ct)
    {
        var enterprises = db.Enterprises.AsNoTracking().InRegion(region, RegionScope.MatchFor(db));
        var rows = await (
                from e in enterprises
                join f in db.EnterpriseYears.AsNoTracking() on e.Id equals f.EnterpriseId
                where f.Year == year
                select new { e.Id, e.Name, e.Uscc, e.RegionCode, f.Staff, f.TechStaff, f.SalesRevenue, f.RdExpense, f.ClassOneIp })
            .ToListAsync(ct);
        var ids = enterprises.Select(e => e.Id);
        string[] types = [QualificationType.HighTech, QualificationType.TechSme];
        var titles = (await db.Qualifications.AsNoTracking()
                .Where(q => types.Contains(q.Type) && ids.Contains(q.EnterpriseId))
                .Select(q => new Qualification { EnterpriseId = q.EnterpriseId, Type = q.Type, Number = "", IssuedOn = q.IssuedOn, ExpiresOn = q.ExpiresOn, RevokedOn = q.RevokedOn })
                .ToListAsync(ct))
            .Where(q => q.IsValidOn(asOf))
            .Select(q => (q.EnterpriseId, q.Type))
            .ToHashSet();
        return rows.Select(r => new EnterpriseYearFacts(
                r.Id, r.Name, r.Uscc, r.RegionCode, r.Staff, r.TechStaff, r.SalesRevenue, r.RdExpense, r.ClassOneIp ?? 0,
                titles.Contains((r.Id, QualificationType.HighTech)), titles.Contains((r.Id, QualificationType.TechSme))))
            .ToList();
    }
}
