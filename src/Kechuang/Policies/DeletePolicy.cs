using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>DELETE /api/policies/{code}: only a clause nobody was listed or paid under (409 otherwise).</summary>
public sealed class DeletePolicy(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, string code, CancellationToken ct = default)
    {
        var clause = await PolicyAccess.ClauseAsync(db, caller, code, track: false, ct);
        PolicyAccess.RequireWriter(caller, clause);
        var awards = await db.PolicyAwards.CountAsync(a => a.Code == code, ct);
        if (awards > 0)
        {
            throw new ConflictException($"条款 {code} 已有 {awards} 条兑现记录，不能删除；停止执行请修改有效期");
        }
        await db.PolicyClauses.Where(c => c.Code == code).ExecuteDeleteAsync(ct);
    }
}
