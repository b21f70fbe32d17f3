using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>DELETE /api/outreach/activities/{id}: an activity registered by mistake, with its photos.</summary>
public sealed class DeleteActivity(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var activity = await OutreachAccess.LoadActivityAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, activity.RegionCode);
        db.OutreachActivities.Remove(activity);
        await db.SaveChangesAsync(ct);
    }
}
