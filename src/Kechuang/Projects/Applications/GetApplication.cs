using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

public sealed class GetApplication(KechuangDbContext db)
{
    public async Task<ApplicationDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
        var title = await db.ProjectCalls.AsNoTracking().Where(c => c.Id == application.CallId).Select(c => c.Title).FirstAsync(ct);
        return ApplicationDto.From(application, title);
    }
}
