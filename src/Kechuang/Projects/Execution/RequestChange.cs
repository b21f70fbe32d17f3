using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>
/// POST …/{id}/changes: the applicant asks for a change while the project runs (项目变更, docs/domain.md §6.6) — an
/// extension (a year at most in all), a new leader, or a budget shift (国办发〔2021〕32号: direct lines freely,
/// indirect costs never up). One request waits at a time; the bureau decides it.
/// </summary>
public sealed class RequestChange(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ChangeDto> HandleAsync(Caller caller, Guid id, ChangeRequest request, CancellationToken ct = default)
    {
        var project = await ExecutionAccess.ForApplicantAsync(db, caller, id, ct);
        ExecutionAccess.RequireStatus(project, "申请变更（执行中的项目才能变更）", ApplicationStatus.InExecution);
        if (await db.ProjectChanges.AnyAsync(c => c.ApplicationId == id && c.Status == ChangeStatus.Pending, ct))
        {
            throw new ConflictException("已有一项变更申请待审批，审批后再申请");
        }
        var kind = request.Kind?.Trim() ?? "";
        var reason = request.Reason?.Trim() ?? "";
        var validation = new Validation();
        if (!ChangeKind.All.Contains(kind))
        {
            validation.Add("kind", $"变更类型应为{string.Join("、", ChangeKind.All)}");
        }
        validation.Require(reason.Length > 0, "reason", "请说明变更理由");
        validation.Require(reason.Length <= ExecutionRules.MaxText, "reason", $"变更理由不能超过{ExecutionRules.MaxText}个字");
        var newLeader = request.NewLeader?.Trim();
        var from = request.FromCategory?.Trim();
        var to = request.ToCategory?.Trim();
        switch (kind)
        {
            case ChangeKind.Extension:
                var original = await OriginalEndAsync(db, project, ct);
                if (request.NewEndOn is not { } end || end <= project.EndOn)
                {
                    validation.Add("newEndOn", $"延期后的结束日期应晚于现在的 {Zh.Date(project.EndOn!.Value)}");
                }
                else if (end > original.AddMonths(ExecutionRules.MaxExtensionMonths))
                {
                    validation.Add("newEndOn", $"延期累计不能超过{ExecutionRules.MaxExtensionMonths}个月（原定 {Zh.Date(original)} 结束，最迟 {Zh.Date(original.AddMonths(ExecutionRules.MaxExtensionMonths))}）");
                }
                break;
            case ChangeKind.Leader:
                if (string.IsNullOrEmpty(newLeader) || newLeader.Length > 50)
                {
                    validation.Add("newLeader", "请填写新的项目负责人（50个字以内）");
                }
                else if (newLeader == project.Leader)
                {
                    validation.Add("newLeader", $"{newLeader}已是项目负责人");
                }
                break;
            case ChangeKind.BudgetShift:
                var fromLine = project.Budget.FirstOrDefault(b => b.Category == from);
                if (fromLine is null || !BudgetRules.Categories.Contains(to ?? ""))
                {
                    validation.Add("fromCategory", $"调出、调入科目应为{string.Join("、", BudgetRules.Categories)}之一，调出科目须在核定预算中");
                    break;
                }
                var paidOnFrom = (await db.ProjectDisbursements.Where(d => d.ApplicationId == id && d.Category == from).Select(d => d.Amount).ToListAsync(ct)).Sum();
                if (ExecutionRules.ShiftProblem(from!, to!, request.Amount ?? 0, fromLine.ApprovedSpecial ?? 0, paidOnFrom) is { } problem)
                {
                    validation.Add("amount", problem);
                }
                break;
        }
        validation.ThrowIfAny();
        var change = new ProjectChange
        {
            ApplicationId = id,
            Kind = kind,
            Reason = reason,
            PreviousEndOn = kind == ChangeKind.Extension ? project.EndOn : null,
            NewEndOn = kind == ChangeKind.Extension ? request.NewEndOn : null,
            PreviousLeader = kind == ChangeKind.Leader ? project.Leader : null,
            NewLeader = kind == ChangeKind.Leader ? newLeader : null,
            FromCategory = kind == ChangeKind.BudgetShift ? from : null,
            ToCategory = kind == ChangeKind.BudgetShift ? to : null,
            Amount = kind == ChangeKind.BudgetShift ? request.Amount : null,
            RequestedBy = caller.UserName,
            RequestedAt = clock.GetUtcNow(),
        };
        db.ProjectChanges.Add(change);
        await db.SaveChangesAsync(ct);
        return ChangeDto.From(change);
    }

    /// <summary>The end date before any approved extension: the limit counts from it, so two extensions cannot add two years.</summary>
    private static async Task<DateOnly> OriginalEndAsync(KechuangDbContext db, ProjectApplication project, CancellationToken ct)
    {
        var first = await db.ProjectChanges.AsNoTracking()
            .Where(c => c.ApplicationId == project.Id && c.Kind == ChangeKind.Extension && c.Status == ChangeStatus.Approved)
            .OrderBy(c => c.RequestedAt).Select(c => c.PreviousEndOn).FirstOrDefaultAsync(ct);
        return first ?? project.EndOn!.Value;
    }
}
