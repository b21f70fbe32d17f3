using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>
/// Who works the registers (docs/domain.md §1, §7.9): staff and admins of the region keep the activities, bases and
/// competitions of its counties, leaders read; enterprise users, experts and commissioners see nothing here (403, and
/// 404 for a record's id outside the caller's region, so ids cannot be probed).
/// </summary>
internal static class OutreachAccess
{
    public const string Business = "科普和创新创业活动";

    private static readonly string[] Readers = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static void RequireReader(Caller caller)
    {
        if (!Readers.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能查看科普和创新创业活动");
        }
    }

    public static void RequireWrite(Caller caller, string regionCode)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(RegionCode.Parse(regionCode)))
        {
            throw new ForbiddenException($"只能登记本辖区（{caller.Region}）的{Business}");
        }
    }

    /// <summary>The region the caller asked for, or its own (400 malformed, 403 outside).</summary>
    public static RegionCode Scope(Caller caller, string? regionCode)
    {
        RequireReader(caller);
        return caller.ScopeTo(regionCode) ?? caller.Region;
    }

    public static IQueryable<OutreachActivity> InRegion(IQueryable<OutreachActivity> rows, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        rows.Within(a => a.RegionCode, region, RegionColumn.CountyCodes, match);

    public static IQueryable<ScienceBase> InRegion(IQueryable<ScienceBase> rows, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        rows.Within(a => a.RegionCode, region, RegionColumn.CountyCodes, match);

    public static IQueryable<Competition> InRegion(IQueryable<Competition> rows, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        rows.Within(a => a.RegionCode, region, RegionColumn.CountyCodes, match);

    public static async Task<OutreachActivity> LoadActivityAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        return await InRegion(db.OutreachActivities, caller.Region, RegionScope.MatchFor(db)).FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException("未找到该活动");
    }

    public static async Task<ScienceBase> LoadBaseAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        return await InRegion(db.ScienceBases, caller.Region, RegionScope.MatchFor(db)).FirstOrDefaultAsync(b => b.Id == id, ct)
            ?? throw new NotFoundException("未找到该科普基地");
    }

    /// <summary>A competition with its entries and rounds (judges, scores), tracked for a write.</summary>
    public static async Task<Competition> LoadCompetitionAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        return await InRegion(db.Competitions, caller.Region, RegionScope.MatchFor(db))
            .Include(c => c.Entries).Include(c => c.Rounds).ThenInclude(r => r.Judges)
            .Include(c => c.Rounds).ThenInclude(r => r.Scores).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("未找到该创新创业大赛");
    }

    /// <summary>The county a write names: in the division list, a county, inside the caller's region (400/403).</summary>
    public static Task<Region> CountyAsync(KechuangDbContext db, Caller caller, string? code, Validation v, CancellationToken ct) =>
        WritableCounty.CheckAsync(db, caller, code, Business, v, ct);
}
