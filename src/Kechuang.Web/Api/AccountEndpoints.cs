using Kechuang.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Kechuang.Web.Api;

public static class AccountEndpoints
{
    /// <summary>Sign-out for the web UI; binding a form field makes the antiforgery check apply.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, SignInManager<AppUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/login");
            })
            .ExcludeFromDescription();
    }
}
