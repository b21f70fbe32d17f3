using System.Security.Claims;
using Kechuang.Users;

namespace Kechuang.Web.Api;

/// <summary>GET /api/users: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record UserListParameters(string? Q, string? Role, string? Region, string? RegionCode, int? Page, int? PageSize)
{
    public ListUsersQuery ToQuery() => new(Q, Role, RegionAlias.Pick(Region, RegionCode), Page, PageSize);
}

public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("用户管理");
        users.MapGet("/", (ClaimsPrincipal user, ListUsers handler, [AsParameters] UserListParameters query, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListUsers")
            .WithSummary("用户列表（本辖区）")
            .ProducesValidationProblem().ProducesProblem(403);
        users.MapGet("/{id}", (ClaimsPrincipal user, string id, GetUser handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetUser")
            .WithSummary("用户详情")
            .ProducesProblem(403).ProducesProblem(404);
        users.MapPost("/", async (ClaimsPrincipal user, CreateUserRequest request, CreateUser handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/users/{created.Id}", created);
            })
            .WithName("CreateUser")
            .WithSummary("新增用户")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        users.MapPut("/{id}", (ClaimsPrincipal user, string id, UpdateUserRequest request, UpdateUser handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateUser")
            .WithSummary("修改用户（需提供 version）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        users.MapPost("/{id}/password", async (ClaimsPrincipal user, string id, ResetPasswordRequest request, ResetPassword handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, request, ct);
                return Results.NoContent();
            })
            .WithName("ResetPassword")
            .WithSummary("重置密码")
            .Produces(204)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        users.MapPost("/{id}/lock", async (ClaimsPrincipal user, string id, SetUserLocked handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, true, ct);
                return Results.NoContent();
            })
            .WithName("LockUser")
            .WithSummary("停用账号")
            .Produces(204)
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        users.MapPost("/{id}/unlock", async (ClaimsPrincipal user, string id, SetUserLocked handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, false, ct);
                return Results.NoContent();
            })
            .WithName("UnlockUser")
            .WithSummary("启用账号")
            .Produces(204)
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
