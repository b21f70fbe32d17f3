using Kechuang.Common;
using Kechuang.Data;

namespace Kechuang.Messaging.Reminders;

/// <summary>What each source queued in one pass.</summary>
public sealed record ReminderPass(IReadOnlyDictionary<string, int> Queued);

/// <summary>
/// Asks every <see cref="IReminderSource"/> for today's reminders and queues them; a key already queued is skipped
/// (<see cref="Outbox.QueueAsync"/>), so running it every hour sends each reminder once.
/// </summary>
public sealed class QueueReminders(KechuangDbContext db, IEnumerable<IReminderSource> sources)
{
    public async Task<ReminderPass> HandleAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(Zh.Offset).DateTime);
        var queued = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var requests = await source.FindAsync(today, ct);
            queued[source.Name] = await Outbox.QueueAsync(db, requests, now, ct);
            await db.SaveChangesAsync(ct);
        }
        return new ReminderPass(queued);
    }
}
