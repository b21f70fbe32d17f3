using Kechuang.Common.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Kechuang.Web.Api;

/// <summary>
/// What every upload endpoint declares (docs/architecture.md, Uploads): its size limit from <see cref="UploadLimits"/>
/// — the server stops reading past it with a Chinese 413 — and bearer tokens only. The pages upload through their
/// circuit, never through these endpoints, so a login cookie is refused here: a form on another site cannot make a
/// signed-in browser import (cross-site request forgery), and there is no antiforgery token to forget.
/// </summary>
internal static class Uploads
{
    private static readonly AuthorizeAttribute BearerOnly = new() { AuthenticationSchemes = IdentityConstants.BearerScheme };

    public static RouteHandlerBuilder Upload(this RouteHandlerBuilder endpoint, UploadLimit limit) => endpoint
        .DisableAntiforgery()
        .RequireAuthorization(BearerOnly)
        // The form's own overhead on top of the file.
        .WithMetadata(new RequestSizeLimitAttribute(limit.MaxBytes + 1024 * 1024), limit)
        .ProducesProblem(413);

    public static UploadLimits Limits(this IEndpointRouteBuilder routes) => routes.ServiceProvider.GetRequiredService<UploadLimits>();
}
