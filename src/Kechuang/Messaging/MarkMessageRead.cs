using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Messaging;

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
