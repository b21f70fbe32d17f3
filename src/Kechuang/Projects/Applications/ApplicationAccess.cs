using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>
/// Who sees an application (docs/domain.md §1, §6.4): the applicant's own users, always; the bureau that issued the
/// call once it is submitted (a draft is the enterprise's own); leaders read; experts will see only what is assigned
/// to them, so nothing yet; others nothing. Another's application answers 404, so ids cannot be probed.
/// </summary>
internal static class ApplicationAccess
{
    private static readonly string[] Bureau = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static IQueryable<ProjectApplication> Visible(KechuangDbContext db, Caller caller, string? regionCode)
    {
        if (caller.IsIn(Roles.Enterprise))
        {
            var own = caller.EnterpriseId ?? Guid.Empty;
            return db.ProjectApplications.AsNoTracking().Where(a => a.EnterpriseId == own);
        }
        if (Bureau.Any(caller.IsIn))
        {
            var region = caller.ScopeTo(regionCode) ?? caller.Region;
            return db.ProjectApplications.AsNoTracking().Where(a => a.Status != ApplicationStatus.Draft)
                .Within(a => a.CallRegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));
        }
        throw new ForbiddenException("当前账号不能查看项目申报");
    }

    public static async Task<ProjectApplication> LoadAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var found = await Visible(db, caller, null).AnyAsync(a => a.Id == id, ct);
        return found
            ? await db.ProjectApplications.Include(a => a.Members).Include(a => a.Milestones).Include(a => a.Budget).Include(a => a.Attachments).AsSplitQuery().FirstAsync(a => a.Id == id, ct)
            : throw new NotFoundException("未找到该项目申报");
    }

    /// <summary>The applicant's own user: the only one who writes, submits or withdraws.</summary>
    public static void RequireApplicant(Caller caller, ProjectApplication application)
    {
        if (!caller.IsIn(Roles.Enterprise) || caller.EnterpriseId != application.EnterpriseId)
        {
            throw new ForbiddenException("只有申报企业本身可以修改、提交或撤回申报书");
        }
    }
}
