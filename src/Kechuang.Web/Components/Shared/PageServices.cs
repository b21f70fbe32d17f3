using Kechuang.Common;
using Kechuang.Users;
using Kechuang.Web.Hosting;
using Microsoft.AspNetCore.Components.Authorization;

namespace Kechuang.Web.Components.Shared;

/// <summary>
/// How pages run use cases: each call in its own scope (a fresh DbContext, as Blazor Server needs), with the
/// signed-in user as caller and as the audit trail's "who".
/// </summary>
public sealed class PageServices(IServiceScopeFactory scopes, AuthenticationStateProvider auth, CurrentUser circuit)
{
    public async Task<Caller> CallerAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        return Caller.From(state.User) ?? throw new ForbiddenException("登录信息不完整，请重新登录");
    }

    public async Task<T> RunAsync<THandler, T>(Func<THandler, Caller, Task<T>> action)
        where THandler : notnull
    {
        var state = await auth.GetAuthenticationStateAsync();
        var caller = Caller.From(state.User) ?? throw new ForbiddenException("登录信息不完整，请重新登录");
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(state.User, circuit.ClientAddress);
        return await action(scope.ServiceProvider.GetRequiredService<THandler>(), caller);
    }

    /// <summary>For a use case chosen at run time, e.g. the import of the kind the user picked.</summary>
    public async Task<T> RunAsync<TService, T>(Type handlerType, Func<TService, Caller, Task<T>> action)
    {
        var state = await auth.GetAuthenticationStateAsync();
        var caller = Caller.From(state.User) ?? throw new ForbiddenException("登录信息不完整，请重新登录");
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(state.User, circuit.ClientAddress);
        return await action((TService)scope.ServiceProvider.GetRequiredService(handlerType), caller);
    }

    public Task RunAsync<THandler>(Func<THandler, Caller, Task> action)
        where THandler : notnull =>
        RunAsync<THandler, bool>(async (h, c) =>
        {
            await action(h, c);
            return true;
        });
}
