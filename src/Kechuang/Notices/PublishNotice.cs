using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Messaging;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>
/// POST /api/notices/{id}/publish: the audience is resolved and fixed as the notice's receipts, and each user of those
/// enterprises gets one in-app message (and e-mail when it has an address) in the same transaction (docs/domain.md
/// §7.11). An audience of nobody is usually a mistake: 409 with a warning unless <c>confirmEmpty</c>.
/// </summary>
public sealed class PublishNotice(KechuangDbContext db, TimeProvider clock)
{
    public async Task<NoticeDto> HandleAsync(Caller caller, Guid id, PublishNoticeRequest request, CancellationToken ct = default)
    {
        NoticeAccess.RequireWriter(caller);
        var notice = await NoticeAccess.LoadAsync(db, caller, id, ct);
        if (notice.Status != NoticeStatus.Draft)
        {
            throw new ConflictException($"通知{notice.Status}，不能重复发布");
        }
        var today = clock.TodayInChina();
        if (notice.Deadline is { } deadline && deadline < today)
        {
            throw new ValidationFailedException("deadline", "回复截止日期已过，请修改后再发布");
        }
        var audience = await NoticeAudience.ResolveAsync(db, notice, today, ct);
        if (audience.Count == 0 && !request.ConfirmEmpty)
        {
            throw new ConflictException($"发送范围（{NoticeAudience.Describe(notice)}）内目前没有企业，发布后没有企业会收到此通知。确认仍要发布，请再次确认（confirmEmpty: true）");
        }
        var now = clock.GetUtcNow();
        foreach (var e in audience)
        {
            db.NoticeRecipients.Add(new NoticeRecipient { NoticeId = notice.Id, EnterpriseId = e.Id, EnterpriseName = e.Name });
        }
        var ids = audience.Select(e => e.Id).ToArray();
        var users = await db.Users.AsNoTracking().Where(u => u.EnterpriseId != null && EF.Parameter(ids).Contains(u.EnterpriseId!.Value))
            .Select(u => u.Id).ToListAsync(ct);
        var excerpt = notice.Body.Length > 200 ? notice.Body[..200] + "…" : notice.Body;
        await Outbox.QueueAsync(db, [.. users.Select(u => new MessageRequest(u, "通知：" + notice.Title,
            excerpt + (notice.Deadline is { } d ? $"\n（请于{Zh.Date(d)}前回复）" : ""), $"notice:{notice.Id:N}:{u}", $"/notices/mine?id={notice.Id}"))], now, ct);
        notice.Status = NoticeStatus.Published;
        notice.PublishedAt = now;
        notice.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return await GetNotice.DtoAsync(db, notice, ct);
    }
}
