using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>
/// GET and PUT /api/policy-ceilings: a region's 总额度 per enterprise for a year and the clauses outside it (docs/domain.md
/// §7.5). The total applies to the region's own clauses; drafting and previews deduct what the others already granted.
/// </summary>
public sealed class ListPolicyCeilings(KechuangDbContext db)
{
    public async Task<IReadOnlyList<CeilingDto>> HandleAsync(Caller caller, string? region, CancellationToken ct = default)
    {
        PolicyAccess.RequireBureau(caller);
        var scope = caller.ScopeTo(region) ?? caller.Region;
        var prefix = scope.ScopePrefix;
        var rows = await db.PolicyCeilings.AsNoTracking().Where(c => c.RegionCode.StartsWith(prefix))
            .OrderByDescending(c => c.Year).ThenBy(c => c.RegionCode).Take(200).ToListAsync(ct);
        return [.. rows.Select(SavePolicyCeiling.Dto)];
    }
}
