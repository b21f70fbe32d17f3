using System.Security.Claims;
using Kechuang.Common.Excel;
using Kechuang.Enterprises.Cultivation;
using Kechuang.Enterprises.Evaluations;

namespace Kechuang.Web.Api;

public static class CultivationEndpoints
{

    public static void MapCultivationEndpoints(this RouteGroupBuilder api)
    {
        var enterprises = api.MapGroup("/enterprises").WithTags("企业培育");
        enterprises.MapGet("/{id:guid}/evaluations/hte", (ClaimsPrincipal user, Guid id, int? year, DateOnly? asOf, EvaluateHte handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, year, asOf, ct))
            .WithSummary("高新技术企业认定条件评估（year 为最近一个会计年度，使用 year-2..year 三年数据）");
        enterprises.MapGet("/{id:guid}/evaluations/techsme", (ClaimsPrincipal user, Guid id, int? year, EvaluateTechSme handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, year, ct))
            .WithSummary("科技型中小企业评价");

        var cultivation = api.MapGroup("/cultivation").WithTags("企业培育");
        cultivation.MapGet("/evaluations", (ClaimsPrincipal user, string? regionCode, int? year, string? q, int? page, int? pageSize, EvaluateRegion handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), new EvaluateRegionQuery(regionCode, year, q, page, pageSize), ct))
            .WithSummary("培育视图：辖区企业批量评估，按距离认定条件的远近排序");
        cultivation.MapGet("/evaluations.xlsx", async (ClaimsPrincipal user, string? regionCode, int? year, ExportCultivation handler, CancellationToken ct) =>
            {
                var stream = new MemoryStream();
                await handler.HandleAsync(user.Caller(), regionCode, year, stream, ct);
                stream.Position = 0;
                return Results.File(stream, XlsxFile.ContentType, $"培育评估{year}.xlsx");
            })
            .WithSummary("培育视图导出 Excel");
        cultivation.MapGet("/pool", (ClaimsPrincipal user, int? year, string? target, string? stage, string? regionCode, ListPool handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), new ListPoolQuery(year, target, stage, regionCode), ct))
            .WithSummary("培育库");
        cultivation.MapPost("/pool", async (ClaimsPrincipal user, PoolEntryRequest request, AddToPool handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return Results.Created($"/api/cultivation/pool/{created.Id}", created);
            })
            .WithSummary("加入培育库");
        cultivation.MapPut("/pool/{id:guid}", (ClaimsPrincipal user, Guid id, PoolEntryRequest request, UpdatePoolEntry handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithSummary("修改培育阶段或备注（需提供 version）");
        cultivation.MapGet("/reminders", (ClaimsPrincipal user, int? months, ListReminders handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), months, ct))
            .WithSummary("即将到期的高企证书与科技型中小企业入库登记");
    }
}
