using System.Security.Claims;
using Kechuang.Common.Excel;
using Kechuang.Seismic;

namespace Kechuang.Web.Api;

/// <summary>GET /api/seismic/approvals and its export: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record ApprovalListParameters(
    string? Region, string? RegionCode, string? Status, bool? Overdue, bool? DueSoon, string? Q, int? Year, int? Page, int? PageSize)
{
    public ListApprovalsQuery ToQuery() => new(RegionAlias.Pick(Region, RegionCode), Status, Overdue, DueSoon, Q, Year, Page, PageSize);
}

/// <summary>GET /api/seismic/approvals/counts and the stations' list.</summary>
public sealed record SeismicRegionParameters(string? Region, string? RegionCode);

/// <summary>GET /api/seismic/drills.</summary>
public sealed record DrillListParameters(string? Region, string? RegionCode, int? Year, int? Page, int? PageSize);

public static class SeismicEndpoints
{
    public static void MapSeismicEndpoints(this RouteGroupBuilder api)
    {
        var seismic = api.MapGroup("/seismic").WithTags("防震减灾");
        seismic.MapGet("/approvals", (ClaimsPrincipal user, [AsParameters] ApprovalListParameters query, ListApprovals handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListSeismicApprovals")
            .WithSummary("抗震设防要求审批列表：按状态（办理中/已办结）、已超期（overdue）、即将到期（dueSoon，3个工作日内）、年份、项目或建设单位筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        seismic.MapGet("/approvals/counts", (ClaimsPrincipal user, [AsParameters] SeismicRegionParameters query, ListApprovals handler, CancellationToken ct) =>
            handler.CountsAsync(user.Caller(), RegionAlias.Pick(query.Region, query.RegionCode), ct))
            .WithName("CountSeismicApprovals")
            .WithSummary("审批数：全部、办理中、即将到期、已超期")
            .ProducesValidationProblem().ProducesProblem(403);
        seismic.MapPost("/approvals", async (ClaimsPrincipal user, ApprovalRequest request, CreateApproval handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/seismic/approvals/{created.Id}", created);
            })
            .WithName("CreateSeismicApproval")
            .WithSummary("受理建设工程抗震设防要求审批：按工作日历计算到期日（受理次日起算，默认10个工作日）")
            .ProducesValidationProblem().ProducesProblem(403);
        seismic.MapGet("/approvals/export", async (ClaimsPrincipal user, [AsParameters] ApprovalListParameters query, ExportApprovals handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "抗震设防要求审批台账.xlsx");
            })
            .WithName("ExportSeismicApprovals")
            .WithSummary("审批台账导出为 Excel（筛选同列表）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        seismic.MapGet("/approvals/{id:guid}", (ClaimsPrincipal user, Guid id, GetApproval handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetSeismicApproval")
            .WithSummary("审批详情，含到期日、剩余工作日和审批结果")
            .ProducesProblem(403).ProducesProblem(404);
        seismic.MapPut("/approvals/{id:guid}", (ClaimsPrincipal user, Guid id, ApprovalRequest request, UpdateApproval handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateSeismicApproval")
            .WithSummary("修改审批的登记信息；到期日随受理日期和时限重新计算")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        seismic.MapPost("/approvals/{id:guid}/decide", (ClaimsPrincipal user, Guid id, DecisionRequest request, DecideApproval handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("DecideSeismicApproval")
            .WithSummary("办结：批准或不予批准，决定日期和批复文号；决定日期不能早于受理日期，已办结的返回 409")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        seismic.MapGet("/stations", (ClaimsPrincipal user, [AsParameters] SeismicRegionParameters query, ListStations handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), RegionAlias.Pick(query.Region, query.RegionCode), ct))
            .WithName("ListSeismicStations")
            .WithSummary("地震监测台站（测震、强震动、地下流体、宏观观测点等）")
            .ProducesValidationProblem().ProducesProblem(403);
        seismic.MapPost("/stations", async (ClaimsPrincipal user, StationRequest request, SaveStation handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/seismic/stations/{created.Id}", created);
            })
            .WithName("CreateSeismicStation")
            .WithSummary("登记监测台站")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        seismic.MapPut("/stations/{id:guid}", (ClaimsPrincipal user, Guid id, StationRequest request, SaveStation handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateSeismicStation")
            .WithSummary("修改监测台站（停用的改为“停测”）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        seismic.MapDelete("/stations/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteStation handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteSeismicStation")
            .WithSummary("删除误登记的监测台站")
            .ProducesProblem(403).ProducesProblem(404);

        seismic.MapGet("/drills", (ClaimsPrincipal user, [AsParameters] DrillListParameters query, ListDrills handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), RegionAlias.Pick(query.Region, query.RegionCode), query.Year, query.Page, query.PageSize, ct))
            .WithName("ListSeismicDrills")
            .WithSummary("地震应急演练（日期、地点、参与人数）")
            .ProducesValidationProblem().ProducesProblem(403);
        seismic.MapPost("/drills", async (ClaimsPrincipal user, DrillRequest request, SaveDrill handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/seismic/drills/{created.Id}", created);
            })
            .WithName("CreateSeismicDrill")
            .WithSummary("登记地震应急演练")
            .ProducesValidationProblem().ProducesProblem(403);
        seismic.MapPut("/drills/{id:guid}", (ClaimsPrincipal user, Guid id, DrillRequest request, SaveDrill handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateSeismicDrill")
            .WithSummary("修改演练记录")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        seismic.MapDelete("/drills/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteDrill handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteSeismicDrill")
            .WithSummary("删除误登记的演练记录")
            .ProducesProblem(403).ProducesProblem(404);
    }
}
