using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Projects.Experts;
using Kechuang.Projects.Experts.Excel;

namespace Kechuang.Web.Api;

/// <summary>GET /api/experts and its export: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record ExpertListParameters(string? Region, string? RegionCode, string? Q, string? Field, bool? Available, int? Page, int? PageSize)
{
    public ListExpertsQuery ToQuery() => new(RegionAlias.Pick(Region, RegionCode), Q, Field, Available, Page, PageSize);
}

public static class ExpertEndpoints
{
    public static void MapExpertEndpoints(this RouteGroupBuilder api)
    {
        var experts = api.MapGroup("/experts").WithTags("专家库");
        experts.MapGet("/", (ClaimsPrincipal user, ListExperts handler, [AsParameters] ExpertListParameters query, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListExperts")
            .WithSummary("专家库：按区划、姓名/单位/职称、专业领域、是否可评审筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        experts.MapPost("/", async (ClaimsPrincipal user, ExpertRequest request, CreateExpert handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/experts/{created.Id}", created);
            })
            .WithName("CreateExpert")
            .WithSummary("登记专家：工作单位、专业领域、联系方式、可否评审和申报的回避关系（relations: kind 为 organisation 或 person）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        experts.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetExpert handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetExpert")
            .WithSummary("专家详情，含回避关系")
            .ProducesProblem(403).ProducesProblem(404);
        experts.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, ExpertRequest request, UpdateExpert handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateExpert")
            .WithSummary("修改专家信息（整体替换，回避关系按本次提交为准；带 version 防止覆盖他人的修改）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        experts.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] ExpertListParameters query, ExportExperts handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "专家库.xlsx");
            })
            .WithName("ExportExperts")
            .WithSummary("专家库导出为 Excel（列同导入模板，可修改后导回）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        experts.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, bool? dryRun, bool? keepGoodRows, ImportExperts handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), input, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            .Upload(api.Limits().Registers)
            .WithName("ImportExperts")
            .WithSummary("批量导入专家（.xlsx；同一专家库中同单位同名的专家按本行更新）；默认有错误行则全部不导入")
            .ProducesValidationProblem().ProducesProblem(403);
        experts.MapGet("/import/template", () => Results.File(ExpertColumns.Template(), XlsxFile.ContentType, "专家库导入模板.xlsx"))
            .WithName("GetExpertImportTemplate")
            .WithSummary("下载导入模板（列名和一行示例）");
    }
}
