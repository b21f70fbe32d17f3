using System.Security.Claims;
using Kechuang.Enterprises;

namespace Kechuang.Web.Api;

public static class EnterpriseEndpoints
{
    public static void MapEnterpriseEndpoints(this RouteGroupBuilder api)
    {
        var enterprises = api.MapGroup("/enterprises").WithTags("企业档案");
        enterprises.MapGet("/", (ClaimsPrincipal user, ListEnterprises handler, string? regionCode, string? q, string? qualification, int? page, int? pageSize, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), new ListEnterprisesQuery(regionCode, q, qualification, page, pageSize), ct))
            .WithSummary("企业列表：按区划、名称或信用代码、资质筛选");
        enterprises.MapPost("/", async (ClaimsPrincipal user, EnterpriseRequest request, CreateEnterprise handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return Results.Created($"/api/enterprises/{created.Id}", created);
            })
            .WithSummary("新增企业");
        enterprises.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetEnterprise handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct));
        enterprises.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, EnterpriseRequest request, UpdateEnterprise handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithSummary("修改企业（需提供 version）");

        enterprises.MapGet("/{id:guid}/facts", (ClaimsPrincipal user, Guid id, ListYearFacts handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithSummary("各年度经营数据");
        enterprises.MapPut("/{id:guid}/facts/{year:int}", (ClaimsPrincipal user, Guid id, int year, YearFactsRequest request, PutYearFacts handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, year, request, ct))
            .WithSummary("填报或修改某年度经营数据（金额单位：元）");

        enterprises.MapGet("/{id:guid}/qualifications", (ClaimsPrincipal user, Guid id, ListQualifications handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithSummary("企业资质");
        enterprises.MapPost("/{id:guid}/qualifications", async (ClaimsPrincipal user, Guid id, QualificationRequest request, AddQualification handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), id, request, ct);
                return Results.Created($"/api/enterprises/{id}/qualifications/{created.Id}", created);
            })
            .WithSummary("登记资质（高新技术企业有效期默认发证日起3年）");
        enterprises.MapPost("/{id:guid}/qualifications/{qualificationId:guid}/revoke", (ClaimsPrincipal user, Guid id, Guid qualificationId, RevokeQualificationRequest request, RevokeQualification handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, qualificationId, request, ct))
            .WithSummary("撤销资质");
        api.MapGet("/qualification-types", (ListQualifications handler, CancellationToken ct) => handler.TypesAsync(ct))
            .WithTags("企业档案").WithSummary("资质类型");
    }
}
