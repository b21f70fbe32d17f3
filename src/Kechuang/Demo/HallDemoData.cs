using Kechuang.Data;
using Kechuang.ServiceHall;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// 企业服务大厅 for 平阳县 (docs/domain.md §7.12): the demo enterprise user as its enterprise's 企业管理员 with one
/// colleague; one registration waiting for the bureau, one it approved (that person can log in), and one unused
/// invitation whose code is <see cref="InvitationCode"/>. Every demo account's password is the demo password.
/// </summary>
internal static class HallDemoData
{
    private const string Pingyang = "330326";

    /// <summary>Printed here on purpose: a real code is shown once and only its hash kept.</summary>
    public const string InvitationCode = "PYHALL2026";

    public static async Task SeedAsync(KechuangDbContext db, UserManager<AppUser> users, TimeProvider clock, string password, CancellationToken ct)
    {
        if (await db.HallAccountRequests.AnyAsync(ct) || await db.EnterpriseMembers.AnyAsync(ct))
        {
            return;
        }
        var qiye = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == SeedDemoData.EnterpriseUser, ct);
        var withAccounts = await db.Users.Where(u => u.EnterpriseId != null).Select(u => u.EnterpriseId!.Value).Distinct().ToListAsync(ct);
        var free = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == Pingyang && !withAccounts.Contains(e.Id))
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).Take(3).Select(e => new { e.Id, e.Uscc, e.Name }).ToListAsync(ct);
        if (qiye?.EnterpriseId is not { } own || free.Count < 3)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var hash = HallAccounts.HashPassword(users, password);

        // py_qiye's account is from before the hall: adding its colleague records it as the enterprise admin.
        await HallAccounts.CreateAsync(db, users, clock, own, Pingyang, "陈丽君", "13957711001", "chenlijun@example.com", hash,
            adminIfFirst: false, qiye.UserName!, ct);

        db.HallAccountRequests.Add(new AccountRequest
        {
            EnterpriseId = free[0].Id, Uscc = free[0].Uscc, EnterpriseName = free[0].Name, RegionCode = Pingyang,
            DisplayName = "郑国栋", Phone = "13857712002", Email = "zhengguodong@example.com", PasswordHash = hash,
            CreatedAt = now.AddHours(-20),
        });

        var approved = new AccountRequest
        {
            EnterpriseId = free[1].Id, Uscc = free[1].Uscc, EnterpriseName = free[1].Name, RegionCode = Pingyang,
            DisplayName = "苏雅婷", Phone = "13706773003", PasswordHash = hash, CreatedAt = now.AddDays(-3),
            Status = AccountRequestStatus.Approved, DecidedBy = "py_staff", DecidedAt = now.AddDays(-2),
        };
        var user = await HallAccounts.CreateAsync(db, users, clock, free[1].Id, Pingyang, approved.DisplayName, approved.Phone, null, hash,
            adminIfFirst: true, "py_staff", ct);
        approved.UserId = user.Id;
        db.HallAccountRequests.Add(approved);

        db.HallInvitations.Add(new HallInvitation
        {
            EnterpriseId = free[2].Id, RegionCode = Pingyang, CodeHash = HallRules.Hash(InvitationCode),
            ExpiresAt = now.AddDays(-1) + HallRules.InvitationLife, CreatedBy = "py_staff", CreatedAt = now.AddDays(-1),
        });
        await db.SaveChangesAsync(ct);
    }
}
