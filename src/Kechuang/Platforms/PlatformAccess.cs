using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms;

/// <summary>
/// Who works the register (docs/domain.md §1, §7.2): staff and admins register platforms of their region, leaders
/// read; enterprise users, experts and commissioners see nothing here.
/// </summary>
internal static class PlatformAccess
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static void RequireReader(Caller caller)
    {
        if (!Readers.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能查看研发平台");
        }
    }

    public static void RequireWrite(Caller caller, RegionCode region)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(region))
        {
            throw new ForbiddenException($"只能登记本辖区（{caller.Region}）的研发平台");
        }
    }

    public static IQueryable<Platform> InRegion(IQueryable<Platform> platforms, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        platforms.Within(p => p.RegionCode, region, RegionColumn.CountyCodes, match);

    public static IQueryable<Platform> Scoped(KechuangDbContext db, Caller caller, string? regionCode)
    {
        RequireReader(caller);
        var region = caller.ScopeTo(regionCode) ?? caller.Region;
        return InRegion(db.Platforms.AsNoTracking(), region, RegionScope.MatchFor(db));
    }

    /// <summary>A platform the caller may see, with its history; others answer 404 so their ids cannot be probed.</summary>
    public static async Task<Platform> LoadAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        var found = await InRegion(db.Platforms, caller.Region, RegionScope.MatchFor(db)).AnyAsync(p => p.Id == id, ct);
        return found
            ? await db.Platforms.Include(p => p.Recognitions).Include(p => p.Evaluations).FirstAsync(p => p.Id == id, ct)
            : throw new NotFoundException("未找到该研发平台");
    }
}
