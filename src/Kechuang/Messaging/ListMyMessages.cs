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
