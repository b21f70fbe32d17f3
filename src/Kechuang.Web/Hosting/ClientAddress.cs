namespace Kechuang.Web.Hosting;

/// <summary>The client's address as login throttling counts it (the proxy's X-Forwarded-For where WebHost.BehindProxyKey says so).</summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
