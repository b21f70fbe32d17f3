namespace Kechuang.Messaging;

/// <summary>
/// How the outbox sends (docs/domain.md §7.11): attempts before 失败, the first retry's delay (doubling each time),
/// how long a worker holds a claimed row, where the file senders write, and the SMTP server when there is one.
/// </summary>
public sealed record MessagingOptions
{
    public int MaxAttempts { get; init; } = 5;
    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);
    public string Directory { get; init; } = Path.Combine("data", "outbox");
    public SmtpSettings? Smtp { get; init; }

    /// <summary>The wait before the next attempt after <paramref name="attempts"/> failures: 1, 2, 4, 8 … × the first retry.</summary>
    public TimeSpan Backoff(int attempts) => FirstRetry * Math.Pow(2, Math.Max(0, attempts - 1));
}

/// <summary>appsettings <c>Kechuang:Smtp</c>: without a host, mail is written to files instead (ADR 0022).</summary>
public sealed record SmtpSettings(string Host, int Port, string? UserName, string? Password, string From, bool UseSsl);
