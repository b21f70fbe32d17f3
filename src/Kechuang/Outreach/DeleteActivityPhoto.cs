using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>DELETE /api/outreach/activities/{id}/photos/{photoId}.</summary>
public sealed class DeleteActivityPhoto(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, Guid photoId, CancellationToken ct = default)
    {
        var activity = await OutreachAccess.LoadActivityAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, activity.RegionCode);
        var photo = await db.ActivityPhotos.FirstOrDefaultAsync(p => p.Id == photoId && p.ActivityId == id, ct)
            ?? throw new NotFoundException("未找到该照片");
        db.ActivityPhotos.Remove(photo);
        await db.SaveChangesAsync(ct);
    }
}
