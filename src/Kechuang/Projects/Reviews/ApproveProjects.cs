using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// 立项: after the publicity period has passed, the proposed projects are approved with their funding (docs/domain.md
/// §6.5) — on the date of the approval document when the bureau enters it afterwards (立项文件的日期和文号), which is
/// the date the figures count it on.
/// </summary>
public sealed class ApproveProjects(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CallReviewDto> HandleAsync(Caller caller, Guid callId, ApprovalRequest request, CancellationToken ct = default)
    {
        var call = await ReviewAccess.CallAsync(db, caller, callId, write: true, ct);
        if (call.PublicityUntil is not { } until)
        {
            throw new ConflictException("请先发布立项公示");
        }
        if (call.ApprovedAt is not null)
        {
            throw new ConflictException("该指南的项目已立项");
        }
        var today = clock.TodayInChina();
        if (request.ApprovedOn is null && today <= until)
        {
            throw new ConflictException($"公示期至{until:yyyy-MM-dd}，期满后才能立项");
        }
        var on = request.ApprovedOn ?? today;
        var validation = new Validation();
        if (on > today)
        {
            validation.Add("approvedOn", $"立项日期 {Zh.Date(on)} 晚于今天");
        }
        else if (on <= until)
        {
            validation.Add("approvedOn", $"立项日期应在公示期（至{Zh.Date(until)}）结束之后");
        }
        if (request.DocumentNumber?.Trim().Length > 50)
        {
            validation.Add("documentNumber", "立项文号不能超过50个字");
        }
        validation.ThrowIfAny();
        if (await db.PublicityObjections.AnyAsync(o => o.CallId == call.Id && o.Upheld == null, ct))
        {
            throw new ConflictException("公示期间收到的异议尚未处理完，处理后才能立项");
        }
        var proposed = await db.ProjectApplications.Where(a => a.CallId == call.Id && a.Status == ApplicationStatus.Proposed).ToListAsync(ct);
        // The document's date at the bureau's noon, or now when approved today.
        var now = on == today ? clock.GetUtcNow() : new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
        foreach (var application in proposed)
        {
            application.Status = ApplicationStatus.Approved;
            application.ApprovedAt = now;
        }
        call.ApprovedAt = now;
        call.ApprovalDocument = string.IsNullOrWhiteSpace(request.DocumentNumber) ? null : request.DocumentNumber.Trim();
        await db.SaveChangesAsync(ct);
        return await new GetCallReview(db).HandleAsync(caller, call.Id, ct);
    }
}
