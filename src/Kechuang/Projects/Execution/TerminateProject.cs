using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;

namespace Kechuang.Projects.Execution;

/// <summary>
/// POST …/{id}/terminate: the bureau ends a project that will not be finished (终止/撤销, docs/domain.md §6.6), with the
/// reason. An abandoned project bars the applicant for the call's years, unless the bureau finds it was not at fault
/// (<c>ban: false</c>, e.g. force majeure).
/// </summary>
public sealed class TerminateProject(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExecutionDto> HandleAsync(Caller caller, Guid id, TerminationRequest request, CancellationToken ct = default)
    {
        var (project, call) = await ExecutionAccess.ForBureauAsync(db, caller, id, ct);
        ExecutionAccess.RequireStatus(project, "终止", ApplicationStatus.Approved, ApplicationStatus.InExecution, ApplicationStatus.AcceptancePending);
        var today = clock.TodayInChina();
        var reason = request.Reason?.Trim() ?? "";
        var on = request.On ?? today;
        var validation = new Validation();
        validation.Require(reason.Length > 0, "reason", "请写明终止原因");
        validation.Require(reason.Length <= ExecutionRules.MaxText, "reason", $"终止原因不能超过{ExecutionRules.MaxText}个字");
        validation.Require(on <= today, "on", $"终止日期 {Zh.Date(on)} 晚于今天");
        validation.ThrowIfAny();
        project.Status = ApplicationStatus.Terminated;
        project.ClosedAt = ConcludeAcceptance.Noon(on);
        project.CloseReason = reason;
        project.BanUntil = request.Ban == false ? null : on.AddYears(call.BanYears);
        project.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetExecution.LoadAsync(db, project, today, ct);
    }
}
