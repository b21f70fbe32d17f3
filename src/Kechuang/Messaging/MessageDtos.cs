namespace Kechuang.Messaging;

public sealed record MessageDto(Guid Id, string Channel, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record OutboxRowDto(Guid Id, string UserId, string? UserName, string Channel, string Address, string Subject, string Status,
    int Attempts, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

public sealed record ListOutboxQuery(string? Status, string? Channel, string? Q, int? Page, int? PageSize);

public sealed record ListMyMessagesQuery(bool? Unread, int? Page, int? PageSize);
