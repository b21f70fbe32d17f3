using Kechuang.Common;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>
/// An enterprise's patents valid on a day, by IP class of the HTE and tech-SME rules (docs/domain.md §4.1, §4.2):
/// 工作指引 and 评价办法 count invention patents as Ⅰ类, utility models and designs as Ⅱ类. Numbers are application
/// numbers as the register keeps them, in order.
/// </summary>
public sealed record ValidPatents(IReadOnlyList<string> ClassOne, IReadOnlyList<string> ClassTwo);

/// <summary>The named query behind <see cref="ValidPatents"/> (docs/architecture.md §2), for one enterprise or many at once.</summary>
public static class EnterprisePatentsQuery
{
    /// <summary>
    /// The granted patents of <paramref name="enterpriseIds"/> valid at the end of <paramref name="day"/>
    /// (<see cref="PatentRules.ValidOn"/>: granted by then and not lapsed); an enterprise without any is absent.
    /// </summary>
    public static async Task<Dictionary<Guid, ValidPatents>> ValidOnAsync(KechuangDbContext db, IReadOnlyCollection<Guid> enterpriseIds, DateOnly day, CancellationToken ct)
    {
        if (enterpriseIds.Count == 0)
        {
            return [];
        }
        return await ValidOnAsync(db.Patents.Where(p => enterpriseIds.Contains(p.EnterpriseId)), day, ct);
    }

    /// <summary>The same for the enterprises a query selects (a region's batch evaluation: no id list to send).</summary>
    public static Task<Dictionary<Guid, ValidPatents>> ValidOnAsync(KechuangDbContext db, IQueryable<Guid> enterpriseIds, DateOnly day, CancellationToken ct) =>
        ValidOnAsync(db.Patents.Where(p => enterpriseIds.Contains(p.EnterpriseId)), day, ct);

    private static async Task<Dictionary<Guid, ValidPatents>> ValidOnAsync(IQueryable<Patent> patents, DateOnly day, CancellationToken ct)
    {
        var rows = await patents.AsNoTracking()
            .Where(p => p.GrantedOn != null && p.GrantedOn <= day)
            .Select(p => new { p.EnterpriseId, p.Number, p.Kind, p.GrantedOn, p.LapsedOn })
            .ToListAsync(ct);
        return rows.Where(r => PatentRules.ValidOn(r.GrantedOn, r.LapsedOn, day))
            .GroupBy(r => r.EnterpriseId)
            .ToDictionary(g => g.Key, g => new ValidPatents(
                g.Where(r => r.Kind == PatentKinds.Invention).Select(r => r.Number).Order(StringComparer.Ordinal).ToList(),
                g.Where(r => r.Kind != PatentKinds.Invention).Select(r => r.Number).Order(StringComparer.Ordinal).ToList()));
    }
}
