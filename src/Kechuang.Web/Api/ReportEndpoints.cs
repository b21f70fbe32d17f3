using System.Security.Claims;
using Kechuang.Reports;

namespace Kechuang.Web.Api;

public static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        var summary = api.MapGroup("/reports/summary").WithTags("工作总结");
        summary.MapGet("", async (ClaimsPrincipal user, string? region, int? year, string? period, string? format, bool? appendix,
                GetSummary show, ExportSummary export, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(format) || format.Equals("json", StringComparison.OrdinalIgnoreCase))
                {
                    return Results.Ok(await show.HandleAsync(user.Caller(), region, year, period, ct));
                }
                var file = await export.HandleAsync(user.Caller(), region, year, period, format, appendix ?? false, ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("工作总结：format 省略为 JSON（含每个数字的来源），docx / md / pdf 为文件；period 为 FY（全年）或 H1（上半年）");
        summary.MapGet("/trace", (ClaimsPrincipal user, string? region, int? year, string? period, string? figure, TraceSummaryFigure handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), region, year, period, figure, ct))
            .WithSummary("工作总结中某个数字背后的记录");
        summary.MapPut("/narrative", (ClaimsPrincipal user, SummaryNarrativeRequest request, SaveSummaryNarrative handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), request, ct))
            .WithSummary("修改“存在问题”“下一年工作思路”（纯文本；留空恢复为自动起草）");
        summary.MapPost("/freeze", (ClaimsPrincipal user, SummaryKey request, FreezeSummary handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), request, ct))
            .WithSummary("定稿：此后数据变化不再改变总结中的数字");
        summary.MapPost("/unfreeze", (ClaimsPrincipal user, SummaryKey request, UnfreezeSummary handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), request, ct))
            .WithSummary("取消定稿，恢复为随数据更新的草稿");
    }
}
