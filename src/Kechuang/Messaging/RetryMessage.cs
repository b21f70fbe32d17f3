using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Messaging;

/// <summary>POST /api/messages/outbox/{id}/retry: a 失败 message goes back to 待发送 with fresh attempts, due now.</summary>
public sealed class RetryMessage(KechuangDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        MessagingAccess.RequireRetry(caller);
        var message = await db.OutboxMessages.Within(m => m.RegionCode, caller.Region, RegionColumn.AnyCodes, RegionScope.MatchFor(db))
            .FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("未找到该消息");
        if (message.Status != MessageStatus.Failed)
        {
            throw new ConflictException($"该消息{message.Status}，只有发送失败的消息可以重发");
        }
        message.Status = MessageStatus.Pending;
        message.Attempts = 0;
        message.NextAttemptAt = clock.GetUtcNow();
        message.ClaimedBy = null;
        message.LeaseUntil = null;
        await db.SaveChangesAsync(ct);
    }
}
