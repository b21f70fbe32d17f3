using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>POST /api/policies: a new clause, checked before it is saved (docs/domain.md §7.5); a code already used is 409.</summary>
public sealed class CreatePolicy(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PolicyDto> HandleAsync(Caller caller, PolicyRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var v = new Validation();
        var region = await PolicyAccess.WritableRegionAsync(db, caller, request.RegionCode, v, ct);
        PolicyRules.Check(request, v);
        var code = request.Code!.Trim();
        if (await db.PolicyClauses.AnyAsync(c => c.Code == code, ct))
        {
            throw new ConflictException($"条款编号 {code} 已存在：修改条款请编辑它（将生成新版本）");
        }
        var clause = PolicyClauses.New(request, code, region.Value, 1, caller, clock);
        db.PolicyClauses.Add(clause);
        await db.SaveChangesAsync(ct);
        return await GetPolicy.DtoAsync(db, caller, clause, ct);
    }
}
