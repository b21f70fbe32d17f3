using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>GET /api/notices/mine: the published notices addressed to the caller's enterprise, newest first.</summary>
public sealed class ListMyNotices(KechuangDbContext db)
{
    public async Task<IReadOnlyList<MyNoticeItem>> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        var enterprise = NoticeAccess.RequireEnterprise(caller);
        var rows = await (from r in db.NoticeRecipients.AsNoTracking()
                          join n in db.Notices.AsNoTracking() on r.NoticeId equals n.Id
                          where r.EnterpriseId == enterprise && n.Status != NoticeStatus.Draft
                          select new { n.Id, n.Title, n.RegionCode, n.PublishedAt, n.Deadline, n.Status, r.ReadAt }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToArray();
        var replies = await db.NoticeReplies.AsNoTracking().Where(r => r.EnterpriseId == enterprise && EF.Parameter(ids).Contains(r.NoticeId))
            .GroupBy(r => r.NoticeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. rows.Select(r => r.RegionCode).Distinct()]);
        return [.. rows.OrderByDescending(r => r.PublishedAt).Select(r => new MyNoticeItem(r.Id, r.Title, Issuer(regions(r.RegionCode)?.Name),
            r.PublishedAt!.Value, r.Deadline, r.Status == NoticeStatus.Withdrawn, r.ReadAt, replies.GetValueOrDefault(r.Id)))];
    }

    internal static string Issuer(string? regionName) => (regionName ?? "") + "科技局";
}

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

/// <summary>
/// POST /api/notices/mine/{id}/replies (form: text, optional file): the enterprise answers a notice addressed to it
/// until the deadline (inclusive, China time); after it, or once withdrawn, 409.
/// </summary>
public sealed class ReplyNotice(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    public async Task<MyNoticeDto> HandleAsync(Caller caller, Guid id, string? text, string? fileName, Stream? content, CancellationToken ct = default)
    {
        var (notice, recipient) = await NoticeAccess.LoadMineAsync(db, caller, id, ct);
        var today = clock.TodayInChina();
        if (Open(notice, today) is { } closed)
        {
            throw new ConflictException(closed);
        }
        var v = new Validation().Text(text, "text", "回复内容", NoticeRules.MaxReply);
        v.ThrowIfAny();
        var now = clock.GetUtcNow();
        NoticeFile? file = null;
        if (content is not null && fileName is not null)
        {
            file = await NoticeUpload.ReadAsync(limits, notice.Id, recipient.EnterpriseId, fileName, content, now, ct);
            db.NoticeFiles.Add(file);
        }
        var reply = new NoticeReply
        {
            NoticeId = notice.Id, EnterpriseId = recipient.EnterpriseId, EnterpriseName = recipient.EnterpriseName, UserName = caller.UserName,
            Text = text!.Trim(), FileId = file?.Id, CreatedAt = now,
        };
        db.NoticeReplies.Add(reply);
        if (file is not null)
        {
            file.ReplyId = reply.Id;
        }
        if (recipient.ReadAt is null)
        {
            recipient.ReadAt = now;
            recipient.ReadBy = caller.UserName;
        }
        await db.SaveChangesAsync(ct);
        return await OpenNotice.DtoAsync(db, notice, recipient, today, ct);
    }

    /// <summary>Why replies are closed, or null while they are taken.</summary>
    internal static string? Open(Notice notice, DateOnly today) =>
        notice.Status == NoticeStatus.Withdrawn ? "通知已撤回，不再接受回复"
        : notice.Deadline is { } d && today > d ? $"回复已于{Zh.Date(d)}截止"
        : null;
}
