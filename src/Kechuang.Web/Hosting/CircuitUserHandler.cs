using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Kechuang.Web.Hosting;

/// <summary>
/// Gives the circuit's scope its user and the client's address, so writes made from Blazor pages are audited under that
/// name and address (the circuit opens on the browser's own connection, which is the HttpContext here).
/// </summary>
internal sealed class CircuitUserHandler(AuthenticationStateProvider auth, CurrentUser user, IHttpContextAccessor http) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        user.Set((await auth.GetAuthenticationStateAsync()).User, http.HttpContext?.Connection.RemoteIpAddress?.ToString());
    }
}
