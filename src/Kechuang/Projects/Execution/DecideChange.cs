using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>
/// POST /api/projects/changes/{id}/decision: the bureau approves or refuses a change (docs/domain.md §6.6). An approval
/// takes effect at once — the end date, the leader, or the two budget lines — after checking the shift again against
/// what was paid meanwhile.
/// </summary>
public sealed class DecideChange(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExecutionDto> HandleAsync(Caller caller, Guid changeId, ChangeDecision request, CancellationToken ct = default)
    {
        var change = await db.ProjectChanges.FirstOrDefaultAsync(c => c.Id == changeId, ct) ?? throw new NotFoundException("未找到该变更申请");
        // Visibility of the project decides: another region's change answers 404 like its project.
        var (project, _) = await ExecutionAccess.ForBureauAsync(db, caller, change.ApplicationId, ct);
        if (change.Status != ChangeStatus.Pending)
        {
            throw new ConflictException($"该变更申请{change.Status}");
        }
        var validation = new Validation();
        validation.Require(request.Approve is not null, "approve", "请选择批准或不批准");
        var comment = request.Comment?.Trim();
        validation.Require(comment is null || comment.Length <= ExecutionRules.MaxText, "comment", $"审批意见不能超过{ExecutionRules.MaxText}个字");
        validation.Require(request.Approve != false || !string.IsNullOrEmpty(comment), "comment", "不批准时请写明理由");
        validation.ThrowIfAny();
        if (request.Approve == true)
        {
            ExecutionAccess.RequireStatus(project, "变更（已不在执行中）", ApplicationStatus.InExecution);
            switch (change.Kind)
            {
                case ChangeKind.Extension:
                    project.EndOn = change.NewEndOn;
                    break;
                case ChangeKind.Leader:
                    project.Leader = change.NewLeader;
                    break;
                case ChangeKind.BudgetShift:
                    var from = project.Budget.First(b => b.Category == change.FromCategory);
                    var paidOnFrom = (await db.ProjectDisbursements.Where(d => d.ApplicationId == project.Id && d.Category == change.FromCategory)
                        .Select(d => d.Amount).ToListAsync(ct)).Sum();
                    if (ExecutionRules.ShiftProblem(from.Category, change.ToCategory!, change.Amount!.Value, from.ApprovedSpecial ?? 0, paidOnFrom) is { } problem)
                    {
                        throw new ConflictException("不能批准：" + problem);
                    }
                    from.ApprovedSpecial = (from.ApprovedSpecial ?? 0) - change.Amount.Value;
                    var to = project.Budget.FirstOrDefault(b => b.Category == change.ToCategory);
                    if (to is null)
                    {
                        to = new ApplicationBudgetLine { ApplicationId = project.Id, Category = change.ToCategory!, Special = 0, Own = 0, ApprovedSpecial = 0 };
                        db.Add(to);
                        project.Budget.Add(to);
                    }
                    to.ApprovedSpecial = (to.ApprovedSpecial ?? 0) + change.Amount.Value;
                    break;
            }
        }
        change.Status = request.Approve == true ? ChangeStatus.Approved : ChangeStatus.Refused;
        change.DecidedBy = caller.UserName;
        change.DecidedAt = clock.GetUtcNow();
        change.DecisionComment = string.IsNullOrEmpty(comment) ? null : comment;
        project.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetExecution.LoadAsync(db, project, clock.TodayInChina(), ct);
    }
}
