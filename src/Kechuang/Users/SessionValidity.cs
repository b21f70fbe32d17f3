using System.Collections.Concurrent;
using System.Security.Claims;
using Kechuang.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kechuang.Users;

/// <summary>
/// Whether a signed-in cookie, bearer token or Blazor circuit still stands for its account: the user exists, is not
/// disabled, and has the security stamp the sign-in carried — disabling, a new password and a change of roles, region or
/// enterprise all give a new stamp (docs/architecture.md, Security). Asked on every request; the answer is kept for
/// <see cref="CacheFor"/> per node, and forgotten at once on the node that made the change, so revocation takes effect
/// on the next request there and within seconds on the others (they read the shared database).
/// </summary>
public sealed class SessionValidity(IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private sealed record Entry(bool Exists, string? Stamp, DateTimeOffset? LockoutEnd, DateTimeOffset ReadAt);

    private readonly ConcurrentDictionary<string, Entry> cache = new();

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        if (id is null)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        if (!cache.TryGetValue(id, out var entry) || now - entry.ReadAt >= CacheFor || now < entry.ReadAt)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            var row = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.SecurityStamp, u.LockoutEnd }).FirstOrDefaultAsync(ct);
            entry = new Entry(row is not null, row?.SecurityStamp, row?.LockoutEnd, now);
            cache[id] = entry;
        }
        return entry.Exists
            && entry.Stamp == user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType)
            && !(entry.LockoutEnd > now);
    }

    /// <summary>Called by the use cases that change an account, so this node asks the database on the next request.</summary>
    public void Forget(string userId) => cache.TryRemove(userId, out _);
}
