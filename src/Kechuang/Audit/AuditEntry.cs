namespace Kechuang.Audit;

/// <summary>One write to one record: who, when, what, and the values before and after. Never updated or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public string? UserId { get; init; }
    public required string UserName { get; init; }

    /// <summary>Region of the acting user; null for the program itself. Admins see the entries of their region.</summary>
    public string? UserRegion { get; init; }

    /// <summary>The client's address as the node saw it — behind the proxy, from its X-Forwarded-For (docs/deploy.md); null for the program itself.</summary>
    public string? ClientAddress { get; init; }
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }

    /// <summary>created, updated or deleted.</summary>
    public required string Action { get; init; }

    /// <summary>JSON object of the changed properties before the write; null for a creation.</summary>
    public string? Before { get; init; }

    /// <summary>JSON object of the changed properties after the write; null for a deletion.</summary>
    public string? After { get; init; }
}
