using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>GET /api/outreach/activities/{id}: one activity with its photos.</summary>
public sealed class GetActivity(KechuangDbContext db)
{
    public async Task<ActivityDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var activity = await OutreachAccess.LoadActivityAsync(db, caller, id, ct);
        return (await ListActivities.DtosAsync(db, [activity], ct))[0];
    }
}
