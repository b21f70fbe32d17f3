using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// POST /api/projects/calls/{id}/objections: an objection received during the 立项公示 (公示异议, docs/domain.md §6.5)
/// against a proposed project — who, when (within the period), what. Approval waits until it is handled.
/// </summary>
public sealed class RecordObjection(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ObjectionDto> HandleAsync(Caller caller, Guid callId, ObjectionRequest request, CancellationToken ct = default)
    {
        var call = await ReviewAccess.CallAsync(db, caller, callId, write: true, ct);
        if (call.PublicityFrom is not { } from || call.PublicityUntil is not { } until)
        {
            throw new ConflictException("立项公示尚未发布");
        }
        if (call.ApprovedAt is not null)
        {
            throw new ConflictException("该指南的项目已立项，异议应按信访或投诉处理");
        }
        var application = request.ApplicationId is { } id
            ? await db.ProjectApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.CallId == call.Id, ct)
            : null;
        var raisedBy = request.RaisedBy?.Trim() ?? "";
        var content = request.Content?.Trim() ?? "";
        var validation = new Validation();
        validation.Require(application?.Status == ApplicationStatus.Proposed, "applicationId", "请选择公示名单中的拟立项项目");
        if (request.ReceivedOn is not { } received)
        {
            validation.Add("receivedOn", "请填写收到异议的日期");
        }
        else if (received < from || received > until)
        {
            validation.Add("receivedOn", $"异议应在公示期（{Zh.Date(from)}至{Zh.Date(until)}）内提出");
        }
        validation.Require(raisedBy.Length is > 0 and <= 100, "raisedBy", "请填写异议人（100个字以内）");
        validation.Require(content.Length is > 0 and <= Execution.ExecutionRules.MaxReport, "content", $"请填写异议内容（{Execution.ExecutionRules.MaxReport}个字以内）");
        validation.ThrowIfAny();
        var objection = new PublicityObjection
        {
            CallId = call.Id,
            ApplicationId = application!.Id,
            ReceivedOn = request.ReceivedOn!.Value,
            RaisedBy = raisedBy,
            Content = content,
            RecordedBy = caller.UserName,
            CreatedAt = clock.GetUtcNow(),
        };
        db.PublicityObjections.Add(objection);
        await db.SaveChangesAsync(ct);
        return (await ObjectionDtos.ToDtosAsync(db, [objection], ct))[0];
    }
}
