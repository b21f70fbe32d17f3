using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;
using Kechuang.Indicators.Excel;

namespace Kechuang.Web.Api;

/// <summary>GET /api/indicators/figures; <c>regionCode</c> is accepted as the old name of <c>region</c> (ADR 0012).</summary>
public sealed record FiguresParameters(string? Region, string? RegionCode, int? Year)
{
    public string? RegionOrAlias => RegionAlias.Pick(Region, RegionCode);
}

/// <summary>GET /api/indicators/report, report.xlsx and /{code}/peers.</summary>
public sealed record AssessmentParameters(string? Region, string? RegionCode, int? Year, int? Month)
{
    public string? RegionOrAlias => RegionAlias.Pick(Region, RegionCode);
}

/// <summary>GET /api/indicators/matrix.</summary>
public sealed record MatrixParameters(string? Parent, int? Year, int? Month);

/// <summary>GET /api/indicators/{code}/trend.</summary>
public sealed record TrendParameters(string? Region, string? RegionCode, int? Year)
{
    public string? RegionOrAlias => RegionAlias.Pick(Region, RegionCode);
}

public static class IndicatorEndpoints
{
    public static void MapIndicatorEndpoints(this RouteGroupBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("考核指标");
        indicators.MapGet("", (ClaimsPrincipal user, bool? includeRetired, ListIndicators handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), includeRetired ?? false, ct))
            .WithName("ListIndicators")
            .WithSummary("指标目录")
            .ProducesValidationProblem().ProducesProblem(403);
        indicators.MapPost("", async (ClaimsPrincipal user, IndicatorRequest request, CreateIndicator handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/indicators/{created.Code}", created);
            })
            .WithName("CreateIndicator")
            .WithSummary("新增指标（管理员）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        indicators.MapPut("/{code}", (ClaimsPrincipal user, string code, IndicatorRequest request, UpdateIndicator handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, request, ct))
            .WithName("UpdateIndicator")
            .WithSummary("修改指标（管理员；代码不变）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        indicators.MapPut("/{code}/targets/{regionCode}/{year:int}", (ClaimsPrincipal user, string code, string regionCode, int year, TargetRequest request, PutTarget handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, regionCode, year, request, ct))
            .WithName("PutTarget")
            .WithSummary("设置年度目标任务（指标单位）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        indicators.MapGet("/{code}/targets/{regionCode}/{year:int}/history", (ClaimsPrincipal user, string code, string regionCode, int year, ListRevisions handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, regionCode, year, null, ct))
            .WithName("ListTargetRevisions")
            .WithSummary("年度目标的修改记录")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        indicators.MapPut("/{code}/values/{regionCode}/{year:int}/{month:int}", (ClaimsPrincipal user, string code, string regionCode, int year, int month, ValueRequest request, PutValue handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, regionCode, year, month, request, ct))
            .WithName("PutValue")
            .WithSummary("填报月度数据：累计指标为1月至该月末的累计值，时点指标为月末值")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        indicators.MapGet("/{code}/values/{regionCode}/{year:int}/{month:int}/history", (ClaimsPrincipal user, string code, string regionCode, int year, int month, ListRevisions handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, regionCode, year, month, ct))
            .WithName("ListValueRevisions")
            .WithSummary("月度数据的更正记录")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        indicators.MapGet("/figures", (ClaimsPrincipal user, [AsParameters] FiguresParameters query, ListFigures handler, TimeProvider clock, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.RegionOrAlias ?? "", query.Year ?? clock.TodayInChina().Year, ct))
            .WithName("ListFigures")
            .WithSummary("某地区某年的全部目标与月度数据")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        indicators.MapGet("/report", (ClaimsPrincipal user, [AsParameters] AssessmentParameters query, GetAssessmentReport handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.RegionOrAlias, query.Year, query.Month, ct))
            .WithName("GetAssessmentReport")
            .WithSummary("指标完成情况：每个指标一行（完成率、同比、序时进度、同级排名）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        indicators.MapGet("/report.xlsx", async (ClaimsPrincipal user, [AsParameters] AssessmentParameters query, ExportAssessment handler, TimeProvider clock, CancellationToken ct) =>
            {
                var stream = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.RegionOrAlias, query.Year, query.Month, stream, ct);
                var (y, m) = AssessmentMath.LastMonth(clock.TodayInChina());
                return Results.File(stream.ToArray(), XlsxFile.ContentType, ExportAssessment.FileName(query.Year ?? y, query.Month ?? m));
            })
            .WithName("ExportAssessmentReport")
            .WithSummary("导出指标完成情况表（Excel）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        indicators.MapGet("/matrix", (ClaimsPrincipal user, [AsParameters] MatrixParameters query, GetAssessmentMatrix handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.Parent, query.Year, query.Month, ct))
            .WithName("GetAssessmentMatrix")
            .WithSummary("下级地区 × 指标 完成情况矩阵")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        indicators.MapGet("/{code}/trend", (ClaimsPrincipal user, string code, [AsParameters] TrendParameters query, GetIndicatorTrend handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, query.RegionOrAlias, query.Year, ct))
            .WithName("GetIndicatorTrend")
            .WithSummary("指标逐月走势（本年与上年）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        indicators.MapGet("/{code}/peers", (ClaimsPrincipal user, string code, [AsParameters] AssessmentParameters query, GetPeerComparison handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, query.RegionOrAlias, query.Year, query.Month, ct))
            .WithName("GetPeerComparison")
            .WithSummary("同级地区对比（排名通报）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        indicators.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, int? year, int? month, bool? dryRun, bool? keepGoodRows, ImportMonthlyFigures handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                var missing = new Validation()
                    .Require(year is not null, "year", "请指定导入数据所属的年份（year）")
                    .Require(month is not null, "month", "请指定导入数据所属的月份（month）");
                missing.ThrowIfAny();
                await using var xlsx = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), xlsx, year!.Value, month!.Value, new(dryRun ?? false, keepGoodRows ?? false), ct);
            })
            .Upload(api.Limits().Indicators)
            .WithName("ImportMonthlyFigures")
            .WithSummary("导入某月全部地区、全部指标的数据（统计局报表格式：每行一个地区，每列一个指标）")
            .ProducesValidationProblem().ProducesProblem(403);
        indicators.MapGet("/import/template", async (ClaimsPrincipal user, MonthlyTemplate handler, CancellationToken ct) =>
            {
                var stream = new MemoryStream();
                await handler.HandleAsync(user.Caller(), stream, ct);
                return Results.File(stream.ToArray(), XlsxFile.ContentType, MonthlyTemplate.FileName);
            })
            .WithName("GetMonthlyImportTemplate")
            .WithSummary("下载月度数据导入模板")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesProblem(403);
    }
}
