using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Messaging;

/// <summary>GET /api/messages/mine/unread: how many in-app messages the caller has not opened (the bell in the header).</summary>
public sealed class CountUnreadMessages(KechuangDbContext db)
{
    public Task<int> HandleAsync(Caller caller, CancellationToken ct = default) =>
        db.OutboxMessages.AsNoTracking().CountAsync(m => m.UserId == caller.UserId && m.Channel == MessageChannel.InApp && m.ReadAt == null, ct);
}
