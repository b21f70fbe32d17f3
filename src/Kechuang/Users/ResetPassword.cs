using Kechuang.Common;
using Kechuang.Data;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Users;

public sealed record ResetPasswordRequest(string? Password);

/// <summary>
/// An administrator sets a new password; the account's other sign-ins end (a new security stamp). A disabled account
/// stays disabled: 启用 is its own action (ADR 0014: wrong passwords no longer lock anyone).
/// </summary>
public sealed class ResetPassword(KechuangDbContext db, UserManager<AppUser> users, SessionValidity sessions)
{
    public async Task HandleAsync(Caller caller, string id, ResetPasswordRequest request, CancellationToken ct = default)
    {
        var user = await GetUser.LoadAsync(db, caller, id, ct);
        if (string.IsNullOrWhiteSpace(request.Password))
        {
            throw new ValidationFailedException("password", "请填写新密码");
        }
        await SetAsync(users, user, request.Password);
        sessions.Forget(user.Id);
    }

    internal static async Task SetAsync(UserManager<AppUser> users, AppUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            (await validator.ValidateAsync(users, user, password)).ThrowIfFailed();
        }
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.AccessFailedCount = 0;
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
    }
}
