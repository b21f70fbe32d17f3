using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>
/// 形式审查 by the bureau that issued the call: a submitted application passes, or goes back to the enterprise with the
/// reason, to be corrected and submitted again while the call is open (docs/domain.md §6.4).
/// </summary>
public sealed class CheckApplication(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ApplicationDto> HandleAsync(Caller caller, Guid id, CheckRequest request, CancellationToken ct = default)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(RegionCode.Parse(application.CallRegionCode)))
        {
            throw new ForbiddenException("只能审查本辖区发布的指南下的申报");
        }
        var validation = new Validation();
        if (request.Passed is null)
        {
            validation.Add("passed", "请选择审查结论：通过或退回");
        }
        else if (request.Passed == false && string.IsNullOrWhiteSpace(request.Reason))
        {
            validation.Add("reason", "退回请写明原因，企业据此修改");
        }
        if (request.Reason?.Trim().Length > ApplicationRules.MaxReason)
        {
            validation.Add("reason", $"原因不能超过{ApplicationRules.MaxReason}个字");
        }
        validation.ThrowIfAny();
        if (application.Status != ApplicationStatus.Submitted)
        {
            throw new ConflictException($"申报书{application.Status}，只有已提交的申报书可以审查");
        }
        application.Status = request.Passed == true ? ApplicationStatus.Passed : ApplicationStatus.Returned;
        application.ReturnReason = request.Passed == true ? null : request.Reason!.Trim();
        application.CheckedAt = clock.GetUtcNow();
        application.CheckedBy = caller.UserName;
        await db.SaveChangesAsync(ct);
        var call = await db.ProjectCalls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, ct);
        return ApplicationDto.From(application, call.Title);
    }
}
