namespace Kechuang.Messaging.Reminders;

/// <summary>
/// A kind of reminder (docs/domain.md §7.11): given today, the users to remind and what to say, each with a dedupe key
/// so the same reminder is queued once however often the worker asks. Every public implementation in the core assembly
/// is registered (KechuangServices), as IIndicatorCalculator is.
/// </summary>
public interface IReminderSource
{
    string Name { get; }

    Task<IReadOnlyList<MessageRequest>> FindAsync(DateOnly today, CancellationToken ct);
}
