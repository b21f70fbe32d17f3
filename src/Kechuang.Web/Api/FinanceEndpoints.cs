using System.Security.Claims;
using Kechuang.Common.Excel;
using Kechuang.Finance;

namespace Kechuang.Web.Api;

/// <summary>GET /api/finance/records and its export.</summary>
public sealed record FinanceListParameters(string? Region, string? Kind, int? Year, string? Q, int? Page, int? PageSize)
{
    public ListFinanceQuery ToQuery() => new(Region, Kind, Year, Q, Page, PageSize);
}

/// <summary>GET /api/finance/summary.</summary>
public sealed record FinanceSummaryParameters(string? Region, int Year);

public static class FinanceEndpoints
{
    public static void MapFinanceEndpoints(this RouteGroupBuilder api)
    {
        var finance = api.MapGroup("/finance").WithTags("科技金融");
        finance.MapGet("/records", (ClaimsPrincipal user, [AsParameters] FinanceListParameters query, ListFinanceRecords handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListFinanceRecords")
            .WithSummary("科技金融记录：科技贷、担保、科技保险、风险池补偿、贴息；按类型、年份筛选，按机构、产品或企业全称查找")
            .ProducesValidationProblem().ProducesProblem(403);
        finance.MapPost("/records", async (ClaimsPrincipal user, FinanceRequest request, SaveFinanceRecord handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/finance/records/{created.Id}", created);
            })
            .WithName("CreateFinanceRecord")
            .WithSummary("登记科技金融记录（金额为元，利率为年化百分数）")
            .ProducesValidationProblem().ProducesProblem(403);
        finance.MapGet("/records/export", async (ClaimsPrincipal user, [AsParameters] FinanceListParameters query, ExportFinanceRecords handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "科技金融台账.xlsx");
            })
            .WithName("ExportFinanceRecords")
            .WithSummary("科技金融台账导出为 Excel（筛选同列表）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        finance.MapPut("/records/{id:guid}", (ClaimsPrincipal user, Guid id, FinanceRequest request, SaveFinanceRecord handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateFinanceRecord")
            .WithSummary("修改科技金融记录")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        finance.MapDelete("/records/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteFinanceRecord handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteFinanceRecord")
            .WithSummary("删除误登记的记录（有贴息或补偿的贷款不能删除，409）")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        finance.MapPost("/subsidies", async (ClaimsPrincipal user, SubsidyRequest request, RecordSubsidies handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(user.Caller(), request, ct);
                return result.Preview || result.Created == 0 ? Results.Ok(result) : Results.Created("/api/finance/records?kind=subsidy", result);
            })
            .WithName("RecordSubsidies")
            .WithSummary("按政策条款计算某年度的贴息并登记（每家企业一条，关联其当年最大一笔科技贷，保留计算过程）；preview 为 true 时只测算不登记")
            .Produces<SubsidyResult>(201).Produces<SubsidyResult>(200)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        finance.MapGet("/summary", (ClaimsPrincipal user, [AsParameters] FinanceSummaryParameters query, GetFinanceSummary handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.Region, query.Year, ct))
            .WithName("GetFinanceSummary")
            .WithSummary("科技金融年度汇总：按类型合计、按银行（机构）、按月份")
            .ProducesValidationProblem().ProducesProblem(403);
    }
}
