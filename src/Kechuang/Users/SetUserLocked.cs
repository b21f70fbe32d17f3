using Kechuang.Common;
using Kechuang.Data;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Users;

/// <summary>Disables (locks indefinitely) or re-enables an account; users are never deleted, the audit trail names them.</summary>
public sealed class SetUserLocked(KechuangDbContext db, UserManager<AppUser> users, SessionValidity sessions)
{
    /// <summary>A lockout that never ends in practice; MaxValue is avoided because PostgreSQL maps it to infinity.</summary>
    public static readonly DateTimeOffset Disabled = new(2999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task HandleAsync(Caller caller, string id, bool locked, CancellationToken ct = default)
    {
        var user = await GetUser.LoadAsync(db, caller, id, ct);
        if (locked && user.Id == caller.UserId)
        {
            throw new ValidationFailedException("id", "不能停用自己的账号");
        }
        await ApplyAsync(users, sessions, user, locked);
    }

    /// <summary>The one way an account is disabled or re-enabled, also used by an enterprise admin for its colleagues (docs/domain.md §7.12).</summary>
    public static async Task ApplyAsync(UserManager<AppUser> users, SessionValidity sessions, AppUser user, bool locked)
    {
        user.LockoutEnd = locked ? Disabled : null;
        user.AccessFailedCount = 0;
        // A new stamp ends the account's cookies, tokens and circuits on their next request (SessionValidity).
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        sessions.Forget(user.Id);
    }
}
