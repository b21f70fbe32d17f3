using System.Security.Claims;
using Kechuang.Projects.Calls;

namespace Kechuang.Web.Api;

/// <summary>GET /api/projects/calls: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record CallListParameters(string? Region, string? RegionCode, int? Year, string? Q, string? Status, int? Page, int? PageSize)
{
    public ListCallsQuery ToQuery() => new(RegionAlias.Pick(Region, RegionCode), Year, Q, Status, Page, PageSize);
}

public static class ProjectCallEndpoints
{
    public static void MapProjectCallEndpoints(this RouteGroupBuilder api)
    {
        var calls = api.MapGroup("/projects/calls").WithTags("科技计划项目");
        calls.MapGet("/", (ClaimsPrincipal user, ListCalls handler, [AsParameters] CallListParameters query, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListProjectCalls")
            .WithSummary("申报指南列表：科技局看本辖区的（含草稿），企业看本县及上级已发布的；按年度、名称、状态（草稿/未开始/征集中/已截止）筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        calls.MapPost("/", async (ClaimsPrincipal user, CallRequest request, CreateCall handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/projects/calls/{created.Id}", created);
            })
            .WithName("CreateProjectCall")
            .WithSummary("起草申报指南：计划类别、年度、资助总额和单项上限（元）、申报起止日期、资格条件、附件要求、评审指标（满分、权重合计100%）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        calls.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetCall handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetProjectCall")
            .WithSummary("申报指南详情")
            .ProducesProblem(403).ProducesProblem(404);
        calls.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, CallRequest request, UpdateCall handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateProjectCall")
            .WithSummary("修改申报指南（整体替换，带 version 防止覆盖他人的修改）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        calls.MapPost("/{id:guid}/publish", (ClaimsPrincipal user, Guid id, PublishCall handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("PublishProjectCall")
            .WithSummary("发布申报指南：企业可见，征集期内在公开页面列出；已发布返回 409")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        calls.MapGet("/{id:guid}/eligibility", (ClaimsPrincipal user, Guid id, Guid? enterpriseId, CheckEligibility handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, enterpriseId, ct))
            .WithName("CheckProjectCallEligibility")
            .WithSummary("某企业今天能否申报该指南，及全部不符合的原因（企业用户查本企业）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
    }
}
