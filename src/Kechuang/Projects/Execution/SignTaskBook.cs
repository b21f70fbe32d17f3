using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;

namespace Kechuang.Projects.Execution;

/// <summary>
/// POST …/{id}/task-book: the bureau records the day the 任务书 was signed by both sides (docs/domain.md §6.6); the
/// project is 执行中 from then on. Not before the approval, not in the future.
/// </summary>
public sealed class SignTaskBook(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExecutionDto> HandleAsync(Caller caller, Guid id, TaskBookRequest request, CancellationToken ct = default)
    {
        var (project, _) = await ExecutionAccess.ForBureauAsync(db, caller, id, ct);
        ExecutionAccess.RequireStatus(project, "签订任务书", ApplicationStatus.Approved);
        var today = clock.TodayInChina();
        var on = request.SignedOn ?? today;
        var approvedOn = DateOnly.FromDateTime(project.ApprovedAt!.Value.ToOffset(Zh.Offset).DateTime);
        var validation = new Validation();
        validation.Require(on <= today, "signedOn", $"签订日期 {Zh.Date(on)} 晚于今天");
        validation.Require(on >= approvedOn, "signedOn", $"签订日期应不早于立项日期 {Zh.Date(approvedOn)}");
        validation.ThrowIfAny();
        project.TaskBookSignedOn = on;
        project.Status = ApplicationStatus.InExecution;
        project.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetExecution.LoadAsync(db, project, today, ct);
    }
}
