using System.Security.Claims;
using Kechuang.Common.Excel;
using Kechuang.Market.Cooperation;
using Kechuang.Market.Events;

namespace Kechuang.Web.Api;

/// <summary>GET /api/market/events and its export.</summary>
public sealed record EventListParameters(string? Region, string? Q, int? Year, int? Page, int? PageSize)
{
    public ListEventsQuery ToQuery() => new(Region, Q, Year, Page, PageSize);
}

/// <summary>GET /api/market/cooperations and its export.</summary>
public sealed record CooperationListParameters(string? Region, string? Q, string? Mode, bool? Overdue, int? Year, int? Page, int? PageSize)
{
    public ListCooperationsQuery ToQuery() => new(Region, Q, Mode, Overdue, Year, Page, PageSize);
}

/// <summary>The market's follow-up (docs/domain.md §7.1): matchmaking events and the cooperation projects they bring about.</summary>
public static class MarketFollowUpEndpoints
{
    public static void MapEventEndpoints(this RouteGroupBuilder market)
    {
        var events = market.MapGroup("/events");
        events.MapGet("", (ClaimsPrincipal user, [AsParameters] EventListParameters query, ListEvents handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListMarketEvents")
            .WithSummary("对接活动列表：科技局为本辖区的活动，企业用户为受邀参加的活动；可按名称/地点、年份筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        events.MapPost("", async (ClaimsPrincipal user, EventRequest request, CreateEvent handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/market/events/{created.Id}", created);
            })
            .WithName("CreateMarketEvent")
            .WithSummary("登记对接活动：日期、地点、主办单位、邀请的企业和高校院所、推荐对接项目、出席情况和现场意向")
            .ProducesValidationProblem().ProducesProblem(403);
        events.MapPost("/suggested-pairs", (ClaimsPrincipal user, SuggestPairsRequest request, SuggestEventPairs handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), request, ct))
            .WithName("SuggestMarketEventPairs")
            .WithSummary("按邀请企业已发布的技术需求，由推荐引擎生成“需求—成果”对接项目，供活动预填（不保存）")
            .ProducesValidationProblem().ProducesProblem(403);
        events.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetEvent handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetMarketEvent")
            .WithSummary("对接活动详情（企业用户只看到与本企业有关的对接项目、意向和成果）")
            .ProducesProblem(403).ProducesProblem(404);
        events.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, EventRequest request, UpdateEvent handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateMarketEvent")
            .WithSummary("修改对接活动（邀请单位、出席、对接项目、意向按本次提交为准；带 version 防止覆盖他人的修改）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        events.MapDelete("/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteEvent handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteMarketEvent")
            .WithSummary("删除误登记的对接活动（关联的合作项目保留，只解除关联）")
            .ProducesProblem(403).ProducesProblem(404);
        events.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] EventListParameters query, ExportEvents handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "对接活动.xlsx");
            })
            .WithName("ExportMarketEvents")
            .WithSummary("对接活动导出为 Excel（出席、意向、促成合作的统计）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
    }

    public static void MapCooperationEndpoints(this RouteGroupBuilder market)
    {
        var cooperations = market.MapGroup("/cooperations");
        cooperations.MapGet("", (ClaimsPrincipal user, [AsParameters] CooperationListParameters query, ListCooperations handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListCooperations")
            .WithSummary("产学研合作项目列表：科技局为本辖区的项目，企业用户为本企业的项目；overdue=true 只列跟进逾期的")
            .ProducesValidationProblem().ProducesProblem(403);
        cooperations.MapPost("", async (ClaimsPrincipal user, CooperationRequest request, CreateCooperation handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/market/cooperations/{created.Id}", created);
            })
            .WithName("CreateCooperation")
            .WithSummary("登记合作项目（金额单位：元）：由需求登记时需求状态变为已合作；可关联成果或专家、对接活动、技术合同（编号或登记编号）")
            .ProducesValidationProblem().ProducesProblem(403);
        cooperations.MapGet("/reminders", (ClaimsPrincipal user, ListFollowUpReminders handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), ct))
            .WithName("ListCooperationReminders")
            .WithSummary("跟进提醒：下次跟进日期已过的合作项目，逾期最久的在前")
            .ProducesProblem(403);
        cooperations.MapGet("/contracts", (ClaimsPrincipal user, string? q, FindContracts handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), q, ct))
            .WithName("FindCooperationContracts")
            .WithSummary("查找本辖区的技术合同（名称、登记编号或当事人），供合作项目关联")
            .ProducesProblem(403);
        cooperations.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetCooperation handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetCooperation")
            .WithSummary("合作项目详情，含到账记录")
            .ProducesProblem(403).ProducesProblem(404);
        cooperations.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, CooperationRequest request, UpdateCooperation handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateCooperation")
            .WithSummary("修改合作项目（合同金额不能低于已到账金额；带 version 防止覆盖他人的修改）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        cooperations.MapDelete("/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteCooperation handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCooperation")
            .WithSummary("删除误登记的合作项目及其到账记录")
            .ProducesProblem(403).ProducesProblem(404);
        cooperations.MapPost("/{id:guid}/payments", (ClaimsPrincipal user, Guid id, PaymentRequest request, AddPayment handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("AddCooperationPayment")
            .WithSummary("登记一笔到账（元）：不早于签约日期、不晚于今天，累计不超过合同金额")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        cooperations.MapDelete("/{id:guid}/payments/{paymentId:guid}", (ClaimsPrincipal user, Guid id, Guid paymentId, DeletePayment handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, paymentId, ct))
            .WithName("DeleteCooperationPayment")
            .WithSummary("删除误登记的到账记录")
            .ProducesProblem(403).ProducesProblem(404);
        cooperations.MapPost("/{id:guid}/follow-up", (ClaimsPrincipal user, Guid id, FollowUpRequest request, RecordFollowUp handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("RecordCooperationFollowUp")
            .WithSummary("记录一次跟进（今天）及下次跟进日期（留空为不再跟进）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        cooperations.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] CooperationListParameters query, ExportCooperations handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "产学研合作项目.xlsx");
            })
            .WithName("ExportCooperations")
            .WithSummary("合作项目导出为 Excel（金额单位：万元）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
    }
}
