using System.Linq.Expressions;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>
/// Who works the talent registers (docs/domain.md §1, §7.7). The awards hold personal data (证件号码): the bureau of a
/// region alone reads them (staff and admins write, leaders read); anyone else asking for one gets 404, as if it did not
/// exist. An enterprise user reads and reports its own enterprise's recruited postgraduates and postdocs only (another's:
/// 404). Foreign experts and the figures are the bureau's; programmes are read by the bureau and written by
/// administrators of a region covering the programme's.
/// </summary>
internal static class TalentAccess
{
    private static readonly string[] Bureau = [Roles.Admin, Roles.Leader, Roles.Staff];

    public const string Business = "人才工作";

    public static bool IsBureau(Caller caller) => Bureau.Any(caller.IsIn);

    public static RegionCode BureauScope(Caller caller, string? regionCode)
    {
        caller.RequireRole(Bureau);
        return caller.ScopeTo(regionCode) ?? caller.Region;
    }

    public static IQueryable<T> InRegion<T>(IQueryable<T> rows, Expression<Func<T, string?>> code, RegionCode region, KechuangDbContext db) =>
        rows.Within(code, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));

    /// <summary>An award the caller may see: the bureau of its county; 404 for everyone else (personal data, §7.7).</summary>
    public static async Task<TalentAward> LoadAwardAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var award = IsBureau(caller) ? await db.TalentAwards.FirstOrDefaultAsync(a => a.Id == id, ct) : null;
        if (award is null || !caller.CanSee(RegionCode.Parse(award.RegionCode)))
        {
            throw new NotFoundException("未找到该人才申报记录");
        }
        return award;
    }

    /// <summary>The recruits the caller sees: its region's for the bureau, its own enterprise's for an enterprise user.</summary>
    public static IQueryable<TalentRecruit> Recruits(KechuangDbContext db, Caller caller, string? regionCode, bool track = false)
    {
        var rows = track ? db.TalentRecruits : db.TalentRecruits.AsNoTracking();
        if (IsBureau(caller))
        {
            return InRegion(rows, r => r.RegionCode, caller.ScopeTo(regionCode) ?? caller.Region, db);
        }
        if (caller.IsIn(Roles.Enterprise) && caller.EnterpriseId is { } own)
        {
            caller.ScopeTo(regionCode);
            return rows.Where(r => r.EnterpriseId == own);
        }
        throw new ForbiddenException("当前账号不能查看人才招引登记");
    }

    /// <summary>Staff and admins write their region's recruits; an enterprise user only its own enterprise's (403 for another's).</summary>
    public static void RequireRecruitWrite(Caller caller, Guid? enterpriseId)
    {
        if (caller.IsIn(Roles.Admin) || caller.IsIn(Roles.Staff))
        {
            return;
        }
        if (caller.IsIn(Roles.Enterprise) && caller.EnterpriseId is { } own)
        {
            if (enterpriseId is { } named && named != own)
            {
                throw new ForbiddenException("企业账号只能填报本企业招引的人才");
            }
            return;
        }
        throw new ForbiddenException("当前账号不能填报人才招引");
    }

    /// <summary>A bureau record's county must be the caller's to change it (404 when the caller cannot see it at all).</summary>
    public static void RequireBureauWrite(Caller caller, string regionCode)
    {
        if (!IsBureau(caller) || !caller.CanSee(RegionCode.Parse(regionCode)))
        {
            throw new NotFoundException("未找到该记录");
        }
        caller.RequireRole(Roles.Admin, Roles.Staff);
    }

    /// <summary>A programme concerns the caller when it is run by the caller's region, a region above it, or one under it.</summary>
    public static bool Concerns(Caller caller, string programmeRegion) =>
        RegionCode.Parse(programmeRegion).Covers(caller.Region) || caller.Region.Covers(RegionCode.Parse(programmeRegion));
}
