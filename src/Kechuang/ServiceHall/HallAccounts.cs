using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.ServiceHall;

/// <summary>Makes an enterprise account: an approved request, an accepted invitation, or a colleague an enterprise admin adds.</summary>
internal static class HallAccounts
{
    /// <summary>
    /// The enterprise's 企业管理员 (docs/domain.md §7.12): the active account recorded as such; without one (accounts a
    /// system admin made before the hall, or the recorded admin disabled by the bureau) its earliest active account.
    /// </summary>
    public static async Task<string?> AdminAsync(KechuangDbContext db, Guid enterpriseId, CancellationToken ct)
    {
        var recorded = await (from m in db.EnterpriseMembers
                              join u in db.Users on m.UserId equals u.Id
                              where m.EnterpriseId == enterpriseId && m.IsAdmin && u.LockoutEnd == null
                              orderby m.CreatedAt
                              select u.Id).FirstOrDefaultAsync(ct);
        return recorded ?? await db.Users.Where(u => u.EnterpriseId == enterpriseId && u.LockoutEnd == null)
            .OrderBy(u => u.CreatedAt).ThenBy(u => u.Id).Select(u => u.Id).FirstOrDefaultAsync(ct);
    }

    public static async Task<bool> HasAdminAsync(KechuangDbContext db, Guid enterpriseId, CancellationToken ct) =>
        await AdminAsync(db, enterpriseId, ct) is not null;

    public static async Task CheckPhoneFreeAsync(KechuangDbContext db, string phone, Guid? exceptRequest, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == phone, ct))
        {
            throw new ConflictException($"手机号 {phone} 已注册账号，请直接用它登录；忘记密码请联系本企业管理员或科技局重置");
        }
        if (await db.HallAccountRequests.AnyAsync(r => r.Phone == phone && r.Status == AccountRequestStatus.Pending && r.Id != exceptRequest, ct))
        {
            throw new ConflictException($"手机号 {phone} 已提交过注册申请，正在等待科技局审核");
        }
    }

    /// <summary>
    /// The account of an enterprise user: its county is the enterprise's, its login name the phone number; the
    /// enterprise's first (not disabled) admin-less account becomes its 企业管理员 when <paramref name="adminIfFirst"/>.
    /// </summary>
    public static async Task<AppUser> CreateAsync(
        KechuangDbContext db, UserManager<AppUser> users, TimeProvider clock, Guid enterpriseId, string regionCode,
        string displayName, string phone, string? email, string passwordHash, bool adminIfFirst, string addedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var user = new AppUser
        {
            UserName = phone,
            DisplayName = displayName.Trim(),
            RegionCode = regionCode,
            EnterpriseId = enterpriseId,
            Email = Validation.Blank(email),
            PhoneNumber = phone,
            PasswordHash = passwordHash,
            CreatedAt = now,
        };
        var current = await AdminAsync(db, enterpriseId, ct);
        var admin = adminIfFirst && current is null;
        if (current is not null && !await db.EnterpriseMembers.AnyAsync(m => m.UserId == current, ct))
        {
            // An account from before the hall is admin by being the earliest; recorded now, so a newer account never
            // takes its place on a tie of creation times.
            db.EnterpriseMembers.Add(new EnterpriseMember { UserId = current, EnterpriseId = enterpriseId, IsAdmin = true, AddedBy = addedBy, CreatedAt = now });
        }
        (await users.CreateAsync(user)).ThrowIfFailed();
        (await users.AddToRoleAsync(user, Roles.Enterprise)).ThrowIfFailed();
        db.EnterpriseMembers.Add(new EnterpriseMember { UserId = user.Id, EnterpriseId = enterpriseId, IsAdmin = admin, AddedBy = addedBy, CreatedAt = now });
        await db.SaveChangesAsync(ct);
        return user;
    }

    public static string HashPassword(UserManager<AppUser> users, string password) =>
        users.PasswordHasher.HashPassword(new AppUser { DisplayName = "", RegionCode = "" }, password);
}
