using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>GET /api/notices/{id}/receipts: every enterprise of the audience with whether, when and by whom it was read, and the replies.</summary>
public sealed class GetNoticeReceipts(KechuangDbContext db)
{
    public async Task<NoticeReceiptsDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var notice = await NoticeAccess.LoadAsync(db, caller, id, ct);
        return await ReceiptsAsync(db, notice, null, ct);
    }

    internal static async Task<NoticeReceiptsDto> ReceiptsAsync(KechuangDbContext db, Notice notice, Guid? enterpriseId, CancellationToken ct)
    {
        var recipients = await db.NoticeRecipients.AsNoTracking().Where(r => r.NoticeId == notice.Id).ToListAsync(ct);
        var replies = await RepliesAsync(db, notice.Id, enterpriseId, ct);
        var receipts = recipients.OrderBy(r => r.ReadAt is null ? 0 : 1).ThenBy(r => r.EnterpriseName, StringComparer.Ordinal)
            .Select(r => new ReceiptDto(r.EnterpriseId, r.EnterpriseName, r.ReadAt, r.ReadBy, replies.Count(p => p.EnterpriseId == r.EnterpriseId))).ToList();
        return new NoticeReceiptsDto(notice.Id, notice.Title, recipients.Count, recipients.Count(r => r.ReadAt is not null), receipts, replies);
    }

    internal static async Task<List<ReplyDto>> RepliesAsync(KechuangDbContext db, Guid noticeId, Guid? enterpriseId, CancellationToken ct)
    {
        var rows = db.NoticeReplies.AsNoTracking().Where(r => r.NoticeId == noticeId);
        if (enterpriseId is { } e)
        {
            rows = rows.Where(r => r.EnterpriseId == e);
        }
        var replies = await rows.OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var fileIds = replies.Where(r => r.FileId != null).Select(r => r.FileId!.Value).ToArray();
        var files = await db.NoticeFiles.AsNoTracking().Where(f => EF.Parameter(fileIds).Contains(f.Id))
            .Select(f => new NoticeFileDto(f.Id, f.FileName, f.ContentType, f.Size)).ToDictionaryAsync(f => f.Id, ct);
        return [.. replies.Select(r => new ReplyDto(r.Id, r.EnterpriseId, r.EnterpriseName, r.UserName, r.Text,
            r.FileId is { } f ? files.GetValueOrDefault(f) : null, r.CreatedAt))];
    }
}
