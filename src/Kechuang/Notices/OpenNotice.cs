using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Notices;

/// <summary>
/// GET /api/notices/mine/{id}: an enterprise user opens a notice addressed to its enterprise; the first opening records
/// the read receipt (who, when). Another enterprise's notice answers 404.
/// </summary>
public sealed class OpenNotice(KechuangDbContext db, TimeProvider clock)
{
    public async Task<MyNoticeDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var (notice, recipient) = await NoticeAccess.LoadMineAsync(db, caller, id, ct);
        if (recipient.ReadAt is null)
        {
            recipient.ReadAt = clock.GetUtcNow();
            recipient.ReadBy = caller.UserName;
            await db.SaveChangesAsync(ct);
        }
        return await DtoAsync(db, notice, recipient, clock.TodayInChina(), ct);
    }

    internal static async Task<MyNoticeDto> DtoAsync(KechuangDbContext db, Notice notice, NoticeRecipient recipient, DateOnly today, CancellationToken ct)
    {
        var regions = await RegionLookup.ForAsync(db, ct, notice.RegionCode);
        var files = await GetNotice.FilesAsync(db, notice.Id, null, ct);
        var replies = await GetNoticeReceipts.RepliesAsync(db, notice.Id, recipient.EnterpriseId, ct);
        return new MyNoticeDto(notice.Id, notice.Title, notice.Body, ListMyNotices.Issuer(regions(notice.RegionCode)?.Name), notice.PublishedAt!.Value,
            notice.Deadline, notice.Status == NoticeStatus.Withdrawn, ReplyNotice.Open(notice, today) is null, files, replies);
    }
}
