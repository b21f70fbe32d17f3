using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>GET /api/outreach/activities/{id}/photos/{photoId}: the photo's bytes under its typed name.</summary>
public sealed class GetActivityPhoto(KechuangDbContext db)
{
    public async Task<PhotoFile> HandleAsync(Caller caller, Guid id, Guid photoId, CancellationToken ct = default)
    {
        await OutreachAccess.LoadActivityAsync(db, caller, id, ct);
        var photo = await db.ActivityPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId && p.ActivityId == id, ct)
            ?? throw new NotFoundException("未找到该照片");
        return new PhotoFile(photo.Content, photo.ContentType, photo.FileName);
    }
}
