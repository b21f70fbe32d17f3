using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>POST …/{id}/midterm/conclusion: the bureau's mid-term conclusion, 合格 or 限期整改 with what to put right (docs/domain.md §6.6).</summary>
public sealed class ConcludeMidterm(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExecutionDto> HandleAsync(Caller caller, Guid id, ConclusionRequest request, CancellationToken ct = default)
    {
        var (project, _) = await ExecutionAccess.ForBureauAsync(db, caller, id, ct);
        var midterm = await db.ProjectMidterms.FirstOrDefaultAsync(m => m.ApplicationId == id, ct) ?? throw new ConflictException("承担单位尚未提交中期报告");
        if (midterm.Conclusion is not null)
        {
            throw new ConflictException($"中期检查已有结论：{midterm.Conclusion}");
        }
        var conclusion = request.Conclusion?.Trim() ?? "";
        var comment = request.Comment?.Trim();
        var validation = new Validation();
        validation.Require(MidtermConclusion.All.Contains(conclusion), "conclusion", $"中期检查结论应为{string.Join("或", MidtermConclusion.All)}");
        validation.Require(conclusion != MidtermConclusion.Rectify || !string.IsNullOrEmpty(comment), "comment", "限期整改时请写明整改要求");
        validation.Require(comment is null || comment.Length <= ExecutionRules.MaxText, "comment", $"意见不能超过{ExecutionRules.MaxText}个字");
        validation.ThrowIfAny();
        midterm.Conclusion = conclusion;
        midterm.Comment = string.IsNullOrEmpty(comment) ? null : comment;
        midterm.ConcludedBy = caller.UserName;
        midterm.ConcludedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetExecution.LoadAsync(db, project, clock.TodayInChina(), ct);
    }
}
