using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// PUT /api/projects/objections/{id}: how the bureau handled an objection (docs/domain.md §6.5); upheld, the project
/// leaves the list (未立项) — possible only before the approval.
/// </summary>
public sealed class HandleObjection(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ObjectionDto> HandleAsync(Caller caller, Guid objectionId, ObjectionHandling request, CancellationToken ct = default)
    {
        var objection = await db.PublicityObjections.FirstOrDefaultAsync(o => o.Id == objectionId, ct) ?? throw new NotFoundException("未找到该异议");
        var call = await ReviewAccess.CallAsync(db, caller, objection.CallId, write: true, ct);
        if (objection.Upheld is not null)
        {
            throw new ConflictException("该异议已处理");
        }
        var handling = request.Handling?.Trim() ?? "";
        var validation = new Validation();
        validation.Require(handling.Length is > 0 and <= Execution.ExecutionRules.MaxReport, "handling", $"请填写处理意见（{Execution.ExecutionRules.MaxReport}个字以内）");
        validation.Require(request.Upheld is not null, "upheld", "请选择异议是否成立");
        validation.ThrowIfAny();
        if (request.Upheld == true)
        {
            if (call.ApprovedAt is not null)
            {
                throw new ConflictException("项目已立项，不能再因异议取消");
            }
            var application = await db.ProjectApplications.FirstAsync(a => a.Id == objection.ApplicationId, ct);
            application.Status = ApplicationStatus.NotApproved;
        }
        objection.Handling = handling;
        objection.Upheld = request.Upheld;
        objection.HandledBy = caller.UserName;
        objection.HandledAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return (await ObjectionDtos.ToDtosAsync(db, [objection], ct))[0];
    }
}
