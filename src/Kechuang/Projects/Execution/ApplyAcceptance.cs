using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>
/// POST …/{id}/acceptance: the applicant applies for acceptance (验收申请, docs/domain.md §6.6) with its work summary
/// and final accounts (决算) — per budget line the grant and its own money spent; the grant spent on a line cannot
/// exceed what was paid on it. The project is 待验收 until the group concludes.
/// </summary>
public sealed class ApplyAcceptance(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExecutionDto> HandleAsync(Caller caller, Guid id, AcceptanceRequest request, CancellationToken ct = default)
    {
        var project = await ExecutionAccess.ForApplicantAsync(db, caller, id, ct);
        ExecutionAccess.RequireStatus(project, "申请验收（执行中的项目才能申请）", ApplicationStatus.InExecution);
        if (await db.ProjectChanges.AnyAsync(c => c.ApplicationId == id && c.Status == ChangeStatus.Pending, ct))
        {
            throw new ConflictException("有变更申请待审批，审批后再申请验收");
        }
        var paid = (await db.ProjectDisbursements.Where(d => d.ApplicationId == id).Select(d => new { d.Category, d.Amount }).ToListAsync(ct))
            .GroupBy(d => d.Category).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
        var summary = request.Summary?.Trim() ?? "";
        var accounts = request.Accounts ?? [];
        var validation = new Validation();
        validation.Require(summary.Length > 0, "summary", "请填写项目完成情况（验收总结）");
        validation.Require(summary.Length <= ExecutionRules.MaxReport, "summary", $"验收总结不能超过{ExecutionRules.MaxReport}个字");
        validation.Require(accounts.Count > 0, "accounts", "请填写经费决算（各预算科目的支出）");
        foreach (var line in accounts)
        {
            var category = line.Category?.Trim() ?? "";
            if (!project.Budget.Any(b => b.Category == category))
            {
                validation.Add("accounts", $"预算中没有“{category}”");
                continue;
            }
            if (line.SpentSpecial is not (>= 0) || line.SpentOwn is not (>= 0))
            {
                validation.Add($"account.{category}", $"“{category}”的专项经费和自筹经费支出应不小于 0");
            }
            else if (line.SpentSpecial > paid.GetValueOrDefault(category))
            {
                validation.Add($"account.{category}", $"“{category}”专项经费支出 {Zh.Wan(line.SpentSpecial.Value)} 超过已拨付的 {Zh.Wan(paid.GetValueOrDefault(category))}");
            }
        }
        if (accounts.GroupBy(l => l.Category?.Trim()).Any(g => g.Count() > 1))
        {
            validation.Add("accounts", "同一预算科目只能填写一次");
        }
        validation.ThrowIfAny();
        var acceptance = new ProjectAcceptance { ApplicationId = id, Summary = summary, AppliedAt = clock.GetUtcNow() };
        acceptance.Accounts.AddRange(accounts.Select(l => new AcceptanceAccount
        {
            ApplicationId = id,
            Category = l.Category!.Trim(),
            SpentSpecial = l.SpentSpecial!.Value,
            SpentOwn = l.SpentOwn!.Value,
        }));
        db.ProjectAcceptances.Add(acceptance);
        project.Status = ApplicationStatus.AcceptancePending;
        project.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetExecution.LoadAsync(db, project, clock.TodayInChina(), ct);
    }
}
