using System.Security.Claims;
using Kechuang.Common.Excel;
using Kechuang.Visits;

namespace Kechuang.Web.Api;

/// <summary>GET /api/visits and the export.</summary>
public sealed record VisitListParameters(string? Region, int? Year, string? Q, int? Page, int? PageSize)
{
    public ListVisitsQuery ToQuery() => new(Region, Year, Q, Page, PageSize);
}

/// <summary>GET /api/visit-problems and the export.</summary>
public sealed record ProblemListParameters(string? Status, string? Region, int? Year, string? Category, string? Q, int? Page, int? PageSize, bool? Mine)
{
    public ListProblemsQuery ToQuery() => new(Status, Region, Year, Category, Q, Page, PageSize, Mine);
}

public static class VisitEndpoints
{
    public static void MapVisitEndpoints(this RouteGroupBuilder api)
    {
        var visits = api.MapGroup("/visits").WithTags("走访服务");
        visits.MapGet("", (ClaimsPrincipal user, [AsParameters] VisitListParameters query, ListVisits handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListVisits").WithSummary("本辖区的走访记录：按年份、企业名称、走访人员或内容筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        visits.MapPost("", async (ClaimsPrincipal user, VisitRequest request, RecordVisit handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/visits/{created.Id}", created);
            })
            .WithName("RecordVisit").WithSummary("登记一次走访：日期、企业、走访人员、企业参加人员、走访情况和收集的问题")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        visits.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] VisitListParameters query, ExportVisits handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "走访台账.xlsx");
            })
            .WithName("ExportVisits").WithSummary("走访台账导出为 Excel（筛选同列表）")
            .Produces(200, contentType: XlsxFile.ContentType).ProducesValidationProblem().ProducesProblem(403);
        visits.MapGet("/assignees", (ClaimsPrincipal user, string? region, ListAssignees handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), region, ct))
            .WithName("ListVisitAssignees").WithSummary("可指派为走访问题承办人的科室人员和管理员（指定辖区时：能查看该辖区的）")
            .ProducesValidationProblem().ProducesProblem(403);
        visits.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetVisit handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetVisit").WithSummary("走访详情：问题、跟踪记录和办理结果")
            .ProducesProblem(403).ProducesProblem(404);
        visits.MapPost("/{id:guid}/problems", async (ClaimsPrincipal user, Guid id, ProblemRequest request, AddProblem handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), id, request, ct);
                return TypedResults.Created($"/api/visits/{id}", created);
            })
            .WithName("AddVisitProblem").WithSummary("为走访补充一个问题：类别、描述、办结期限和承办人（可稍后指派）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        var problems = api.MapGroup("/visit-problems").WithTags("走访服务");
        problems.MapGet("/mine", (ClaimsPrincipal user, ListMyProblems handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), ct))
            .WithName("ListMyVisitProblems").WithSummary("企业用户：科技局走访时本企业反映的问题、办理状态和答复（不含内部跟踪记录）")
            .ProducesProblem(403);
        problems.MapGet("", (ClaimsPrincipal user, [AsParameters] ProblemListParameters query, ListProblems handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListVisitProblems").WithSummary("走访问题清单：status=open 未办结、overdue 已逾期、unassigned 未指派、closed 已办结；mine=true 只看指派给我的")
            .ProducesValidationProblem().ProducesProblem(403);
        problems.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] ProblemListParameters query, ExportProblems handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "走访问题清单.xlsx");
            })
            .WithName("ExportVisitProblems").WithSummary("走访问题清单导出为 Excel（筛选同列表）")
            .Produces(200, contentType: XlsxFile.ContentType).ProducesValidationProblem().ProducesProblem(403);
        problems.MapPost("/{id:guid}/assign", (ClaimsPrincipal user, Guid id, AssignProblemRequest request, AssignProblem handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("AssignVisitProblem").WithSummary("指派或改派问题的承办人，可同时调整办结期限（已办结的问题：409）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        problems.MapPost("/{id:guid}/follow-ups", (ClaimsPrincipal user, Guid id, FollowUpRequest request, FollowUpProblem handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("FollowUpVisitProblem").WithSummary("记录问题的跟踪督办情况（已办结的问题：409）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        problems.MapPost("/{id:guid}/close", (ClaimsPrincipal user, Guid id, CloseProblemRequest request, CloseProblem handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("CloseVisitProblem").WithSummary("办结问题：已解决或无法解决，附答复或原因（重复办结：409）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
