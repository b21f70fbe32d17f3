using Microsoft.AspNetCore.Identity;

namespace Kechuang.Users;

/// <summary>What a login attempt comes to: the user, or the Chinese reason and, when throttled, how long to wait.</summary>
public sealed record LoginResult(AppUser? User, string? Error, TimeSpan? RetryAfter)
{
    public bool Succeeded => User is not null;
}

/// <summary>
/// The one login check behind the login page and <c>POST /api/auth/token</c> (ADR 0014): throttled per address and per
/// account on that address (<see cref="LoginThrottle"/>); an unknown user and a wrong password get the same answer in
/// about the same time (the password is checked against a stand-in hash); a disabled account says so only to the one
/// who knows its password.
/// </summary>
public sealed class LogIn(UserManager<AppUser> users, LoginThrottle throttle, TimeProvider clock)
{
    public const string WrongPassword = "用户名或密码错误";
    public const string Disabled = "账号已停用，请联系系统管理员";

    private static readonly Lazy<string> StandIn = new(() =>
        new PasswordHasher<AppUser>().HashPassword(new AppUser { DisplayName = "", RegionCode = "" }, Guid.NewGuid().ToString()));

    public async Task<LoginResult> HandleAsync(string userName, string password, string address, CancellationToken ct = default)
    {
        if (throttle.Blocked(address, userName) is { } wait)
        {
            return new LoginResult(null, $"登录失败次数过多，请{Math.Ceiling(wait.TotalMinutes):0}分钟后再试", wait);
        }
        var user = await users.FindByNameAsync(userName.Trim());
        bool ok;
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser { DisplayName = "", RegionCode = "" }, StandIn.Value, password);
            ok = false;
        }
        else
        {
            ok = await users.CheckPasswordAsync(user, password);
        }
        if (!ok)
        {
            throttle.Failed(address, userName);
            return new LoginResult(null, WrongPassword, null);
        }
        if (user!.LockoutEnd > clock.GetUtcNow())
        {
            return new LoginResult(null, Disabled, null);
        }
        return new LoginResult(user, null, null);
    }
}
