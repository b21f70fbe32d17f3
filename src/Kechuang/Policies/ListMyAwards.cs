using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>GET /api/policy-awards/mine: an enterprise user's own rewards and applications, newest first.</summary>
public sealed class ListMyAwards(KechuangDbContext db)
{
    public async Task<Page<PolicyAwardDto>> HandleAsync(Caller caller, int? page, int? pageSize, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Enterprise);
        var id = caller.EnterpriseId ?? throw new ForbiddenException("当前账号未关联企业");
        return await ListAwards.PageAsync(db, db.PolicyAwards.AsNoTracking().Where(a => a.EnterpriseId == id), page, pageSize, ct);
    }
}
