using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>The enterprise changes its draft, or corrects one the formal check returned, while the call is open.</summary>
public sealed class UpdateApplication(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ApplicationDto> HandleAsync(Caller caller, Guid id, ApplicationRequest request, CancellationToken ct = default)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
        ApplicationAccess.RequireApplicant(caller, application);
        if (!ApplicationStatus.Editable(application.Status))
        {
            throw new ConflictException($"申报书{application.Status}，不能修改");
        }
        var call = await db.ProjectCalls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, ct);
        SaveApplication.RequireCallNotClosed(call, clock.TodayInChina());
        var validation = new Validation();
        ApplicationRules.Check(request, validation);
        validation.ThrowIfAny();
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, application, version);
        }
        SaveApplication.Apply(db, application, request, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ApplicationDto.From(application, call.Title);
    }
}
