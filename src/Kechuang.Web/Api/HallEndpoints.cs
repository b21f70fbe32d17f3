using System.Security.Claims;
using Kechuang.Enterprises;
using Kechuang.ServiceHall;

namespace Kechuang.Web.Api;

/// <summary>GET /api/hall/requests.</summary>
public sealed record HallRequestListParameters(string? Status, string? Q, int? Page, int? PageSize)
{
    public ListAccountRequestsQuery ToQuery() => new(Status, Q, Page, PageSize);
}

/// <summary>The enterprise service hall (docs/domain.md §7.12): the enterprise's home, registration, and its accounts.</summary>
public static class HallEndpoints
{
    public static void MapHallEndpoints(this RouteGroupBuilder api)
    {
        var hall = api.MapGroup("/hall").WithTags("企业服务大厅");
        hall.MapGet("", (ClaimsPrincipal user, GetHall handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), ct))
            .WithName("GetHall")
            .WithSummary("企业首页：企业档案与资质、年度数据填报、培育阶梯与差距、可申报指南和政策、申报奖补创新券合同、待办")
            .ProducesProblem(403);
        hall.MapPut("/facts/{year:int}", (ClaimsPrincipal user, int year, YearFactsRequest request, FileHallFacts handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), year, request, ct))
            .WithName("FileHallFacts")
            .WithSummary("企业填报本企业的年度数据（与科技局录入同一校验规则）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        hall.MapPost("/registrations", async (RegistrationRequest request, RegisterEnterpriseUser handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(request, ct);
                return TypedResults.Created(result.RequestId is { } id ? $"/api/hall/requests/{id}" : "/login", result);
            })
            .AllowAnonymous()
            .WithName("RegisterEnterpriseUser")
            .WithSummary("企业用户注册（免登录）：统一社会信用代码、姓名、手机号、邮箱、密码；有邀请码的直接开通，否则由科技局审核")
            .ProducesValidationProblem().ProducesProblem(409);
        hall.MapGet("/requests", (ClaimsPrincipal user, [AsParameters] HallRequestListParameters query, ListAccountRequests handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListHallRequests")
            .WithSummary("本辖区企业用户注册申请（待审核在前）")
            .ProducesValidationProblem().ProducesProblem(403);
        hall.MapPost("/requests/{id:guid}/approve", (ClaimsPrincipal user, Guid id, DecideRequest? request, DecideAccountRequest handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, true, request ?? new DecideRequest(null, null), ct))
            .WithName("ApproveHallRequest")
            .WithSummary("通过注册申请：开通账号，企业的第一个账号为企业管理员")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        hall.MapPost("/requests/{id:guid}/reject", (ClaimsPrincipal user, Guid id, DecideRequest request, DecideAccountRequest handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, false, request, ct))
            .WithName("RejectHallRequest")
            .WithSummary("驳回注册申请（须填写理由）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        hall.MapPost("/enterprises/{id:guid}/invitations", (ClaimsPrincipal user, Guid id, CreateInvitation handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("CreateHallInvitation")
            .WithSummary("邀请企业开通账号：生成一次性邀请码和注册链接（30天有效，只显示一次）")
            .ProducesProblem(403).ProducesProblem(404);
        hall.MapGet("/users", (ClaimsPrincipal user, ListColleagues handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), ct))
            .WithName("ListHallUsers")
            .WithSummary("本企业的用户（企业管理员）")
            .ProducesProblem(403);
        hall.MapPost("/users", (ClaimsPrincipal user, ColleagueRequest request, AddColleague handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), request, ct))
            .WithName("AddHallUser")
            .WithSummary("企业管理员添加本企业用户（手机号为用户名）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        hall.MapPut("/users/{id}/locked", (ClaimsPrincipal user, string id, ColleagueLockRequest request, SetColleagueLocked handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("LockHallUser")
            .WithSummary("企业管理员停用或启用本企业用户；停用后其登录立即失效")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
    }
}
