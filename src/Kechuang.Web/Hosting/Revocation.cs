using System.Security.Claims;
using Kechuang.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Web.Hosting;

/// <summary>
/// Revocation on the next request (docs/architecture.md, Security): a cookie or bearer token whose account was disabled,
/// given a new password or new rights is treated as no sign-in at all — the API answers 401, pages go to the login —
/// and the cookie is removed.
/// </summary>
internal static class Revocation
{
    public static IApplicationBuilder UseRevocation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true
            && !await context.RequestServices.GetRequiredService<SessionValidity>().IsCurrentAsync(context.User, context.RequestAborted))
        {
            if (context.Request.Cookies.ContainsKey(WebHost.CookieName))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        await next();
    });
}

/// <summary>
/// A Blazor circuit outlives its request: every <see cref="RevalidationInterval"/> it asks <see cref="SessionValidity"/>
/// again, and a revoked user's pages turn to the login (their authorisation state becomes anonymous).
/// </summary>
internal sealed class RevalidatingAuthState(ILoggerFactory logger, SessionValidity sessions)
    : RevalidatingServerAuthenticationStateProvider(logger)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(10);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct) =>
        sessions.IsCurrentAsync(state.User, ct);
}
