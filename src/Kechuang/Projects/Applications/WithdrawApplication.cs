using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>撤回: the enterprise takes its application back before the formal check passes it; it may then start another.</summary>
public sealed class WithdrawApplication(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ApplicationDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
        ApplicationAccess.RequireApplicant(caller, application);
        // Only before the formal check passes it: from then on the bureau's review, funding and approval depend on it.
        if (!ApplicationStatus.Withdrawable(application.Status))
        {
            throw new ConflictException($"申报书{application.Status}，不能撤回");
        }
        application.Status = ApplicationStatus.Withdrawn;
        application.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var call = await db.ProjectCalls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, ct);
        return ApplicationDto.From(application, call.Title);
    }
}
