using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>
/// POST …/{id}/acceptance/conclusion: the group's conclusion as the bureau records it after the meeting (docs/domain.md
/// §6.6) — 通过, 结题 (closed with the goals in part) or 不通过, with the opinion and the meeting's day, the day the
/// figures count it. 不通过 bars the applicant from the bureau's calls for the years the call says.
/// </summary>
public sealed class ConcludeAcceptance(KechuangDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<string, string> Conclusions = new Dictionary<string, string>
    {
        ["通过"] = ApplicationStatus.Accepted,
        ["结题"] = ApplicationStatus.Concluded,
        ["不通过"] = ApplicationStatus.Failed,
    };

    public async Task<ExecutionDto> HandleAsync(Caller caller, Guid id, ConclusionRequest request, CancellationToken ct = default)
    {
        var (project, call) = await ExecutionAccess.ForBureauAsync(db, caller, id, ct);
        ExecutionAccess.RequireStatus(project, "作验收结论", ApplicationStatus.AcceptancePending);
        var acceptance = await db.ProjectAcceptances.Include(a => a.Experts).FirstAsync(a => a.ApplicationId == id, ct);
        if (acceptance.Experts.Count == 0)
        {
            throw new ConflictException("请先抽取验收专家组");
        }
        var today = clock.TodayInChina();
        var conclusion = request.Conclusion?.Trim() ?? "";
        var opinion = request.Comment?.Trim() ?? "";
        var applied = DateOnly.FromDateTime(acceptance.AppliedAt.ToOffset(Zh.Offset).DateTime);
        var validation = new Validation();
        validation.Require(Conclusions.ContainsKey(conclusion), "conclusion", "验收结论应为 通过、结题 或 不通过");
        validation.Require(opinion.Length > 0, "comment", "请填写专家组验收意见");
        validation.Require(opinion.Length <= ExecutionRules.MaxReport, "comment", $"验收意见不能超过{ExecutionRules.MaxReport}个字");
        if (request.MeetingOn is not { } meeting)
        {
            validation.Add("meetingOn", "请填写验收会议日期");
        }
        else if (meeting > today || meeting < applied)
        {
            validation.Add("meetingOn", $"验收会议日期应在申请验收（{Zh.Date(applied)}）之后、今天之前");
        }
        validation.ThrowIfAny();
        var on = request.MeetingOn!.Value;
        acceptance.MeetingOn = on;
        acceptance.Conclusion = conclusion;
        acceptance.Opinion = opinion;
        acceptance.ConcludedBy = caller.UserName;
        acceptance.ConcludedAt = clock.GetUtcNow();
        project.Status = Conclusions[conclusion];
        project.ClosedAt = Noon(on);
        if (project.Status == ApplicationStatus.Failed)
        {
            project.BanUntil = on.AddYears(call.BanYears);
            project.CloseReason = opinion;
        }
        project.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetExecution.LoadAsync(db, project, today, ct);
    }

    /// <summary>A day as the instant the figures file it under: the bureau's noon, as the approval does (§6.5).</summary>
    internal static DateTimeOffset Noon(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), Zh.Offset).ToUniversalTime();
}
