using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>
/// Who works the 知识产权 registers (docs/domain.md §1, §7.8): the bureau of a region reads its counties' patents
/// (staff and admins write, leaders read); an enterprise user reads and registers its own enterprise's patents only,
/// and another's answers 404. Trademarks and disputes are the bureau's own registers; the population table is read by
/// the bureau and written by administrators.
/// </summary>
internal static class IpAccess
{
    private static readonly string[] Bureau = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static bool IsBureau(Caller caller) => Bureau.Any(caller.IsIn);

    /// <summary>The patents the caller sees: its region's for the bureau, its own enterprise's for an enterprise user.</summary>
    public static IQueryable<Patent> Patents(KechuangDbContext db, Caller caller, string? regionCode, bool track = false)
    {
        var rows = track ? db.Patents : db.Patents.AsNoTracking();
        if (IsBureau(caller))
        {
            var region = caller.ScopeTo(regionCode) ?? caller.Region;
            return InRegion(rows, region, RegionScope.MatchFor(db));
        }
        if (caller.IsIn(Roles.Enterprise) && caller.EnterpriseId is { } own)
        {
            caller.ScopeTo(regionCode);
            return rows.Where(p => p.EnterpriseId == own);
        }
        throw new ForbiddenException("当前账号不能查看专利");
    }

    public static IQueryable<Patent> InRegion(IQueryable<Patent> rows, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        rows.Within(p => p.RegionCode, region, RegionColumn.CountyCodes, match);

    public static async Task<Patent> LoadPatentAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct) =>
        await Patents(db, caller, null, track).FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("未找到该专利");

    /// <summary>Staff and admins write their region's patents; an enterprise user only its own enterprise's (403 for another's).</summary>
    public static void RequirePatentWrite(Caller caller, Guid? enterpriseId)
    {
        if (caller.IsIn(Roles.Admin) || caller.IsIn(Roles.Staff))
        {
            return;
        }
        if (caller.IsIn(Roles.Enterprise) && caller.EnterpriseId is { } own)
        {
            if (enterpriseId is { } named && named != own)
            {
                throw new ForbiddenException("企业账号只能登记本企业的专利");
            }
            return;
        }
        throw new ForbiddenException("当前账号不能登记专利");
    }

    public static RegionCode BureauScope(Caller caller, string? regionCode)
    {
        caller.RequireRole(Bureau);
        return caller.ScopeTo(regionCode) ?? caller.Region;
    }

    public static IQueryable<T> InRegion<T>(IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, string?>> code, RegionCode region, KechuangDbContext db) =>
        rows.Within(code, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));

    /// <summary>The county a trademark or dispute is booked to: in the division list, a county, inside the caller's region.</summary>
    public static Task<Region> CountyAsync(KechuangDbContext db, Caller caller, string? code, Validation v, CancellationToken ct) =>
        WritableCounty.CheckAsync(db, caller, code, "知识产权业务", v, ct);

    /// <summary>A bureau record's county must be the caller's to change it (404 when the caller cannot see it at all).</summary>
    public static void RequireBureauWrite(Caller caller, string regionCode)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(RegionCode.Parse(regionCode)))
        {
            throw new NotFoundException("未找到该记录");
        }
    }
}
