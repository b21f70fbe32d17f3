using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Outreach;

namespace Kechuang.Web.Api;

/// <summary>GET /api/outreach/activities and its export.</summary>
public sealed record ActivityListParameters(string? Region, string? Kind, int? Year, string? Q, int? Page, int? PageSize)
{
    public ListActivitiesQuery ToQuery() => new(Region, Kind, Year, Q, Page, PageSize);
}

/// <summary>GET /api/outreach/bases.</summary>
public sealed record ScienceBaseListParameters(string? Region, string? Q);

/// <summary>GET /api/competitions and its export.</summary>
public sealed record CompetitionListParameters(string? Region, int? Year, string? Q, int? Page, int? PageSize)
{
    public ListCompetitionsQuery ToQuery() => new(Region, Year, Q, Page, PageSize);
}

public static class OutreachEndpoints
{
    public static void MapOutreachEndpoints(this RouteGroupBuilder api)
    {
        MapActivities(api);
        MapCompetitions(api);
    }

    private static void MapActivities(RouteGroupBuilder api)
    {
        var outreach = api.MapGroup("/outreach").WithTags("科普活动");
        outreach.MapGet("/activities", (ClaimsPrincipal user, [AsParameters] ActivityListParameters query, ListActivities handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListOutreachActivities")
            .WithSummary("科技活动周、科普日、科普活动、科技下乡和科技培训：按类型、年份、名称或主办单位筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        outreach.MapPost("/activities", async (ClaimsPrincipal user, ActivityRequest request, SaveActivity handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/outreach/activities/{created.Id}", created);
            })
            .WithName("CreateOutreachActivity")
            .WithSummary("登记已举办的活动：类型、名称、主办单位、地点、日期和参与人次")
            .ProducesValidationProblem().ProducesProblem(403);
        outreach.MapGet("/activities/export", async (ClaimsPrincipal user, [AsParameters] ActivityListParameters query, ExportActivities handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "科普活动台账.xlsx");
            })
            .WithName("ExportOutreachActivities")
            .WithSummary("活动台账导出为 Excel（筛选同列表）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        outreach.MapGet("/activities/{id:guid}", (ClaimsPrincipal user, Guid id, GetActivity handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetOutreachActivity")
            .WithSummary("活动详情，含照片列表")
            .ProducesProblem(403).ProducesProblem(404);
        outreach.MapPut("/activities/{id:guid}", (ClaimsPrincipal user, Guid id, ActivityRequest request, SaveActivity handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateOutreachActivity")
            .WithSummary("修改活动登记")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        outreach.MapDelete("/activities/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteActivity handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteOutreachActivity")
            .WithSummary("删除误登记的活动（连同照片）")
            .ProducesProblem(403).ProducesProblem(404);
        outreach.MapPost("/activities/{id:guid}/photos", async (ClaimsPrincipal user, Guid id, IFormFile? file, AttachActivityPhoto handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传活动照片（JPG 或 PNG）");
                }
                await using var input = file.OpenReadStream();
                var photo = await handler.HandleAsync(user.Caller(), id, file.FileName, input, ct);
                return TypedResults.Created($"/api/outreach/activities/{id}/photos/{photo.Id}", photo);
            })
            .Upload(api.Limits().Photos)
            .WithName("AttachOutreachPhoto")
            .WithSummary("上传活动照片（JPG、PNG，按内容判断，单张不超过 5 MB，每项活动最多 20 张）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        outreach.MapGet("/activities/{id:guid}/photos/{photoId:guid}", async (ClaimsPrincipal user, Guid id, Guid photoId, GetActivityPhoto handler, CancellationToken ct) =>
            {
                var photo = await handler.HandleAsync(user.Caller(), id, photoId, ct);
                return Results.File(photo.Content, photo.ContentType, photo.FileName);
            })
            .WithName("GetOutreachPhoto")
            .WithSummary("下载活动照片")
            .Produces(200, contentType: "application/octet-stream")
            .ProducesProblem(403).ProducesProblem(404);
        outreach.MapDelete("/activities/{id:guid}/photos/{photoId:guid}", async (ClaimsPrincipal user, Guid id, Guid photoId, DeleteActivityPhoto handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, photoId, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteOutreachPhoto")
            .WithSummary("删除活动照片")
            .ProducesProblem(403).ProducesProblem(404);

        outreach.MapGet("/bases", (ClaimsPrincipal user, [AsParameters] ScienceBaseListParameters query, ListScienceBases handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.Region, query.Q, ct))
            .WithName("ListScienceBases")
            .WithSummary("科普基地：名称、认定级别、依托单位和认定日期")
            .ProducesValidationProblem().ProducesProblem(403);
        outreach.MapPost("/bases", async (ClaimsPrincipal user, ScienceBaseRequest request, SaveScienceBase handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/outreach/bases/{created.Id}", created);
            })
            .WithName("CreateScienceBase")
            .WithSummary("登记科普基地（同县同名的返回 409）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        outreach.MapPut("/bases/{id:guid}", (ClaimsPrincipal user, Guid id, ScienceBaseRequest request, SaveScienceBase handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateScienceBase")
            .WithSummary("修改科普基地")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        outreach.MapDelete("/bases/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteScienceBase handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteScienceBase")
            .WithSummary("删除科普基地")
            .ProducesProblem(403).ProducesProblem(404);
    }

    private static void MapCompetitions(RouteGroupBuilder api)
    {
        var competitions = api.MapGroup("/competitions").WithTags("创新创业大赛");
        competitions.MapGet("", (ClaimsPrincipal user, [AsParameters] CompetitionListParameters query, ListCompetitions handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListCompetitions")
            .WithSummary("创新创业大赛列表：参赛项目数和获奖数，按年度、名称或主办单位筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        competitions.MapPost("", async (ClaimsPrincipal user, CompetitionRequest request, SaveCompetition handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/competitions/{created.Id}", created);
            })
            .WithName("CreateCompetition")
            .WithSummary("登记创新创业大赛：年度、名称、级别、主办单位（同县同年同名的返回 409）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        competitions.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] CompetitionListParameters query, ExportCompetitions handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "创新创业大赛获奖台账.xlsx");
            })
            .WithName("ExportCompetitions")
            .WithSummary("参赛和获奖台账导出为 Excel（每个参赛项目一行，筛选同列表）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        competitions.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetCompetition handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetCompetition")
            .WithSummary("大赛详情：参赛项目、赛程、评委和得分")
            .ProducesProblem(403).ProducesProblem(404);
        competitions.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, CompetitionRequest request, SaveCompetition handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateCompetition")
            .WithSummary("修改大赛")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        competitions.MapDelete("/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteCompetition handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCompetition")
            .WithSummary("删除误登记的大赛（连同参赛项目、赛程和奖项）")
            .ProducesProblem(403).ProducesProblem(404);
        competitions.MapPost("/{id:guid}/entries", (ClaimsPrincipal user, Guid id, EntryRequest request, SaveEntry handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, null, request, ct))
            .WithName("AddCompetitionEntry")
            .WithSummary("登记参赛项目：企业名录中的企业或团队名称、赛道/组别、项目名称，获奖后填写奖项、级别和日期")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        competitions.MapPut("/{id:guid}/entries/{entryId:guid}", (ClaimsPrincipal user, Guid id, Guid entryId, EntryRequest request, SaveEntry handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, entryId, request, ct))
            .WithName("UpdateCompetitionEntry")
            .WithSummary("修改参赛项目或登记奖项（一等奖、二等奖、三等奖、优秀奖）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        competitions.MapDelete("/{id:guid}/entries/{entryId:guid}", async (ClaimsPrincipal user, Guid id, Guid entryId, DeleteEntry handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, entryId, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCompetitionEntry")
            .WithSummary("删除参赛项目（连同得分）")
            .ProducesProblem(403).ProducesProblem(404);
        competitions.MapPost("/{id:guid}/rounds", (ClaimsPrincipal user, Guid id, RoundRequest request, AddRound handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("AddCompetitionRound")
            .WithSummary("登记赛程：初赛、复赛或决赛及比赛日期")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        competitions.MapDelete("/{id:guid}/rounds/{roundId:guid}", async (ClaimsPrincipal user, Guid id, Guid roundId, DeleteRound handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, roundId, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCompetitionRound")
            .WithSummary("删除赛程（连同评委和得分）")
            .ProducesProblem(403).ProducesProblem(404);
        competitions.MapPost("/{id:guid}/rounds/{roundId:guid}/draw", (ClaimsPrincipal user, Guid id, Guid roundId, JudgeDrawRequest request, DrawJudges handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, roundId, request, ct))
            .WithName("DrawCompetitionJudges")
            .WithSummary("从专家库随机抽取评委（3到9人的单数，默认5人），按评审回避规则排除与参赛单位有关系的专家，记录随机种子以便复核")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        competitions.MapPut("/{id:guid}/rounds/{roundId:guid}/scores", (ClaimsPrincipal user, Guid id, Guid roundId, ScoresRequest request, RecordScores handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, roundId, request, ct))
            .WithName("RecordCompetitionScores")
            .WithSummary("录入本轮各参赛项目得分（0至100分），返回名次")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
    }
}
