namespace Kechuang.Web.Hosting;

/// <summary>
/// The headers every response carries, pages and API alike (docs/architecture.md, Security). Scripts and styles come
/// from the app only: Blazor, AntDesign and ECharts are served from it, none needs eval; AntDesign positions popups
/// with inline style attributes, so styles allow 'unsafe-inline' (no script can run from a style). The circuit's
/// WebSocket is the same origin ('self').
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "SAMEORIGIN";
            headers.Remove("Server");
            if (context.Request.IsHttps)
            {
                // A year, as browsers' preload lists ask; only over HTTPS, where it means anything.
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }
            return Task.CompletedTask;
        });
        return next(context);
    });
}
