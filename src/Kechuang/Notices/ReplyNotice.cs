using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Notices;

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
