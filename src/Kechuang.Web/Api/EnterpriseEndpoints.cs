using System.Security.Claims;
using Kechuang.Enterprises;

namespace Kechuang.Web.Api;

/// <summary>GET /api/enterprises: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record EnterpriseListParameters(string? Region, string? RegionCode, string? Q, string? Qualification, int? Page, int? PageSize)
{
    public ListEnterprisesQuery ToQuery() => new(RegionAlias.Pick(Region, RegionCode), Q, Qualification, Page, PageSize);
}

public static class EnterpriseEndpoints
{
    public static void MapEnterpriseEndpoints(this RouteGroupBuilder api)
    {
        var enterprises = api.MapGroup("/enterprises").WithTags("企业档案");
        enterprises.MapGet("/", (ClaimsPrincipal user, ListEnterprises handler, [AsParameters] EnterpriseListParameters query, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListEnterprises")
            .WithSummary("企业列表：按区划、名称或信用代码、资质筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        enterprises.MapPost("/", async (ClaimsPrincipal user, EnterpriseRequest request, CreateEnterprise handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/enterprises/{created.Id}", created);
            })
            .WithName("CreateEnterprise")
            .WithSummary("新增企业")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        enterprises.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetEnterprise handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetEnterprise")
            .WithSummary("企业详情")
            .ProducesProblem(403).ProducesProblem(404);
        enterprises.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, EnterpriseRequest request, UpdateEnterprise handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateEnterprise")
            .WithSummary("修改企业（需提供 version）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        enterprises.MapGet("/{id:guid}/facts", (ClaimsPrincipal user, Guid id, ListYearFacts handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("ListYearFacts")
            .WithSummary("各年度经营数据")
            .ProducesProblem(403).ProducesProblem(404);
        enterprises.MapPut("/{id:guid}/facts/{year:int}", (ClaimsPrincipal user, Guid id, int year, YearFactsRequest request, PutYearFacts handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, year, request, ct))
            .WithName("PutYearFacts")
            .WithSummary("填报或修改某年度经营数据（金额单位：元）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        enterprises.MapGet("/{id:guid}/qualifications", (ClaimsPrincipal user, Guid id, ListQualifications handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("ListQualifications")
            .WithSummary("企业资质")
            .ProducesProblem(403).ProducesProblem(404);
        enterprises.MapPost("/{id:guid}/qualifications", async (ClaimsPrincipal user, Guid id, QualificationRequest request, AddQualification handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), id, request, ct);
                return TypedResults.Created($"/api/enterprises/{id}/qualifications/{created.Id}", created);
            })
            .WithName("AddQualification")
            .WithSummary("登记资质（高新技术企业有效期默认发证日起3年）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        enterprises.MapPost("/{id:guid}/qualifications/{qualificationId:guid}/revoke", (ClaimsPrincipal user, Guid id, Guid qualificationId, RevokeQualificationRequest request, RevokeQualification handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, qualificationId, request, ct))
            .WithName("RevokeQualification")
            .WithSummary("撤销资质")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapGet("/qualification-types", (ListQualifications handler, CancellationToken ct) => handler.TypesAsync(ct))
            .WithTags("企业档案")
            .WithName("ListQualificationTypes")
            .WithSummary("资质类型");
    }
}
