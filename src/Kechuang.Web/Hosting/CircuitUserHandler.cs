using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Kechuang.Web.Hosting;

/// <summary>Gives the circuit's scope its user, so writes made from Blazor pages are audited under that name.</summary>
internal sealed class CircuitUserHandler(AuthenticationStateProvider auth, CurrentUser user) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        user.Set((await auth.GetAuthenticationStateAsync()).User);
    }
}
