using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

public sealed class ListPolicies(KechuangDbContext db)
{
    public async Task<Page<PolicyDto>> HandleAsync(Caller caller, ListPoliciesQuery query, CancellationToken ct = default)
    {
        PolicyAccess.RequireBureau(caller);
        var clauses = PolicyAccess.Visible(db.PolicyClauses.AsNoTracking().Where(c => c.Current), caller);
        if (caller.ScopeTo(query.Region) is { } region)
        {
            var prefix = region.ScopePrefix;
            clauses = clauses.Where(c => c.RegionCode.StartsWith(prefix));
        }
        if (query.Year is { } year)
        {
            clauses = clauses.Where(c => c.Year == year);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            clauses = clauses.Where(c => EF.Functions.Like(c.Code, pattern, "\\") || EF.Functions.Like(c.Name, pattern, "\\")
                || EF.Functions.Like(c.Document!, pattern, "\\"));
        }
        var (page, size) = Page<PolicyDto>.Normalize(query.Page, query.PageSize);
        var total = await clauses.CountAsync(ct);
        var rows = await clauses.OrderByDescending(c => c.Year).ThenBy(c => c.Code).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var items = new List<PolicyDto>();
        foreach (var row in rows)
        {
            items.Add(await GetPolicy.DtoAsync(db, caller, row, ct));
        }
        return new Page<PolicyDto>(items, total, page, size);
    }
}
