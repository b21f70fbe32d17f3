using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Seismic;

/// <summary>
/// Who works the registers (docs/domain.md §1, §7.10): staff and admins of the region keep the approvals, stations and
/// drills of its counties, leaders read; enterprise users, experts and commissioners see nothing here (403, and 404
/// for a record's id, as for the other registers the bureau keeps).
/// </summary>
internal static class SeismicAccess
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static void RequireReader(Caller caller)
    {
        if (!Readers.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能查看防震减灾业务");
        }
    }

    public static void RequireWrite(Caller caller, RegionCode region)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(region))
        {
            throw new ForbiddenException($"只能登记本辖区（{caller.Region}）的防震减灾业务");
        }
    }

    /// <summary>The region the caller asked for, or its own (400 malformed, 403 outside).</summary>
    public static RegionCode Scope(Caller caller, string? regionCode)
    {
        RequireReader(caller);
        return caller.ScopeTo(regionCode) ?? caller.Region;
    }

    public static IQueryable<SeismicApproval> InRegion(IQueryable<SeismicApproval> rows, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        rows.Within(a => a.RegionCode, region, RegionColumn.CountyCodes, match);

    public static IQueryable<SeismicStation> InRegion(IQueryable<SeismicStation> rows, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        rows.Within(a => a.RegionCode, region, RegionColumn.CountyCodes, match);

    public static IQueryable<SeismicDrill> InRegion(IQueryable<SeismicDrill> rows, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        rows.Within(a => a.RegionCode, region, RegionColumn.CountyCodes, match);

    /// <summary>An approval the caller may see; others answer 404 so their ids cannot be probed.</summary>
    public static async Task<SeismicApproval> LoadAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct)
    {
        RequireReader(caller);
        var found = await InRegion(db.SeismicApprovals, caller.Region, RegionScope.MatchFor(db)).AnyAsync(a => a.Id == id, ct);
        var rows = track ? db.SeismicApprovals : db.SeismicApprovals.AsNoTracking();
        return found ? await rows.FirstAsync(a => a.Id == id, ct) : throw new NotFoundException("未找到该抗震设防要求审批");
    }

    public static async Task<SeismicStation> LoadStationAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        return await InRegion(db.SeismicStations, caller.Region, RegionScope.MatchFor(db)).FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException("未找到该监测台站");
    }

    public static async Task<SeismicDrill> LoadDrillAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        return await InRegion(db.SeismicDrills, caller.Region, RegionScope.MatchFor(db)).FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException("未找到该演练记录");
    }

    /// <summary>The county a write names: in the division list, a county, inside the caller's region (400/403).</summary>
    public static Task<Region> CountyAsync(KechuangDbContext db, Caller caller, string? code, Validation v, CancellationToken ct) =>
        WritableCounty.CheckAsync(db, caller, code, "防震减灾业务", v, ct);
}
