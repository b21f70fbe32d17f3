using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Projects.Calls;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>
/// An enterprise starts an application to a call it can see (docs/domain.md §6.4): a draft only it reads until it
/// submits. One live application per enterprise and call: a second is 409 naming the first.
/// </summary>
public sealed class CreateApplication(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ApplicationDto> HandleAsync(Caller caller, ApplicationRequest request, CancellationToken ct = default)
    {
        if (!caller.IsIn(Roles.Enterprise) || caller.EnterpriseId is not { } enterprise)
        {
            throw new ForbiddenException("项目申报由企业用户在线填报");
        }
        if (request.CallId is not { } callId)
        {
            throw new ValidationFailedException("callId", "请选择申报的指南（callId）");
        }
        var call = await CallAccess.LoadAsync(db, caller, callId, track: false, ct);
        var today = clock.TodayInChina();
        SaveApplication.RequireCallNotClosed(call, today);
        var validation = new Validation();
        ApplicationRules.Check(request, validation);
        validation.ThrowIfAny();
        var existing = await db.ProjectApplications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.CallId == callId && a.EnterpriseId == enterprise && a.Status != ApplicationStatus.Withdrawn, ct);
        if (existing is not null)
        {
            throw new ConflictException($"本企业已有该指南的申报“{existing.Title}”（{existing.Status}），请在其中修改");
        }
        var standing = await EnterpriseLookup.StandingAsync(db, enterprise, today, ct) ?? throw new NotFoundException("未找到本企业");
        var now = clock.GetUtcNow();
        var application = new ProjectApplication
        {
            CallId = callId, CallRegionCode = call.RegionCode, EnterpriseId = enterprise, EnterpriseName = standing.Name,
            EnterpriseRegionCode = standing.RegionCode, Title = "", CreatedAt = now,
        };
        db.ProjectApplications.Add(application);
        SaveApplication.Apply(db, application, request, now);
        await db.SaveChangesAsync(ct);
        return ApplicationDto.From(application, call.Title);
    }
}
