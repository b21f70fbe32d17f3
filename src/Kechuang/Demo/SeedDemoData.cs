using Kechuang.Data;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// A fictional but realistic bureau set-up for 温州市 (330300) and its county-level units, so a new user sees a
/// working system at once. Only ever run on a database that had no users before this start.
/// </summary>
public sealed class SeedDemoData(KechuangDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public const string Prefecture = "330300";
    public const string Password = "kechuang2026";

    // Fictional staff: (user name, display name, region, role).
    private static readonly (string User, string Name, string Region, string Role)[] People =
    [
        ("wz_admin", "陈建国", "330300", Roles.Admin),
        ("wz_leader", "林志远", "330300", Roles.Leader),
        ("wz_staff", "黄丽娟", "330300", Roles.Staff),
        ("lc_staff", "周晓燕", "330302", Roles.Staff),
        ("lw_staff", "郑海波", "330303", Roles.Staff),
        ("oh_staff", "吴佳琪", "330304", Roles.Staff),
        ("dt_staff", "徐文杰", "330305", Roles.Staff),
        ("yj_staff", "潘雪梅", "330324", Roles.Staff),
        ("py_admin", "金伟", "330326", Roles.Admin),
        ("py_leader", "王德明", "330326", Roles.Leader),
        ("py_staff", "李晓红", "330326", Roles.Staff),
        ("cn_staff", "叶志强", "330327", Roles.Staff),
        ("wc_staff", "蔡静", "330328", Roles.Staff),
        ("ts_staff", "包春燕", "330329", Roles.Staff),
        ("ra_staff", "孙立新", "330381", Roles.Staff),
        ("yq_staff", "朱海燕", "330382", Roles.Staff),
        ("lg_staff", "杨帆", "330383", Roles.Staff),
        ("py_expert", "陶建华", "330326", Roles.Expert),
        ("py_tpy", "章国庆", "330326", Roles.Commissioner),
    ];

    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var existing = await db.Users.Select(u => u.UserName).ToListAsync(ct);
        var created = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var person in People.Where(p => !existing.Contains(p.User)))
        {
            var user = new AppUser
            {
                UserName = person.User,
                DisplayName = person.Name,
                RegionCode = person.Region,
                CreatedAt = clock.GetUtcNow(),
            };
            (await users.CreateAsync(user, Password)).ThrowIfFailed();
            (await users.AddToRoleAsync(user, person.Role)).ThrowIfFailed();
            created++;
        }
        await transaction.CommitAsync(ct);
        return created;
    }
}
