using System.Security.Claims;
using Kechuang.Audit;
using Kechuang.Users;

namespace Kechuang.Web.Hosting;

/// <summary>
/// The audit trail's "who": the principal of the HTTP request, or the one a Blazor circuit set explicitly
/// (a circuit outlives its first request, so the HttpContext is no guide there).
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    private ClaimsPrincipal? _principal;
    private string? _address;

    public void Set(ClaimsPrincipal principal, string? address)
    {
        _principal = principal;
        _address = address;
    }

    private Caller? Caller => Users.Caller.From(_principal ?? http.HttpContext?.User);

    public string? UserId => Caller?.UserId;
    // No request at all means the program itself (start-up, demo data); a request without login is anonymous.
    public string UserName => Caller?.UserName ?? (http.HttpContext is null && _principal is null ? "系统" : "匿名");
    public string? RegionCode => Caller?.Region.Value;
    // Behind the proxy this is the client's own address (X-Forwarded-For, WebHost.BehindProxyKey).
    public string? ClientAddress => _address ?? http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
