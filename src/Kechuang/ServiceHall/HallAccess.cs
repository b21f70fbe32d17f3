using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.ServiceHall;

/// <summary>
/// Who may do what in the hall (docs/domain.md §7.12): an enterprise user sees its own enterprise only; the bureau of
/// the enterprise's county (admin, staff; leaders read) decides account requests and invites; the enterprise admin
/// manages its colleagues. Experts and commissioners have no part in it.
/// </summary>
internal static class HallAccess
{
    public static Guid OwnEnterprise(Caller caller)
    {
        caller.RequireRole(Roles.Enterprise);
        return caller.EnterpriseId ?? throw new ForbiddenException("当前账号未关联企业，请联系科技局");
    }

    public static void RequireBureauRead(Caller caller) => caller.RequireRole(Roles.Admin, Roles.Leader, Roles.Staff);

    public static void RequireBureauEdit(Caller caller) => caller.RequireRole(Roles.Admin, Roles.Staff);

    /// <summary>A request of the caller's region; another region's answers 404 so ids cannot be probed.</summary>
    public static async Task<AccountRequest> RequestAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct) =>
        await db.HallAccountRequests.Within(r => r.RegionCode, caller.Region).FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("未找到该注册申请");

    /// <summary>The caller is its enterprise's 企业管理员 (403 otherwise); returns the enterprise.</summary>
    /// <summary>The one admin per enterprise is <see cref="HallAccounts.AdminAsync"/>.</summary>
    public static async Task<Guid> RequireEnterpriseAdminAsync(KechuangDbContext db, Caller caller, CancellationToken ct)
    {
        var enterprise = OwnEnterprise(caller);
        if (await HallAccounts.AdminAsync(db, enterprise, ct) != caller.UserId)
        {
            throw new ForbiddenException("只有本企业的企业管理员可以管理企业用户");
        }
        return enterprise;
    }
}
