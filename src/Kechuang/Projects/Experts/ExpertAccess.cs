using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Experts;

/// <summary>
/// Who works the pool (docs/domain.md §1, §6.1): staff and admins keep the experts of their region, leaders read; an
/// expert never browses the pool (it will see only its assignments), nor do enterprise users and commissioners: the
/// pool holds personal contacts and who reviews whom.
/// </summary>
internal static class ExpertAccess
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static void RequireReader(Caller caller)
    {
        if (!Readers.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能查看专家库");
        }
    }

    public static void RequireWrite(Caller caller, RegionCode region)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(region))
        {
            throw new ForbiddenException($"只能管理本辖区（{caller.Region}）的专家库");
        }
    }

    /// <summary>Experts of pools at <paramref name="region"/> or under it (a pool may be a county's, a city's or a province's).</summary>
    public static IQueryable<Expert> InRegion(IQueryable<Expert> experts, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        experts.Within(e => e.RegionCode, region, RegionColumn.CountyCodes, match);

    public static IQueryable<Expert> Scoped(KechuangDbContext db, Caller caller, string? regionCode)
    {
        RequireReader(caller);
        var region = caller.ScopeTo(regionCode) ?? caller.Region;
        return InRegion(db.Experts.AsNoTracking(), region, RegionScope.MatchFor(db));
    }

    /// <summary>An expert the caller may see, with its relations; others answer 404 so their ids cannot be probed.</summary>
    public static async Task<Expert> LoadAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct)
    {
        RequireReader(caller);
        var found = await InRegion(db.Experts, caller.Region, RegionScope.MatchFor(db)).AnyAsync(e => e.Id == id, ct);
        var experts = track ? db.Experts : db.Experts.AsNoTracking();
        return found
            ? await experts.Include(e => e.Relations).FirstAsync(e => e.Id == id, ct)
            : throw new NotFoundException("未找到该专家");
    }
}
