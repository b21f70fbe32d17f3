using System.Security.Claims;
using Kechuang.Commissioners;
using Kechuang.Commissioners.Excel;
using Kechuang.Common;
using Kechuang.Common.Excel;

namespace Kechuang.Web.Api;

/// <summary>GET /api/commissioners: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record CommissionerListParameters(
    string? Region, string? RegionCode, int? Year, string? Level, string? Kind, string? Q, int? Page, int? PageSize)
{
    public ListCommissionersQuery ToQuery() => new(RegionAlias.Pick(Region, RegionCode), Year, Level, Kind, Q, Page, PageSize);
}

/// <summary>GET /api/commissioners/coverage: a county and a service year (this year when left out).</summary>
public sealed record CommissionerCoverageParameters(string? Region, string? RegionCode, int? Year);

public static class CommissionerEndpoints
{
    public static void MapCommissionerEndpoints(this RouteGroupBuilder api)
    {
        var commissioners = api.MapGroup("/commissioners").WithTags("科技特派员");
        commissioners.MapGet("/", (ClaimsPrincipal user, ListCommissioners handler, [AsParameters] CommissionerListParameters query, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListCommissioners")
            .WithSummary("科技特派员列表：按区划、服务年度、级别、类型（individual/team）、姓名、派出单位或服务领域筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        commissioners.MapPost("/", async (ClaimsPrincipal user, CommissionerRequest request, CreateCommissioner handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/commissioners/{created.Id}", created);
            })
            .WithName("CreateCommissioner")
            .WithSummary("登记科技特派员（个人或团队）及其服务年度和服务乡镇")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        commissioners.MapGet("/coverage", (ClaimsPrincipal user, [AsParameters] CommissionerCoverageParameters query, GetCommissionerCoverage handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), RegionAlias.Pick(query.Region, query.RegionCode), query.Year, ct))
            .WithName("GetCommissionerCoverage")
            .WithSummary("科技特派员镇村覆盖：一个县（市、区）的全部乡镇及服务各乡镇的科技特派员")
            .ProducesValidationProblem().ProducesProblem(403);
        commissioners.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetCommissioner handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetCommissioner")
            .WithSummary("科技特派员详情，含团队成员、服务乡镇和服务项目")
            .ProducesProblem(403).ProducesProblem(404);
        commissioners.MapPost("/{id:guid}/assessment", (ClaimsPrincipal user, Guid id, CommissionerAssessmentRequest request, AssessCommissioner handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("AssessCommissioner")
            .WithSummary("年度考核（优秀/合格/基本合格/不合格）：每条服务年度记录考核一次，重复考核返回 409")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        commissioners.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, bool? dryRun, bool? keepGoodRows, ImportCommissioners handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), input, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            .Upload(api.Limits().Registers)
            .WithName("ImportCommissioners")
            .WithSummary("批量导入科技特派员（.xlsx，一行一名个人或一个团队及其服务年度、服务乡镇）；默认有错误行则全部不导入")
            .ProducesValidationProblem().ProducesProblem(403);
        commissioners.MapGet("/import/template", () => Results.File(CommissionerColumns.Template(), XlsxFile.ContentType, "科技特派员导入模板.xlsx"))
            .WithName("GetCommissionerImportTemplate")
            .WithSummary("下载导入模板（列名和示例行）");
    }
}
