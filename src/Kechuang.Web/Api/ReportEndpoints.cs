using System.Security.Claims;
using Kechuang.Reports;

namespace Kechuang.Web.Api;

/// <summary>GET /api/reports/summary; <c>regionCode</c> is accepted as the old name of <c>region</c> (ADR 0012).</summary>
public sealed record SummaryParameters(string? Region, string? RegionCode, int? Year, string? Period, string? Format, bool? Appendix)
{
    public string? RegionOrAlias => RegionAlias.Pick(Region, RegionCode);
}

/// <summary>GET /api/reports/summary/trace.</summary>
public sealed record SummaryTraceParameters(string? Region, string? RegionCode, int? Year, string? Period, string? Figure)
{
    public string? RegionOrAlias => RegionAlias.Pick(Region, RegionCode);
}

public static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        var summary = api.MapGroup("/reports/summary").WithTags("工作总结");
        summary.MapGet("", async (ClaimsPrincipal user, [AsParameters] SummaryParameters query, GetSummary show, ExportSummary export, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(query.Format) || query.Format.Equals("json", StringComparison.OrdinalIgnoreCase))
                {
                    return Results.Ok(await show.HandleAsync(user.Caller(), query.RegionOrAlias, query.Year, query.Period, ct));
                }
                var file = await export.HandleAsync(user.Caller(), query.RegionOrAlias, query.Year, query.Period, query.Format, query.Appendix ?? false, ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("GetSummary")
            .WithSummary("工作总结：format 省略为 JSON（含每个数字的来源），docx / md / pdf 为文件；period 为 FY（全年）或 H1（上半年）")
            .Produces<SummaryDocument>()
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        summary.MapGet("/trace", (ClaimsPrincipal user, [AsParameters] SummaryTraceParameters query, TraceSummaryFigure handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.RegionOrAlias, query.Year, query.Period, query.Figure, ct))
            .WithName("TraceSummaryFigure")
            .WithSummary("工作总结中某个数字背后的记录")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        summary.MapPut("/narrative", (ClaimsPrincipal user, SummaryNarrativeRequest request, SaveSummaryNarrative handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), request, ct))
            .WithName("SaveSummaryNarrative")
            .WithSummary("修改“存在问题”“下一年工作思路”（纯文本；留空恢复为自动起草）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        summary.MapPost("/freeze", (ClaimsPrincipal user, SummaryKey request, FreezeSummary handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), request, ct))
            .WithName("FreezeSummary")
            .WithSummary("定稿：此后数据变化不再改变总结中的数字")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        summary.MapPost("/unfreeze", (ClaimsPrincipal user, SummaryKey request, UnfreezeSummary handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), request, ct))
            .WithName("UnfreezeSummary")
            .WithSummary("取消定稿，恢复为随数据更新的草稿")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
