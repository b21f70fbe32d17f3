using System.Threading.RateLimiting;

namespace Kechuang.Users;

/// <summary>
/// Failed logins counted with .NET's rate limiters (System.Threading.RateLimiting, what ASP.NET Core's rate-limiting
/// middleware is built on), per client address and per account on that address (ADR 0014). Only failures count, so a
/// bureau's thirty staff behind one address log in at nine without tripping anything; and the account itself is never
/// locked: a guesser blocks its own address, while the real admin logs in from another.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    /// <summary>Failures an address may make in <see cref="AddressWindow"/>, whatever the accounts.</summary>
    public const int AddressFailures = 10;
    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(5);

    /// <summary>Failures for one account from one address in <see cref="AccountWindow"/>.</summary>
    public const int AccountFailures = 5;
    public static readonly TimeSpan AccountWindow = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> addresses = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = AddressFailures, Window = AddressWindow, SegmentsPerWindow = 5, QueueLimit = 0,
        }));

    private readonly PartitionedRateLimiter<string> accounts = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = AccountFailures, Window = AccountWindow, SegmentsPerWindow = 15, QueueLimit = 0,
        }));

    /// <summary>How long the caller must wait before trying again, or null when it may try now.</summary>
    public TimeSpan? Blocked(string address, string userName)
    {
        if (addresses.GetStatistics(address)?.CurrentAvailablePermits == 0)
        {
            return AddressWindow / 5;
        }
        return accounts.GetStatistics(Key(address, userName))?.CurrentAvailablePermits == 0 ? AccountWindow / 15 : null;
    }

    public void Failed(string address, string userName)
    {
        using var a = addresses.AttemptAcquire(address);
        using var b = accounts.AttemptAcquire(Key(address, userName));
    }

    private static string Key(string address, string userName) => address + "\n" + userName.Trim().ToUpperInvariant();

    public void Dispose()
    {
        addresses.Dispose();
        accounts.Dispose();
    }
}
