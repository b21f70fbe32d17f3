using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Projects.Calls;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>
/// Who works a project after its approval (docs/domain.md §1, §6.6): the call's bureau (staff and admins of its region)
/// signs the 任务书, pays, decides changes and concludes; the applicant's own users report and ask; leaders read. An
/// application not yet approved is not a project; another's answers 404 as before.
/// </summary>
internal static class ExecutionAccess
{
    /// <summary>A project the caller may read: 404 when it may not see the application, 409 when it is not approved.</summary>
    public static async Task<ProjectApplication> ProjectAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct) =>
        RequireProject(await ApplicationAccess.LoadAsync(db, caller, id, ct));

    /// <summary>A project and its call for the bureau that writes: the role is checked before the state, so a denial reads as one.</summary>
    public static async Task<(ProjectApplication Project, ProjectCall Call)> ForBureauAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
        if (!CallAccess.IsBureau(caller))
        {
            throw new ForbiddenException("只有项目管理部门可以办理");
        }
        var call = await db.ProjectCalls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, ct);
        CallAccess.RequireWrite(caller, RegionCode.Parse(call.RegionCode));
        return (RequireProject(application), call);
    }

    /// <summary>A project for its applicant's own user, who reports and asks.</summary>
    public static async Task<ProjectApplication> ForApplicantAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
        if (!caller.IsIn(Roles.Enterprise) || caller.EnterpriseId != application.EnterpriseId)
        {
            throw new ForbiddenException("只有项目承担单位可以提交");
        }
        return RequireProject(application);
    }

    private static ProjectApplication RequireProject(ProjectApplication application) =>
        ApplicationStatus.Projects.Contains(application.Status)
            ? application
            : throw new ConflictException($"申报书{application.Status}，立项后才有项目执行");

    public static void RequireStatus(ProjectApplication project, string action, params string[] allowed)
    {
        if (!allowed.Contains(project.Status))
        {
            throw new ConflictException($"项目{project.Status}，不能{action}");
        }
    }
}
