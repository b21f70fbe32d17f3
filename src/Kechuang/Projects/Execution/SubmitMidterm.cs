using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>
/// PUT …/{id}/midterm: the applicant's mid-term report (中期报告, docs/domain.md §6.6) — progress, the grant spent so far
/// (not more than was paid), problems. It may be sent again until the bureau finds it 合格, and after a 限期整改.
/// </summary>
public sealed class SubmitMidterm(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExecutionDto> HandleAsync(Caller caller, Guid id, MidtermRequest request, CancellationToken ct = default)
    {
        var project = await ExecutionAccess.ForApplicantAsync(db, caller, id, ct);
        ExecutionAccess.RequireStatus(project, "提交中期报告（执行中的项目才能提交）", ApplicationStatus.InExecution);
        var midterm = await db.ProjectMidterms.FirstOrDefaultAsync(m => m.ApplicationId == id, ct);
        if (midterm?.Conclusion == MidtermConclusion.Pass)
        {
            throw new ConflictException("中期检查已合格，不必再提交");
        }
        var paid = (await db.ProjectDisbursements.Where(d => d.ApplicationId == id).Select(d => d.Amount).ToListAsync(ct)).Sum();
        var progress = request.Progress?.Trim() ?? "";
        var problems = request.Problems?.Trim();
        var validation = new Validation();
        validation.Require(progress.Length > 0, "progress", "请填写项目进展");
        validation.Require(progress.Length <= ExecutionRules.MaxReport, "progress", $"项目进展不能超过{ExecutionRules.MaxReport}个字");
        validation.Require(problems is null || problems.Length <= ExecutionRules.MaxReport, "problems", $"存在问题不能超过{ExecutionRules.MaxReport}个字");
        if (request.Spent is not { } spent || spent < 0)
        {
            validation.Add("spent", "请填写已使用的专项经费（不小于 0）");
        }
        else if (spent > paid)
        {
            validation.Add("spent", $"已使用的专项经费 {Zh.Wan(spent)} 超过已拨付的 {Zh.Wan(paid)}");
        }
        validation.ThrowIfAny();
        if (midterm is null)
        {
            midterm = new ProjectMidterm { ApplicationId = id, Progress = progress };
            db.ProjectMidterms.Add(midterm);
        }
        midterm.Progress = progress;
        midterm.Spent = request.Spent!.Value;
        midterm.Problems = string.IsNullOrEmpty(problems) ? null : problems;
        midterm.SubmittedAt = clock.GetUtcNow();
        midterm.Conclusion = null;
        midterm.Comment = null;
        midterm.ConcludedAt = null;
        midterm.ConcludedBy = null;
        await db.SaveChangesAsync(ct);
        return await GetExecution.LoadAsync(db, project, clock.TodayInChina(), ct);
    }
}
