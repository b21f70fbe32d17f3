using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Users;

internal static class UserQueries
{
    /// <summary>Users visible to the caller: those whose region lies in the caller's region.</summary>
    public static IQueryable<AppUser> VisibleTo(this IQueryable<AppUser> users, Caller caller) =>
        users.Within(u => u.RegionCode, caller.Region, RegionColumn.AnyCodes);

    public static async Task<List<UserDto>> ToDtosAsync(KechuangDbContext db, IReadOnlyList<AppUser> users, DateTimeOffset now, CancellationToken ct)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var regionCodes = users.Select(u => u.RegionCode).Distinct().ToList();
        var regionNames = await db.Regions.Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return users.Select(u => new UserDto(
            u.Id,
            u.UserName!,
            u.DisplayName,
            u.RegionCode,
            regionNames.GetValueOrDefault(u.RegionCode),
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).OrderBy(r => Roles.All.ToList().IndexOf(r)).ToList(),
            u.EnterpriseId,
            u.Email,
            u.PhoneNumber,
            u.LockoutEnd is { } end && end > now,
            u.CreatedAt,
            u.ConcurrencyStamp!)).ToList();
    }
}
