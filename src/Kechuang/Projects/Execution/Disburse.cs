using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>
/// POST …/{id}/disbursements: a tranche the bureau paid (分期拨付, docs/domain.md §6.6), against lines of the approved
/// budget — after the 任务书 is signed, never above what remains of a line, and not to a failed or terminated project.
/// </summary>
public sealed class Disburse(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExecutionDto> HandleAsync(Caller caller, Guid id, TrancheRequest request, CancellationToken ct = default)
    {
        var (project, _) = await ExecutionAccess.ForBureauAsync(db, caller, id, ct);
        ExecutionAccess.RequireStatus(project, "拨付经费（须已签订任务书，且未终止或验收不通过）",
            ApplicationStatus.InExecution, ApplicationStatus.AcceptancePending, ApplicationStatus.Accepted, ApplicationStatus.Concluded);
        var today = clock.TodayInChina();
        var paid = await db.ProjectDisbursements.Where(d => d.ApplicationId == id).Select(d => new { d.Tranche, d.Category, d.Amount }).ToListAsync(ct);
        var validation = new Validation();
        var on = request.PaidOn;
        if (on is null)
        {
            validation.Add("paidOn", "请填写拨付日期");
        }
        else if (on > today)
        {
            validation.Add("paidOn", $"拨付日期 {Zh.Date(on.Value)} 晚于今天");
        }
        else if (on < project.TaskBookSignedOn)
        {
            validation.Add("paidOn", $"拨付日期应不早于任务书签订日期 {Zh.Date(project.TaskBookSignedOn!.Value)}");
        }
        var lines = (request.Lines ?? []).Where(l => l.Amount is not null || !string.IsNullOrWhiteSpace(l.Category)).ToList();
        if (lines.Count == 0)
        {
            validation.Add("lines", "请至少填写一个预算科目的拨付金额");
        }
        foreach (var line in lines)
        {
            var category = line.Category?.Trim() ?? "";
            var budget = project.Budget.FirstOrDefault(b => b.Category == category);
            if (budget is null || (budget.ApprovedSpecial ?? 0) == 0)
            {
                validation.Add("lines", $"核定预算中没有“{category}”的专项经费");
                continue;
            }
            var before = paid.Where(p => p.Category == category).Sum(p => p.Amount);
            var room = (budget.ApprovedSpecial ?? 0) - before;
            if (line.Amount is not { } amount || amount <= 0)
            {
                validation.Add($"line.{category}", $"“{category}”的拨付金额应大于 0");
            }
            else if (amount > room)
            {
                validation.Add($"line.{category}", $"“{category}”核定 {Zh.Wan(budget.ApprovedSpecial ?? 0)}，已拨付 {Zh.Wan(before)}，本次最多 {Zh.Wan(room)}");
            }
        }
        if (lines.GroupBy(l => l.Category?.Trim()).Any(g => g.Count() > 1))
        {
            validation.Add("lines", "同一批次中一个预算科目只能出现一次");
        }
        if (request.Note?.Trim().Length > ExecutionRules.MaxText)
        {
            validation.Add("note", $"备注不能超过{ExecutionRules.MaxText}个字");
        }
        validation.ThrowIfAny();

        var tranche = paid.Count == 0 ? 1 : paid.Max(p => p.Tranche) + 1;
        var now = clock.GetUtcNow();
        foreach (var line in lines)
        {
            db.ProjectDisbursements.Add(new ProjectDisbursement
            {
                ApplicationId = id,
                Tranche = tranche,
                PaidOn = on!.Value,
                Category = line.Category!.Trim(),
                Amount = line.Amount!.Value,
                Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
                RecordedBy = caller.UserName,
                CreatedAt = now,
            });
        }
        // Touching the project bumps its version: two tranches posted at once cannot both pass the check above.
        project.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return await GetExecution.LoadAsync(db, project, today, ct);
    }
}
