using System.Security.Claims;
using Kechuang.Common.Excel;
using Kechuang.Enterprises.Cultivation;
using Kechuang.Enterprises.Evaluations;

namespace Kechuang.Web.Api;

/// <summary>GET /api/cultivation/evaluations : <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record CultivationParameters(string? Region, string? RegionCode, int? Year, string? Q, int? Page, int? PageSize)
{
    public EvaluateRegionQuery ToQuery() => new(RegionAlias.Pick(Region, RegionCode), Year, Q, Page, PageSize);
}

/// <summary>GET /api/cultivation/evaluations.xlsx.</summary>
public sealed record CultivationExportParameters(string? Region, string? RegionCode, int? Year)
{
    public string? RegionOrAlias => RegionAlias.Pick(Region, RegionCode);
}

/// <summary>GET /api/cultivation/pool.</summary>
public sealed record PoolParameters(int? Year, string? Target, string? Stage, string? Region, string? RegionCode)
{
    public ListPoolQuery ToQuery() => new(Year, Target, Stage, RegionAlias.Pick(Region, RegionCode));
}

public static class CultivationEndpoints
{
    public static void MapCultivationEndpoints(this RouteGroupBuilder api)
    {
        var enterprises = api.MapGroup("/enterprises").WithTags("企业培育");
        enterprises.MapGet("/{id:guid}/evaluations/hte", (ClaimsPrincipal user, Guid id, int? year, DateOnly? asOf, EvaluateHte handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, year, asOf, ct))
            .WithName("EvaluateHte")
            .WithSummary("高新技术企业认定条件评估（year 为最近一个会计年度，使用 year-2..year 三年数据）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        enterprises.MapGet("/{id:guid}/evaluations/techsme", (ClaimsPrincipal user, Guid id, int? year, EvaluateTechSme handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, year, ct))
            .WithName("EvaluateTechSme")
            .WithSummary("科技型中小企业评价")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        var cultivation = api.MapGroup("/cultivation").WithTags("企业培育");
        cultivation.MapGet("/evaluations", (ClaimsPrincipal user, [AsParameters] CultivationParameters query, EvaluateRegion handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("EvaluateRegion")
            .WithSummary("培育视图：辖区企业批量评估，按距离认定条件的远近排序")
            .ProducesValidationProblem().ProducesProblem(403);
        cultivation.MapGet("/evaluations.xlsx", async (ClaimsPrincipal user, [AsParameters] CultivationExportParameters query, ExportCultivation handler, CancellationToken ct) =>
            {
                var stream = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.RegionOrAlias, query.Year, stream, ct);
                stream.Position = 0;
                return Results.File(stream, XlsxFile.ContentType, $"培育评估{query.Year}.xlsx");
            })
            .WithName("ExportCultivation")
            .WithSummary("培育视图导出 Excel")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        cultivation.MapGet("/pool", (ClaimsPrincipal user, [AsParameters] PoolParameters query, ListPool handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListPool")
            .WithSummary("培育库")
            .ProducesValidationProblem().ProducesProblem(403);
        cultivation.MapPost("/pool", async (ClaimsPrincipal user, PoolEntryRequest request, AddToPool handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/cultivation/pool/{created.Id}", created);
            })
            .WithName("AddToPool")
            .WithSummary("加入培育库")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        cultivation.MapPut("/pool/{id:guid}", (ClaimsPrincipal user, Guid id, PoolEntryRequest request, UpdatePoolEntry handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdatePoolEntry")
            .WithSummary("修改培育阶段或备注（需提供 version）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        cultivation.MapGet("/reminders", (ClaimsPrincipal user, int? months, ListReminders handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), months, ct))
            .WithName("ListReminders")
            .WithSummary("即将到期的高企证书与科技型中小企业入库登记")
            .ProducesValidationProblem().ProducesProblem(403);
    }
}
