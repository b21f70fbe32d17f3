namespace Kechuang.Messaging;

/// <summary>
/// One message to one user on one channel (docs/domain.md §7.11): queued in the same transaction as what caused it,
/// sent by <see cref="ProcessOutbox"/> with retries, kept with its outcome. An in-app message is delivered by being
/// stored, so it is 已发送 at once and is the user's inbox row.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string UserId { get; init; }

    /// <summary>The recipient's region when queued: staff see the history of their region.</summary>
    public required string RegionCode { get; init; }

    public required string Channel { get; init; }

    /// <summary>The e-mail address or phone number it goes to (empty in-app).</summary>
    public string Address { get; init; } = "";

    public required string Subject { get; init; }
    public required string Body { get; init; }

    /// <summary>A page of the app the message is about, e.g. /notices/mine?id=….</summary>
    public string? Link { get; init; }

    public string Status { get; set; } = MessageStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>When the user opened it in the inbox (in-app only).</summary>
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>The same reminder or notice queues once: unique when set.</summary>
    public string? DedupeKey { get; init; }

    /// <summary>The worker that holds the row until <see cref="LeaseUntil"/>: one send per message across nodes.</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}

public static class MessageChannel
{
    public const string InApp = "站内";
    public const string Email = "邮件";
    public const string Sms = "短信";

    public static readonly IReadOnlyList<string> All = [InApp, Email, Sms];
}

public static class MessageStatus
{
    public const string Pending = "待发送";
    public const string Sent = "已发送";
    public const string Failed = "失败";

    public static readonly IReadOnlyList<string> All = [Pending, Sent, Failed];
}
