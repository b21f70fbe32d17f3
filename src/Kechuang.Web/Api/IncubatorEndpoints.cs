using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Incubators;
using Kechuang.Incubators.Excel;

namespace Kechuang.Web.Api;

/// <summary>GET /api/incubators: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record IncubatorListParameters(string? Region, string? RegionCode, string? Kind, string? Level, string? Q, int? Page, int? PageSize)
{
    public ListIncubatorsQuery ToQuery() => new(RegionAlias.Pick(Region, RegionCode), Kind, Level, Q, Page, PageSize);
}

public static class IncubatorEndpoints
{
    public static void MapIncubatorEndpoints(this RouteGroupBuilder api)
    {
        var incubators = api.MapGroup("/incubators").WithTags("孵化载体");
        incubators.MapGet("/", (ClaimsPrincipal user, ListIncubators handler, [AsParameters] IncubatorListParameters query, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListIncubators")
            .WithSummary("孵化载体列表：按区划、类型、级别、名称或运营主体筛选（面积单位：平方米）")
            .ProducesValidationProblem().ProducesProblem(403);
        incubators.MapPost("/", async (ClaimsPrincipal user, IncubatorRequest request, CreateIncubator handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/incubators/{created.Id}", created);
            })
            .WithName("CreateIncubator")
            .WithSummary("登记孵化载体及其首批投入使用的面积（平方米）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        incubators.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetIncubator handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetIncubator")
            .WithSummary("孵化载体详情：各批投入使用的面积、在孵企业，以及本年在孵、毕业、新认定高企和出租率等数字")
            .ProducesProblem(403).ProducesProblem(404);
        incubators.MapPost("/{id:guid}/areas", (ClaimsPrincipal user, Guid id, IncubatorAreaRequest request, AddIncubatorArea handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("AddIncubatorArea")
            .WithSummary("登记新增孵化空间（平方米），计入投入使用当月起的新增孵化空间面积")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        incubators.MapGet("/{id:guid}/figures", (ClaimsPrincipal user, Guid id, int? year, GetIncubatorFigures handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, year, ct))
            .WithName("GetIncubatorFigures")
            .WithSummary("载体某年度的数字（年末或今天）：在孵企业、当年入驻、毕业、退出、在孵期间新认定高企和科技型中小企业、出租率（%）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        incubators.MapPost("/{id:guid}/tenants", (ClaimsPrincipal user, Guid id, IncubatorTenantRequest request, AddIncubatorTenant handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("AddIncubatorTenant")
            .WithSummary("登记入驻企业（企业库中的企业 enterpriseId，或创业团队名称 name）、入驻日期和使用面积（平方米）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        incubators.MapPost("/{id:guid}/tenants/{tenantId:guid}/exit", (ClaimsPrincipal user, Guid id, Guid tenantId, IncubatorTenantExitRequest request, EndIncubatorTenancy handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, tenantId, request, ct))
            .WithName("EndIncubatorTenancy")
            .WithSummary("在孵企业离开：毕业（graduated: true）或退出，含离开日期")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        incubators.MapPost("/{id:guid}/activities", (ClaimsPrincipal user, Guid id, IncubatorActivityRequest request, AddIncubatorActivity handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("AddIncubatorActivity")
            .WithSummary("登记载体开展的服务和活动（创业培训、路演、投融资对接等），含日期和参加人数")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        incubators.MapPost("/{id:guid}/evaluations", (ClaimsPrincipal user, Guid id, IncubatorEvaluationRequest request, EvaluateIncubator handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("EvaluateIncubator")
            .WithSummary("年度考核评价（优秀/良好/合格/不合格），每年一次")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        incubators.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, bool? dryRun, bool? keepGoodRows, ImportIncubators handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), input, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            .Upload(api.Limits().Registers)
            .WithName("ImportIncubators")
            .WithSummary("批量导入孵化载体及其分批投入使用的面积（.xlsx，一行一批）；默认有错误行则全部不导入")
            .ProducesValidationProblem().ProducesProblem(403);
        incubators.MapGet("/import/template", () => Results.File(IncubatorColumns.Template(), XlsxFile.ContentType, "孵化载体导入模板.xlsx"))
            .WithName("GetIncubatorImportTemplate")
            .WithSummary("下载导入模板（列名和一行示例）");
    }
}
