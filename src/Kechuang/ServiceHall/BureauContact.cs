using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.ServiceHall;

/// <summary>
/// Whom an enterprise should call about its account: the science and technology bureau of its county, with the phone
/// of an administrator or staff member of that county who has one on record (docs/domain.md §7.12).
/// </summary>
public static class BureauContact
{
    public static async Task<string> ForAsync(KechuangDbContext db, string? area, CancellationToken ct)
    {
        if (area is null || !RegionCode.TryParse(area, out var code))
        {
            return "所在县（市、区）科技局";
        }
        var county = code.Value.Length >= 6 ? code.Value[..6] : code.Value;
        var name = await db.Regions.AsNoTracking().Where(r => r.Code == county).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var phone = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           where u.RegionCode == county && u.PhoneNumber != null && (r.Name == Roles.Admin || r.Name == Roles.Staff)
                           orderby r.Name, u.UserName
                           select new { u.DisplayName, u.PhoneNumber }).FirstOrDefaultAsync(ct);
        var bureau = name is null ? "所在县（市、区）科技局" : $"{name}科技局";
        return phone is null ? bureau : $"{bureau}（{phone.DisplayName}，电话 {phone.PhoneNumber}）";
    }
}
