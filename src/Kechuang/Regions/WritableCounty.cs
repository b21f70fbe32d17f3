using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Regions;

/// <summary>
/// The county a county register's write names (防震减灾, 知识产权 …): in the division list and current, a county, and
/// inside the caller's region — 400 with the field's message, 403 outside. Only staff and admins write.
/// </summary>
public static class WritableCounty
{
    /// <summary>The county named by <c>code</c>, checked for a write of <c>business</c> (the line of work the messages name, e.g. 防震减灾业务).</summary>
    public static async Task<Region> CheckAsync(KechuangDbContext db, Caller caller, string? code, string business, Validation v, CancellationToken ct)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var text = code?.Trim();
        var region = string.IsNullOrEmpty(text) ? null : (await RegionLookup.ForAsync(db, ct, text))(text);
        if (string.IsNullOrEmpty(text))
        {
            v.Add("regionCode", "请填写所在县（市、区）的区划代码");
        }
        else if (region is null || region.RetiredOn is not null)
        {
            v.Add("regionCode", $"区划代码 {text} 不存在");
        }
        else if (region.Level != RegionLevel.County)
        {
            v.Add("regionCode", $"{region.Name}（{region.Code}）不是县级区划：{business}登记在所在县（市、区）");
        }
        v.ThrowIfAny();
        if (!caller.CanSee(RegionCode.Parse(region!.Code)))
        {
            throw new ForbiddenException($"只能登记本辖区（{caller.Region}）的{business}");
        }
        return region;
    }
}
