using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Achievements;

/// <summary>
/// Who sees and writes achievements (docs/domain.md §1, §7.1): the bureau keeps its region's (staff and admins write,
/// leaders read); the region's enterprise users read them, which is what the register is for. Experts and
/// commissioners are not the market's users here. Another region's achievement answers 404.
/// </summary>
internal static class AchievementAccess
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Leader, Roles.Staff, Roles.Enterprise];

    public static void RequireReader(Caller caller)
    {
        if (!Readers.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能查看科技成果");
        }
    }

    public static IQueryable<Achievement> InRegion(IQueryable<Achievement> achievements, KechuangDbContext db, RegionCode region) =>
        achievements.Within(a => a.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));

    public static IQueryable<Achievement> Scoped(KechuangDbContext db, Caller caller, string? regionCode)
    {
        RequireReader(caller);
        var region = caller.ScopeTo(regionCode) ?? caller.Region;
        return InRegion(db.Achievements.AsNoTracking(), db, region);
    }

    public static async Task<Achievement> LoadAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct)
    {
        RequireReader(caller);
        var found = await InRegion(db.Achievements, db, caller.Region).AnyAsync(a => a.Id == id, ct);
        var achievements = track ? db.Achievements : db.Achievements.AsNoTracking();
        return found ? await achievements.Include(a => a.Patents).FirstAsync(a => a.Id == id, ct) : throw new NotFoundException("未找到该科技成果");
    }

    /// <summary>Staff and admins of a region that covers <paramref name="region"/>.</summary>
    public static void RequireWrite(Caller caller, RegionCode region)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(region))
        {
            throw new ForbiddenException($"只能管理本辖区（{caller.Region}）的科技成果");
        }
    }

    /// <summary>The region a write names: the caller's own when blank; 400 when malformed, 403 outside the caller's.</summary>
    public static RegionCode RegionOf(Caller caller, string? regionCode)
    {
        var region = caller.ScopeTo(regionCode) ?? caller.Region;
        RequireWrite(caller, region);
        return region;
    }
}
