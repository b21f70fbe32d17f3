using Kechuang.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kechuang.Web.Api;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", IssueToken).AllowAnonymous()
            .WithTags("登录")
            .WithName("IssueToken")
            .WithSummary("用用户名和密码换取访问令牌（Bearer）")
            .Produces<TokenResponse>()
            .ProducesValidationProblem();
    }

    /// <summary>A bearer token for scripts; wrong passwords count towards the lockout exactly as on the login page.</summary>
    private static async Task<IResult> IssueToken(
        TokenRequest request,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer,
        TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.UserName))
            {
                errors["userName"] = ["请填写用户名"];
            }
            if (string.IsNullOrEmpty(request.Password))
            {
                errors["password"] = ["请填写密码"];
            }
            return Results.ValidationProblem(errors, title: "输入有误");
        }
        var user = await users.FindByNameAsync(request.UserName.Trim());
        if (user is null)
        {
            return Unauthorized("用户名或密码错误");
        }
        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Unauthorized("账号已锁定：连续5次密码错误会锁定15分钟，停用的账号请联系管理员");
        }
        if (!result.Succeeded)
        {
            return Unauthorized("用户名或密码错误");
        }

        var options = bearer.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var expires = now + options.BearerTokenExpiration;
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, IdentityConstants.BearerScheme);
        return Results.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket), expires));
    }

    private static IResult Unauthorized(string detail) =>
        Results.Problem(statusCode: 401, title: "登录失败", detail: detail);
}
