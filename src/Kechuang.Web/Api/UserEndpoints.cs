using System.Security.Claims;
using Kechuang.Users;

namespace Kechuang.Web.Api;

public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("用户管理");
        users.MapGet("/", (ClaimsPrincipal user, ListUsers handler, string? q, string? role, string? regionCode, int? page, int? pageSize, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), new ListUsersQuery(q, role, regionCode, page, pageSize), ct))
            .WithSummary("用户列表（本辖区）");
        users.MapGet("/{id}", (ClaimsPrincipal user, string id, GetUser handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct));
        users.MapPost("/", async (ClaimsPrincipal user, CreateUserRequest request, CreateUser handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return Results.Created($"/api/users/{created.Id}", created);
            })
            .WithSummary("新增用户");
        users.MapPut("/{id}", (ClaimsPrincipal user, string id, UpdateUserRequest request, UpdateUser handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithSummary("修改用户（需提供 version）");
        users.MapPost("/{id}/password", async (ClaimsPrincipal user, string id, ResetPasswordRequest request, ResetPassword handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, request, ct);
                return Results.NoContent();
            })
            .WithSummary("重置密码");
        users.MapPost("/{id}/lock", async (ClaimsPrincipal user, string id, SetUserLocked handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, true, ct);
                return Results.NoContent();
            })
            .WithSummary("停用账号");
        users.MapPost("/{id}/unlock", async (ClaimsPrincipal user, string id, SetUserLocked handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, false, ct);
                return Results.NoContent();
            })
            .WithSummary("启用账号");
    }
}
