using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Messaging;

/// <summary>What one pass did.</summary>
public sealed record OutboxPass(int Sent, int Retrying, int Failed);

/// <summary>
/// One pass of the outbox worker (docs/domain.md §7.11): every due 待发送 row is claimed, sent and marked. A row is
/// claimed by one conditional UPDATE (pending, and no lease or an expired one); only the worker whose UPDATE changed the
/// row sends it, so several web nodes on one database send each message once. A failure waits 1, 2, 4 … × the first
/// retry and after the last attempt is 失败 with its error kept. The hosted worker calls this on a timer; tests call it.
/// </summary>
public sealed class ProcessOutbox(KechuangDbContext db, IEmailSender email, ISmsSender sms, MessagingOptions options)
{
    private const int Batch = 100;

    public async Task<OutboxPass> HandleAsync(DateTimeOffset now, string? workerId = null, CancellationToken ct = default)
    {
        var worker = workerId ?? $"{Environment.MachineName}:{Environment.ProcessId}";
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == MessageStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        int sent = 0, retrying = 0, failed = 0;
        foreach (var id in due)
        {
            var lease = now + options.Lease;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.Status == MessageStatus.Pending && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, worker).SetProperty(m => m.LeaseUntil, lease), ct);
            if (claimed != 1)
            {
                continue;      // another worker has it
            }
            var message = await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.Id == id, ct);
            string? error = null;
            try
            {
                await SendAsync(message, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                error = $"{e.GetType().Name}: {e.Message}";
            }
            var attempts = message.Attempts + 1;
            var status = error is null ? MessageStatus.Sent : attempts >= options.MaxAttempts ? MessageStatus.Failed : MessageStatus.Pending;
            var next = error is null ? message.NextAttemptAt : now + options.Backoff(attempts);
            var lastError = error is null ? message.LastError : error.Length > 1000 ? error[..1000] : error;
            DateTimeOffset? sentAt = error is null ? now : null;
            await db.OutboxMessages.Where(m => m.Id == id && m.ClaimedBy == worker)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status).SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LastError, lastError).SetProperty(m => m.SentAt, sentAt)
                    .SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
            _ = status switch
            {
                MessageStatus.Sent => sent++,
                MessageStatus.Failed => failed++,
                _ => retrying++,
            };
        }
        return new OutboxPass(sent, retrying, failed);
    }

    private Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var delivery = new Delivery(message.Id, message.Address, message.Subject, message.Body);
        return message.Channel switch
        {
            MessageChannel.Email => email.SendAsync(delivery, ct),
            MessageChannel.Sms => sms.SendAsync(delivery, ct),
            _ => Task.CompletedTask,
        };
    }
}
