using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Platforms;
using Kechuang.Platforms.Candidates;
using Kechuang.Platforms.Excel;
using Kechuang.Platforms.Kinds;

namespace Kechuang.Web.Api;

/// <summary>GET /api/platforms: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record PlatformListParameters(string? Region, string? RegionCode, string? Kind, string? Level, string? Q, bool? IncludeWithdrawn, int? Page, int? PageSize)
{
    public ListPlatformsQuery ToQuery() => new(RegionAlias.Pick(Region, RegionCode), Kind, Level, Q, IncludeWithdrawn ?? false, Page, PageSize);
}

/// <summary>GET /api/platforms/candidates and candidates.xlsx: a kind at a level, a fiscal year (last year when left out), a region.</summary>
public sealed record PlatformCandidateParameters(string? Kind, string? Level, int? Year, string? Region, int? Page, int? PageSize)
{
    public CandidateQuery ToQuery() => new(Kind, Level, Year, Region, Page, PageSize);
}

public static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this RouteGroupBuilder api)
    {
        var platforms = api.MapGroup("/platforms").WithTags("研发平台");
        platforms.MapGet("/", (ClaimsPrincipal user, ListPlatforms handler, [AsParameters] PlatformListParameters query, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListPlatforms")
            .WithSummary("研发平台列表：按区划、类型、级别、平台或依托单位名称筛选；已撤销的加 includeWithdrawn=true")
            .ProducesValidationProblem().ProducesProblem(403);
        platforms.MapPost("/", async (ClaimsPrincipal user, PlatformRequest request, CreatePlatform handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/platforms/{created.Id}", created);
            })
            .WithName("CreatePlatform")
            .WithSummary("登记研发平台（类型、级别用中文，如 企业研究院 / 省级；依托企业用 enterpriseId 或 enterpriseUscc）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        platforms.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetPlatform handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetPlatform")
            .WithSummary("研发平台详情，含历次认定与年度评价")
            .ProducesProblem(403).ProducesProblem(404);
        platforms.MapPost("/{id:guid}/upgrade", (ClaimsPrincipal user, Guid id, PlatformUpgradeRequest request, UpgradePlatform handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpgradePlatform")
            .WithSummary("升级：新的更高级别认定，原认定保留在历史中")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        platforms.MapPost("/{id:guid}/evaluations", (ClaimsPrincipal user, Guid id, PlatformEvaluationRequest request, EvaluatePlatform handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("EvaluatePlatform")
            .WithSummary("年度绩效评价（优秀/良好/合格/不合格）；两次不合格的平台自动撤销")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        platforms.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, bool? dryRun, bool? keepGoodRows, ImportPlatforms handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), input, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            .Upload(api.Limits().Registers)
            .WithName("ImportPlatforms")
            .WithSummary("批量导入研发平台（.xlsx，一行一次认定；同名平台更高级别的行记为升级）；默认有错误行则全部不导入")
            .ProducesValidationProblem().ProducesProblem(403);
        platforms.MapGet("/conditions", (ClaimsPrincipal user, ListEntryConditions handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), ct))
            .WithName("ListPlatformEntryConditions")
            .WithSummary("各类研发平台的认定条件（指标、最低要求、单位、依据）")
            .ProducesProblem(403);
        platforms.MapPut("/conditions/{id:guid}", (ClaimsPrincipal user, Guid id, EntryConditionRequest request, UpdateEntryCondition handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdatePlatformEntryCondition")
            .WithSummary("修改一项认定条件的最低要求（仅系统管理员；单位同该条件）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        platforms.MapGet("/kinds", (ClaimsPrincipal user, ListPlatformKinds handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), ct))
            .WithName("ListPlatformKinds")
            .WithSummary("研发平台的类型及各类型的认定级别，附本辖区在册平台数和认定条件数")
            .ProducesProblem(403);
        platforms.MapPost("/kinds", async (ClaimsPrincipal user, PlatformKindRequest request, CreatePlatformKind handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/platforms/kinds/{Uri.EscapeDataString(created.Name)}", created);
            })
            .WithName("CreatePlatformKind")
            .WithSummary("新增平台类型（名称不含级别，levels 为认定级别；仅省级或全国的系统管理员）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        platforms.MapPut("/kinds/{name}", (ClaimsPrincipal user, string name, PlatformKindRequest request, UpdatePlatformKind handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), name, request, ct))
            .WithName("UpdatePlatformKind")
            .WithSummary("修改平台类型的认定级别；仍有在册平台或认定条件的级别不能取消（409）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        platforms.MapDelete("/kinds/{name}", async (ClaimsPrincipal user, string name, DeletePlatformKind handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), name, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeletePlatformKind")
            .WithSummary("删除误建的平台类型：没有任何平台（含已撤销）和认定条件时才可删除")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        platforms.MapGet("/candidates", (ClaimsPrincipal user, [AsParameters] PlatformCandidateParameters query, ListCandidates handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListPlatformCandidates")
            .WithSummary("候选企业：辖区内有该年度数据、尚无该类型同级或更高级平台的企业，逐项列出认定条件的实际值、要求和差距；达标的在前")
            .ProducesValidationProblem().ProducesProblem(403);
        platforms.MapGet("/candidates.xlsx", async (ClaimsPrincipal user, [AsParameters] PlatformCandidateParameters query, ExportCandidates handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, $"研发平台候选企业-{query.Level}{query.Kind}.xlsx");
            })
            .WithName("ExportPlatformCandidates")
            .WithSummary("候选企业名单导出为 Excel")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        platforms.MapGet("/import/template", () => Results.File(PlatformColumns.Template(), XlsxFile.ContentType, "研发平台导入模板.xlsx"))
            .WithName("GetPlatformImportTemplate")
            .WithSummary("下载导入模板（列名和一行示例）");
    }
}
