using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>
/// POST /api/outreach/activities/{id}/photos: a photo of the activity — JPEG or PNG judged by its first bytes, within
/// <see cref="UploadLimits.Photos"/>, at most <see cref="MaxPhotos"/> per activity; kept under its typed name
/// (docs/architecture.md, Uploads).
/// </summary>
public sealed class AttachActivityPhoto(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    public const int MaxPhotos = 20;

    public async Task<PhotoDto> HandleAsync(Caller caller, Guid id, string? fileName, Stream content, CancellationToken ct = default)
    {
        var activity = await OutreachAccess.LoadActivityAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, activity.RegionCode);
        byte[] bytes;
        try
        {
            bytes = await UploadLimits.ReadAsync(content, limits.Photos, ct);
        }
        catch (ValidationFailedException)
        {
            // The shared words speak of imports; a photo is refused in its own.
            throw new ValidationFailedException("file", $"照片过大：单张不超过 {limits.Photos.SizeText}，请压缩后再上传");
        }
        if (bytes.Length == 0)
        {
            throw new ValidationFailedException("file", "照片文件是空的");
        }
        var type = OutreachRules.PhotoType(bytes)
            ?? throw new ValidationFailedException("file", "只能上传 JPG 或 PNG 格式的照片（按文件内容判断，改扩展名无效）");
        if (await db.ActivityPhotos.CountAsync(p => p.ActivityId == id, ct) >= MaxPhotos)
        {
            throw new ValidationFailedException("file", $"每项活动最多保存 {MaxPhotos} 张照片，请先删除不需要的");
        }
        var photo = new ActivityPhoto
        {
            ActivityId = id,
            FileName = OutreachRules.PhotoName(fileName, type),
            ContentType = type,
            Size = bytes.Length,
            Content = bytes,
            UploadedBy = caller.UserName,
            UploadedAt = clock.GetUtcNow(),
        };
        db.ActivityPhotos.Add(photo);
        await db.SaveChangesAsync(ct);
        return new PhotoDto(photo.Id, photo.FileName, photo.ContentType, photo.Size, photo.UploadedAt);
    }
}
