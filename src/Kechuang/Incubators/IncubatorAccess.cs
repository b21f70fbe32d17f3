using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Incubators;

/// <summary>
/// Who works the register (docs/domain.md §1, §7.3): staff and admins register carriers of their region, leaders read,
/// enterprise users, experts and commissioners see nothing here.
/// </summary>
internal static class IncubatorAccess
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static void RequireReader(Caller caller)
    {
        if (!Readers.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能查看孵化载体");
        }
    }

    public static void RequireWrite(Caller caller, RegionCode region)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(region))
        {
            throw new ForbiddenException($"只能登记本辖区（{caller.Region}）的孵化载体");
        }
    }

    /// <summary>Carriers in <paramref name="region"/> or under it (a carrier is in a county).</summary>
    public static IQueryable<Incubator> InRegion(IQueryable<Incubator> incubators, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        incubators.Within(i => i.RegionCode, region, RegionColumn.CountyCodes, match);

    /// <summary>The carriers the caller may read, narrowed to a region it asked for (400 malformed, 403 outside).</summary>
    public static IQueryable<Incubator> Scoped(KechuangDbContext db, Caller caller, string? regionCode)
    {
        RequireReader(caller);
        var region = caller.ScopeTo(regionCode) ?? caller.Region;
        return InRegion(db.Incubators.AsNoTracking(), region, RegionScope.MatchFor(db));
    }

    /// <summary>A carrier the caller may see, with its areas, tenants, activities and evaluations; others answer 404 so their ids cannot be probed.</summary>
    public static async Task<Incubator> LoadAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        var found = await InRegion(db.Incubators, caller.Region, RegionScope.MatchFor(db)).AnyAsync(i => i.Id == id, ct);
        return found
            ? await db.Incubators.Include(i => i.Areas).Include(i => i.Tenants).Include(i => i.Activities).Include(i => i.Evaluations).AsSplitQuery().FirstAsync(i => i.Id == id, ct)
            : throw new NotFoundException("未找到该孵化载体");
    }
}
