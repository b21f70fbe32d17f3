using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Commissioners;

/// <summary>
/// Who works the register (docs/domain.md §1, §7.6): staff and admins register commissioners of their region, leaders
/// read, a commissioner reads the register of its region (read-only); enterprise users and experts see nothing here.
/// </summary>
internal static class CommissionerAccess
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Leader, Roles.Staff, Roles.Commissioner];

    public static void RequireReader(Caller caller)
    {
        if (!Readers.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能查看科技特派员");
        }
    }

    public static void RequireWrite(Caller caller, RegionCode region)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(region))
        {
            throw new ForbiddenException($"只能登记本辖区（{caller.Region}）的科技特派员");
        }
    }

    /// <summary>Commissioners of <paramref name="region"/> or under it (a commissioner serves a county).</summary>
    public static IQueryable<Commissioner> InRegion(IQueryable<Commissioner> commissioners, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        commissioners.Within(c => c.RegionCode, region, RegionColumn.CountyCodes, match);

    /// <summary>The region the caller asked for, or its own (400 malformed, 403 outside).</summary>
    public static RegionCode Scope(Caller caller, string? regionCode)
    {
        RequireReader(caller);
        return caller.ScopeTo(regionCode) ?? caller.Region;
    }

    /// <summary>The commissioners the caller may read, narrowed to a region it asked for.</summary>
    public static IQueryable<Commissioner> Scoped(KechuangDbContext db, Caller caller, string? regionCode) =>
        InRegion(db.Commissioners.AsNoTracking(), Scope(caller, regionCode), RegionScope.MatchFor(db));

    /// <summary>A commissioner the caller may see, with its towns, members and projects; others answer 404.</summary>
    public static async Task<Commissioner> LoadAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        var found = await InRegion(db.Commissioners, caller.Region, RegionScope.MatchFor(db)).AnyAsync(c => c.Id == id, ct);
        return found
            ? await Full(db.Commissioners.AsNoTracking()).FirstAsync(c => c.Id == id, ct)
            : throw new NotFoundException("未找到该科技特派员");
    }

    public static IQueryable<Commissioner> Full(IQueryable<Commissioner> commissioners) =>
        commissioners.Include(c => c.Towns).Include(c => c.Members).Include(c => c.Projects).AsSplitQuery();
}
