using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>GET /api/notices/{id}: a notice of the caller's region with its counts and files.</summary>
public sealed class GetNotice(KechuangDbContext db)
{
    public async Task<NoticeDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        await DtoAsync(db, await NoticeAccess.LoadAsync(db, caller, id, ct), ct);

    internal static async Task<NoticeDto> DtoAsync(KechuangDbContext db, Notice n, CancellationToken ct)
    {
        var audience = await db.NoticeRecipients.CountAsync(r => r.NoticeId == n.Id, ct);
        var read = await db.NoticeRecipients.CountAsync(r => r.NoticeId == n.Id && r.ReadAt != null, ct);
        var replies = await db.NoticeReplies.CountAsync(r => r.NoticeId == n.Id, ct);
        var files = await FilesAsync(db, n.Id, null, ct);
        return new NoticeDto(n.Id, n.RegionCode, n.Title, n.Body, n.Audience, n.AudienceTitle, n.EnterpriseIds, NoticeAudience.Describe(n), n.IsPublic,
            n.Deadline, n.Status, n.CreatedBy, n.CreatedAt, n.UpdatedAt, n.PublishedAt, n.WithdrawnAt, n.Version, audience, read, replies, files);
    }

    /// <summary>The notice's own files (no reply's).</summary>
    internal static Task<List<NoticeFileDto>> FilesAsync(KechuangDbContext db, Guid noticeId, Guid? replyId, CancellationToken ct) =>
        db.NoticeFiles.AsNoTracking().Where(f => f.NoticeId == noticeId && f.ReplyId == replyId).OrderBy(f => f.UploadedAt)
            .Select(f => new NoticeFileDto(f.Id, f.FileName, f.ContentType, f.Size)).ToListAsync(ct);
}
