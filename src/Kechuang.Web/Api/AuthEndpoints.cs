using Kechuang.Users;
using Kechuang.Web.Hosting;
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
            .ProducesValidationProblem()
            .ProducesProblem(429);
    }

    /// <summary>A bearer token for scripts, by the same check as the login page (<see cref="LogIn"/>, ADR 0014).</summary>
    private static async Task<IResult> IssueToken(
        TokenRequest request,
        HttpContext http,
        LogIn logIn,
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
        var result = await logIn.HandleAsync(request.UserName, request.Password, ClientAddress.Of(http), http.RequestAborted);
        if (result.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: 429, title: "登录失败", detail: result.Error);
        }
        if (result.User is not { } user)
        {
            return Unauthorized(result.Error!);
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
