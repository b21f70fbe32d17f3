using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>立项: after the publicity period has passed, the proposed projects are approved with their funding (docs/domain.md §6.5).</summary>
public sealed class ApproveProjects(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CallReviewDto> HandleAsync(Caller caller, Guid callId, CancellationToken ct = default)
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
        if (clock.TodayInChina() <= until)
        {
            throw new ConflictException($"公示期至{until:yyyy-MM-dd}，期满后才能立项");
        }
        var proposed = await db.ProjectApplications.Where(a => a.CallId == call.Id && a.Status == ApplicationStatus.Proposed).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var application in proposed)
        {
            application.Status = ApplicationStatus.Approved;
            application.ApprovedAt = now;
        }
        call.ApprovedAt = now;
        await db.SaveChangesAsync(ct);
        return await new GetCallReview(db).HandleAsync(caller, call.Id, ct);
    }
}
