using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;
using Kechuang.Indicators.Excel;

namespace Kechuang.Web.Api;

public static class IndicatorEndpoints
{
    public static void MapIndicatorEndpoints(this RouteGroupBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("考核指标");
        indicators.MapGet("", (ClaimsPrincipal user, bool? includeRetired, ListIndicators handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), includeRetired ?? false, ct))
            .WithSummary("指标目录");
        indicators.MapPost("", async (ClaimsPrincipal user, IndicatorRequest request, CreateIndicator handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return Results.Created($"/api/indicators/{created.Code}", created);
            })
            .WithSummary("新增指标（管理员）");
        indicators.MapPut("/{code}", (ClaimsPrincipal user, string code, IndicatorRequest request, UpdateIndicator handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, request, ct))
            .WithSummary("修改指标（管理员；代码不变）");

        indicators.MapPut("/{code}/targets/{regionCode}/{year:int}", (ClaimsPrincipal user, string code, string regionCode, int year, TargetRequest request, PutTarget handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, regionCode, year, request, ct))
            .WithSummary("设置年度目标任务（指标单位）");
        indicators.MapGet("/{code}/targets/{regionCode}/{year:int}/history", (ClaimsPrincipal user, string code, string regionCode, int year, ListRevisions handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, regionCode, year, null, ct))
            .WithSummary("年度目标的修改记录");
        indicators.MapPut("/{code}/values/{regionCode}/{year:int}/{month:int}", (ClaimsPrincipal user, string code, string regionCode, int year, int month, ValueRequest request, PutValue handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, regionCode, year, month, request, ct))
            .WithSummary("填报月度数据：累计指标为1月至该月末的累计值，时点指标为月末值");
        indicators.MapGet("/{code}/values/{regionCode}/{year:int}/{month:int}/history", (ClaimsPrincipal user, string code, string regionCode, int year, int month, ListRevisions handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, regionCode, year, month, ct))
            .WithSummary("月度数据的更正记录");
        indicators.MapGet("/figures", (ClaimsPrincipal user, string? region, int? year, ListFigures handler, TimeProvider clock, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), region ?? "", year ?? clock.TodayInChina().Year, ct))
            .WithSummary("某地区某年的全部目标与月度数据");

        indicators.MapGet("/report", (ClaimsPrincipal user, string? region, int? year, int? month, GetAssessmentReport handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), region, year, month, ct))
            .WithSummary("指标完成情况：每个指标一行（完成率、同比、序时进度、同级排名）");
        indicators.MapGet("/report.xlsx", async (ClaimsPrincipal user, string? region, int? year, int? month, ExportAssessment handler, TimeProvider clock, CancellationToken ct) =>
            {
                var stream = new MemoryStream();
                await handler.HandleAsync(user.Caller(), region, year, month, stream, ct);
                var (y, m) = AssessmentMath.LastMonth(clock.TodayInChina());
                return Results.File(stream.ToArray(), XlsxFile.ContentType, ExportAssessment.FileName(year ?? y, month ?? m));
            })
            .WithSummary("导出指标完成情况表（Excel）");
        indicators.MapGet("/matrix", (ClaimsPrincipal user, string? parent, int? year, int? month, GetAssessmentMatrix handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), parent, year, month, ct))
            .WithSummary("下级地区 × 指标 完成情况矩阵");
        indicators.MapGet("/{code}/trend", (ClaimsPrincipal user, string code, string? region, int? year, GetIndicatorTrend handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, region, year, ct))
            .WithSummary("指标逐月走势（本年与上年）");
        indicators.MapGet("/{code}/peers", (ClaimsPrincipal user, string code, string? region, int? year, int? month, GetPeerComparison handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), code, region, year, month, ct))
            .WithSummary("同级地区对比（排名通报）");

        indicators.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, int? year, int? month, bool? dryRun, bool? keepGoodRows, ImportMonthlyFigures handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                if (year is null || month is null)
                {
                    throw new ValidationFailedException("month", "请指定导入数据所属的年份（year）和月份（month）");
                }
                await using var xlsx = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), xlsx, year.Value, month.Value, new(dryRun ?? false, keepGoodRows ?? false), ct);
            })
            .DisableAntiforgery()
            .WithSummary("导入某月全部地区、全部指标的数据（统计局报表格式：每行一个地区，每列一个指标）");
        indicators.MapGet("/import/template", async (ClaimsPrincipal user, MonthlyTemplate handler, CancellationToken ct) =>
            {
                var stream = new MemoryStream();
                await handler.HandleAsync(user.Caller(), stream, ct);
                return Results.File(stream.ToArray(), XlsxFile.ContentType, MonthlyTemplate.FileName);
            })
            .WithSummary("下载月度数据导入模板");
    }
}
