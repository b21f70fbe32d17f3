using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Market.Achievements;
using Kechuang.Market.Achievements.Excel;
using Kechuang.Market.Feedback;
using Kechuang.Market.Needs;
using Kechuang.Market.Needs.Excel;
using Kechuang.Market.Search;

namespace Kechuang.Web.Api;

/// <summary>GET /api/market/needs and its export.</summary>
public sealed record NeedListParameters(string? Region, string? Q, string? Field, string? Status, string? Review, int? Page, int? PageSize)
{
    public ListNeedsQuery ToQuery() => new(Region, Q, Field, Status, Review, Page, PageSize);
}

/// <summary>GET /api/market/achievements and its export.</summary>
public sealed record AchievementListParameters(string? Region, string? Q, string? Field, string? Stage, int? Page, int? PageSize)
{
    public ListAchievementsQuery ToQuery() => new(Region, Q, Field, Stage, Page, PageSize);
}

/// <summary>GET /api/market/search.</summary>
public sealed record MarketSearchParameters(string? Q, string? Kind, string? Field, string? Region, int? Page, int? PageSize)
{
    public MarketSearchQuery ToQuery() => new(Q, Kind, Field, Region, Page, PageSize);
}

/// <summary>The 产学研 technology market (docs/domain.md §7.1): needs, achievements, search and recommendations.</summary>
public static class MarketEndpoints
{
    public static void MapMarketEndpoints(this RouteGroupBuilder api)
    {
        var market = api.MapGroup("/market").WithTags("技术市场");
        MapNeeds(api, market.MapGroup("/needs"));
        MapAchievements(api, market.MapGroup("/achievements"));
        market.MapEventEndpoints();
        market.MapCooperationEndpoints();
        market.MapGet("/search", (ClaimsPrincipal user, [AsParameters] MarketSearchParameters query, SearchMarket handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("SearchMarket")
            .WithSummary("技术市场检索：已发布的需求、科技成果和（科技局）专家，按相关度排序，带命中高亮和理由；kind 为 need、achievement 或 expert")
            .ProducesValidationProblem().ProducesProblem(403);
    }

    private static void MapNeeds(RouteGroupBuilder api, RouteGroupBuilder needs)
    {
        needs.MapGet("", (ClaimsPrincipal user, [AsParameters] NeedListParameters query, ListNeeds handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListNeeds")
            .WithSummary("企业技术需求列表：企业用户为本企业的需求，科技局为本辖区的需求；可按名称/企业、技术领域、需求状态、审核状态筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        needs.MapPost("", async (ClaimsPrincipal user, NeedRequest request, CreateNeed handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/market/needs/{created.Id}", created);
            })
            .WithName("CreateNeed")
            .WithSummary("登记技术需求：企业用户登记本企业的需求（待审核），科技局代企业登记（直接发布）")
            .ProducesValidationProblem().ProducesProblem(403);
        needs.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetNeed handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetNeed")
            .WithSummary("技术需求详情")
            .ProducesProblem(403).ProducesProblem(404);
        needs.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, NeedRequest request, UpdateNeed handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateNeed")
            .WithSummary("修改技术需求（企业修改后重新待审核；带 version 防止覆盖他人的修改）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        needs.MapPost("/{id:guid}/publish", (ClaimsPrincipal user, Guid id, PublishNeed handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("PublishNeed")
            .WithSummary("科技局审核发布技术需求")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        needs.MapPost("/{id:guid}/return", (ClaimsPrincipal user, Guid id, ReturnNeedRequest request, ReturnNeed handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("ReturnNeed")
            .WithSummary("科技局退回技术需求（写明原因，企业据此修改）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        needs.MapGet("/{id:guid}/recommendations", (ClaimsPrincipal user, Guid id, RecommendForNeed handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("RecommendForNeed")
            .WithSummary("为技术需求推荐科技成果和（科技局）专家，带推荐理由")
            .ProducesProblem(403).ProducesProblem(404);
        needs.MapPut("/{id:guid}/feedback", (ClaimsPrincipal user, Guid id, JudgePairRequest request, JudgePair handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("JudgeRecommendation")
            .WithSummary("经纪人确认（confirmed）或否决（rejected）一条推荐（需求与成果或专家），留空为撤销；之后的推荐按此调整排序")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        needs.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] NeedListParameters query, ExportNeeds handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "企业技术需求.xlsx");
            })
            .WithName("ExportNeeds")
            .WithSummary("企业技术需求导出为 Excel（列同导入模板，可修改后导回）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        needs.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, bool? dryRun, bool? keepGoodRows, ImportNeeds handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), input, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            .Upload(api.Limits().Registers)
            .WithName("ImportNeeds")
            .WithSummary("批量导入企业技术需求（.xlsx；同一企业同名的需求按本行更新）；默认有错误行则全部不导入")
            .ProducesValidationProblem().ProducesProblem(403);
        needs.MapGet("/import/template", () => Results.File(NeedColumns.Template(), XlsxFile.ContentType, "企业技术需求导入模板.xlsx"))
            .WithName("GetNeedImportTemplate")
            .WithSummary("下载技术需求导入模板（列名和一行示例）");
    }

    private static void MapAchievements(RouteGroupBuilder api, RouteGroupBuilder achievements)
    {
        achievements.MapGet("", (ClaimsPrincipal user, [AsParameters] AchievementListParameters query, ListAchievements handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListAchievements")
            .WithSummary("科技成果列表：本辖区的成果，可按名称/持有单位、技术领域、成熟度筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        achievements.MapPost("", async (ClaimsPrincipal user, AchievementRequest request, CreateAchievement handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/market/achievements/{created.Id}", created);
            })
            .WithName("CreateAchievement")
            .WithSummary("登记科技成果：持有单位、成熟度、专利（校验专利号校验位）、转让价格和转化方式")
            .ProducesValidationProblem().ProducesProblem(403);
        achievements.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetAchievement handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetAchievement")
            .WithSummary("科技成果详情，含专利")
            .ProducesProblem(403).ProducesProblem(404);
        achievements.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, AchievementRequest request, UpdateAchievement handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateAchievement")
            .WithSummary("修改科技成果（专利按本次提交为准；带 version 防止覆盖他人的修改）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        achievements.MapGet("/{id:guid}/recommendations", (ClaimsPrincipal user, Guid id, RecommendNeedsForAchievement handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("RecommendNeedsForAchievement")
            .WithSummary("为科技成果推荐本辖区企业已发布的技术需求，带推荐理由")
            .ProducesProblem(403).ProducesProblem(404);
        achievements.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] AchievementListParameters query, ExportAchievements handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "科技成果.xlsx");
            })
            .WithName("ExportAchievements")
            .WithSummary("科技成果导出为 Excel（列同导入模板，可修改后导回）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        achievements.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, bool? dryRun, bool? keepGoodRows, ImportAchievements handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), input, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            .Upload(api.Limits().Registers)
            .WithName("ImportAchievements")
            .WithSummary("批量导入科技成果（.xlsx；同一辖区同一单位同名的成果按本行更新）；默认有错误行则全部不导入")
            .ProducesValidationProblem().ProducesProblem(403);
        achievements.MapGet("/import/template", () => Results.File(AchievementColumns.Template(), XlsxFile.ContentType, "科技成果导入模板.xlsx"))
            .WithName("GetAchievementImportTemplate")
            .WithSummary("下载科技成果导入模板（列名和一行示例）");
    }
}
