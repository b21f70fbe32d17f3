using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.IntellectualProperty;
using Kechuang.IntellectualProperty.Excel;

namespace Kechuang.Web.Api;

/// <summary>GET /api/patents and its export.</summary>
public sealed record PatentListParameters(string? Region, Guid? EnterpriseId, string? Kind, string? Status, int? Year, string? Q, int? Page, int? PageSize)
{
    public ListPatentsQuery ToQuery() => new(Region, EnterpriseId, Kind, Status, Year, Q, Page, PageSize);
}

/// <summary>GET /api/patents/figures.</summary>
public sealed record PatentFigureParameters(string? Region, int? Year);

/// <summary>GET /api/ip/populations.</summary>
public sealed record PopulationListParameters(string? Region);

/// <summary>GET /api/ip/trademarks.</summary>
public sealed record TrademarkListParameters(string? Region, string? Q, int? Page, int? PageSize);

/// <summary>GET /api/ip/cases.</summary>
public sealed record IpCaseListParameters(string? Region, string? Status, string? Q, int? Page, int? PageSize);

/// <summary>知识产权 (docs/domain.md §7.8): the enterprises' patents, their figures, the population table, trademarks and disputes.</summary>
public static class PatentEndpoints
{
    public static void MapPatentEndpoints(this RouteGroupBuilder api)
    {
        var patents = api.MapGroup("/patents").WithTags("知识产权");
        patents.MapGet("", (ClaimsPrincipal user, [AsParameters] PatentListParameters query, ListPatents handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListPatents")
            .WithSummary("企业专利列表：按企业、类型（发明/实用新型/外观设计）、法律状态、年份（申请或授权）筛选，q 查申请号、名称或申请人")
            .ProducesValidationProblem().ProducesProblem(403);
        patents.MapPost("", async (ClaimsPrincipal user, PatentRequest request, SavePatent handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/patents/{created.Id}", created);
            })
            .WithName("CreatePatent")
            .WithSummary("登记企业专利：申请号校验位核验（错误时给出正确校验位），类型须与申请号的类型位一致，同一申请号重复登记返回 409")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        patents.MapGet("/figures", (ClaimsPrincipal user, [AsParameters] PatentFigureParameters query, GetPatentFigures handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.Region, query.Year, ct))
            .WithName("GetPatentFigures")
            .WithSummary("分地区专利指标：当年发明专利授权数、有效发明专利数、每万人发明专利拥有量（有效发明专利数÷年末常住人口（万人））")
            .ProducesValidationProblem().ProducesProblem(403);
        patents.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] PatentListParameters query, ExportPatents handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "企业专利.xlsx");
            })
            .WithName("ExportPatents")
            .WithSummary("企业专利导出为 Excel（筛选同列表，列同导入模板，可修改后导回）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        patents.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, bool? dryRun, bool? keepGoodRows, ImportPatents handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), input, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            .Upload(api.Limits().Registers)
            .WithName("ImportPatents")
            .WithSummary("批量导入专利局的专利清单（.xlsx；已登记的申请号按本行更新状态和日期）；默认有错误行则全部不导入，错误列出行和列")
            .ProducesValidationProblem().ProducesProblem(403);
        patents.MapGet("/import/template", () => Results.File(PatentColumns.Template(), XlsxFile.ContentType, "企业专利导入模板.xlsx"))
            .WithName("GetPatentImportTemplate")
            .WithSummary("下载企业专利导入模板（列名和一行示例）");
        patents.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetPatent handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetPatent")
            .WithSummary("专利详情")
            .ProducesProblem(403).ProducesProblem(404);
        patents.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, PatentRequest request, SavePatent handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdatePatent")
            .WithSummary("修改专利（授权、失效时更新状态和日期）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        patents.MapDelete("/{id:guid}", async (ClaimsPrincipal user, Guid id, DeletePatent handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeletePatent")
            .WithSummary("删除误登记的专利")
            .ProducesProblem(403).ProducesProblem(404);

        var ip = api.MapGroup("/ip").WithTags("知识产权");
        ip.MapGet("/populations", (ClaimsPrincipal user, [AsParameters] PopulationListParameters query, ListPopulations handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.Region, ct))
            .WithName("ListRegionPopulations")
            .WithSummary("各地区年末常住人口（万人），每万人发明专利拥有量的分母")
            .ProducesValidationProblem().ProducesProblem(403);
        ip.MapPost("/populations", (ClaimsPrincipal user, PopulationRequest request, SavePopulation handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), request, ct))
            .WithName("SaveRegionPopulation")
            .WithSummary("录入某地区某年年末常住人口（万人；同一地区同一年份覆盖原值），管理员")
            .ProducesValidationProblem().ProducesProblem(403);
        ip.MapDelete("/populations/{id:guid}", async (ClaimsPrincipal user, Guid id, DeletePopulation handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteRegionPopulation")
            .WithSummary("删除误录的人口数据，管理员")
            .ProducesProblem(403).ProducesProblem(404);

        ip.MapGet("/trademarks", (ClaimsPrincipal user, [AsParameters] TrademarkListParameters query, ListTrademarks handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.Region, query.Q, query.Page, query.PageSize, ct))
            .WithName("ListTrademarks")
            .WithSummary("注册商标登记（q 查商标名称、注册人或注册号）")
            .ProducesValidationProblem().ProducesProblem(403);
        ip.MapPost("/trademarks", async (ClaimsPrincipal user, TrademarkRequest request, SaveTrademark handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/ip/trademarks/{created.Id}", created);
            })
            .WithName("CreateTrademark")
            .WithSummary("登记注册商标（同一注册号重复登记返回 409）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        ip.MapPut("/trademarks/{id:guid}", (ClaimsPrincipal user, Guid id, TrademarkRequest request, SaveTrademark handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateTrademark")
            .WithSummary("修改注册商标")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        ip.MapDelete("/trademarks/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteTrademark handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTrademark")
            .WithSummary("删除误登记的商标")
            .ProducesProblem(403).ProducesProblem(404);

        ip.MapGet("/cases", (ClaimsPrincipal user, [AsParameters] IpCaseListParameters query, ListIpCases handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.Region, query.Status, query.Q, query.Page, query.PageSize, ct))
            .WithName("ListIpCases")
            .WithSummary("知识产权侵权纠纷登记：按状态（已受理/处理中/已结案）筛选，q 查案由或当事人")
            .ProducesValidationProblem().ProducesProblem(403);
        ip.MapPost("/cases", async (ClaimsPrincipal user, IpCaseRequest request, SaveIpCase handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/ip/cases/{created.Id}", created);
            })
            .WithName("CreateIpCase")
            .WithSummary("登记收到的侵权纠纷（收案、立案处理、结案日期依次不早于前者）")
            .ProducesValidationProblem().ProducesProblem(403);
        ip.MapPut("/cases/{id:guid}", (ClaimsPrincipal user, Guid id, IpCaseRequest request, SaveIpCase handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateIpCase")
            .WithSummary("修改纠纷案件（立案处理、结案）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        ip.MapDelete("/cases/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteIpCase handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteIpCase")
            .WithSummary("删除误登记的纠纷案件")
            .ProducesProblem(403).ProducesProblem(404);
    }
}
