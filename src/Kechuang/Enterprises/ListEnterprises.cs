using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary><see cref="Qualification"/> filters by a title valid today, e.g. 高新技术企业.</summary>
public sealed record ListEnterprisesQuery(string? RegionCode = null, string? Q = null, string? Qualification = null, int? Page = null, int? PageSize = null);

/// <summary>The register of the caller's region, searchable by name or USCC.</summary>
public sealed class ListEnterprises(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<EnterpriseDto>> HandleAsync(Caller caller, ListEnterprisesQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<EnterpriseDto>.Normalize(query.Page, query.PageSize);
        var today = clock.TodayInChina();
        var enterprises = db.Enterprises.AsNoTracking().VisibleTo(caller);
        if (!string.IsNullOrWhiteSpace(query.RegionCode))
        {
            if (Regions.RegionCode.Problem(query.RegionCode) is { } problem)
            {
                throw new ValidationFailedException("regionCode", problem);
            }
            var region = Regions.RegionCode.Parse(query.RegionCode);
            caller.RequireRegion(region);
            var prefix = region.ScopePrefix;
            enterprises = region.Level == Regions.RegionLevel.Town
                ? enterprises.Where(e => e.TownCode == region.Value)
                : enterprises.Where(e => e.RegionCode.StartsWith(prefix));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var upper = q.ToUpperInvariant();
            enterprises = enterprises.Where(e => e.Name.Contains(q) || e.Uscc.StartsWith(upper));
        }
        if (!string.IsNullOrWhiteSpace(query.Qualification))
        {
            var type = query.Qualification.Trim();
            enterprises = enterprises.Where(e => db.Qualifications.Any(t => t.EnterpriseId == e.Id && t.Type == type
                && t.IssuedOn <= today && (t.ExpiresOn == null || t.ExpiresOn >= today) && (t.RevokedOn == null || t.RevokedOn > today)));
        }
        var total = await enterprises.CountAsync(ct);
        var items = await enterprises.OrderBy(e => e.RegionCode).ThenBy(e => e.Name)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<EnterpriseDto>(await EnterpriseQueries.ToDtosAsync(db, items, today, ct), total, page, size);
    }
}
