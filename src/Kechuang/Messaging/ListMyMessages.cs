using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Messaging;

/// <summary>GET /api/messages/mine: the caller's in-app messages, newest first (docs/domain.md §7.11).</summary>
public sealed class ListMyMessages(KechuangDbContext db)
{
    public async Task<Page<MessageDto>> HandleAsync(Caller caller, ListMyMessagesQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<MessageDto>.Normalize(query.Page, query.PageSize);
        var rows = db.OutboxMessages.AsNoTracking().Where(m => m.UserId == caller.UserId && m.Channel == MessageChannel.InApp);
        if (query.Unread == true)
        {
            rows = rows.Where(m => m.ReadAt == null);
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Skip((page - 1) * size).Take(size)
            .Select(m => new MessageDto(m.Id, m.Channel, m.Subject, m.Body, m.Link, m.CreatedAt, m.ReadAt)).ToListAsync(ct);
        return new Page<MessageDto>(items, total, page, size);
    }
}

/// <summary>GET /api/messages/mine/unread: how many in-app messages the caller has not opened (the bell in the header).</summary>
public sealed class CountUnreadMessages(KechuangDbContext db)
{
    public Task<int> HandleAsync(Caller caller, CancellationToken ct = default) =>
        db.OutboxMessages.AsNoTracking().CountAsync(m => m.UserId == caller.UserId && m.Channel == MessageChannel.InApp && m.ReadAt == null, ct);
}

/// <summary>POST /api/messages/{id}/read: the caller opened one of its messages (another's answers 404); id empty: all of them.</summary>
public sealed class MarkMessageRead(KechuangDbContext db, TimeProvider clock)
{
    public async Task<int> HandleAsync(Caller caller, Guid? id, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var rows = db.OutboxMessages.Where(m => m.UserId == caller.UserId && m.Channel == MessageChannel.InApp);
        if (id is { } one)
        {
            if (!await rows.AnyAsync(m => m.Id == one, ct))
            {
                throw new NotFoundException("未找到该消息");
            }
            rows = rows.Where(m => m.Id == one);
        }
        return await rows.Where(m => m.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), ct);
    }
}
