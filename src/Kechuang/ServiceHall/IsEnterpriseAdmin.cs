using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.ServiceHall;

/// <summary>
/// Whether the caller is its enterprise's 企业管理员 (docs/domain.md §7.12), so the menu offers 企业用户 only to the one
/// who may manage them; anyone else (bureau, expert, an ordinary colleague) gets false rather than an error.
/// </summary>
public sealed class IsEnterpriseAdmin(KechuangDbContext db)
{
    public async Task<bool> HandleAsync(Caller caller, CancellationToken ct = default) =>
        caller.IsIn(Roles.Enterprise) && caller.EnterpriseId is { } enterprise
            && await HallAccounts.AdminAsync(db, enterprise, ct) == caller.UserId;
}
