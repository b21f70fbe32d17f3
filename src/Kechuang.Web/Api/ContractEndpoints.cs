using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Contracts;
using Kechuang.Contracts.Import;

namespace Kechuang.Web.Api;

/// <summary>GET /api/contracts and its export: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record ContractListParameters(
    string? Region, string? RegionCode, string? Status, string? Type, string? Q, DateOnly? From, DateOnly? To, int? Page, int? PageSize)
{
    public ListContractsQuery ToQuery() => new(RegionAlias.Pick(Region, RegionCode), Status, Type, Q, From, To, Page, PageSize);
}

/// <summary>GET /api/contracts/waiting.</summary>
public sealed record WaitingContractsParameters(string? Region, string? RegionCode)
{
    public string? RegionOrAlias => RegionAlias.Pick(Region, RegionCode);
}

/// <summary>GET /api/contracts/stats and stats.xlsx.</summary>
public sealed record ContractStatsParameters(string? Region, string? RegionCode, int? Year, int? Month)
{
    public string? RegionOrAlias => RegionAlias.Pick(Region, RegionCode);
}

public static class ContractEndpoints
{
    public static void MapContractEndpoints(this RouteGroupBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("技术合同登记");
        contracts.MapGet("/", (ClaimsPrincipal user, ListContracts handler, [AsParameters] ContractListParameters query, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListContracts")
            .WithSummary("技术合同列表：按区划、状态（received/registered/refused）、类别、名称或编号、受理日期筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        contracts.MapPost("/", async (ClaimsPrincipal user, ContractRequest request, CreateContract handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/contracts/{created.Id}", created);
            })
            .WithName("CreateContract")
            .WithSummary("受理技术合同（金额单位：元）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        contracts.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetContract handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetContract")
            .WithSummary("技术合同详情")
            .ProducesProblem(403).ProducesProblem(404);
        contracts.MapPost("/{id:guid}/register", (ClaimsPrincipal user, Guid id, RegisterContractRequest request, RegisterContract handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("RegisterContract")
            .WithSummary("登记（不填登记编号时自动编号）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        contracts.MapPost("/{id:guid}/refuse", (ClaimsPrincipal user, Guid id, RefuseContractRequest request, RefuseContract handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("RefuseContract")
            .WithSummary("不予登记（须填写理由）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        contracts.MapGet("/waiting", (ClaimsPrincipal user, [AsParameters] WaitingContractsParameters query, ListWaitingContracts handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.RegionOrAlias, ct))
            .WithName("ListWaitingContracts")
            .WithSummary("待办：受理超过20天仍未决定的合同（30天内须决定）")
            .ProducesValidationProblem().ProducesProblem(403);
        contracts.MapGet("/stats", (ClaimsPrincipal user, [AsParameters] ContractStatsParameters query, GetContractStats handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.RegionOrAlias, query.Year, query.Month, ct))
            .WithName("GetContractStats")
            .WithSummary("年初至所选月份累计（默认上一个完整月份；所选为本月时截至今日，与上年同月同日相比，partial=true）：合同数、成交额、技术交易额，上年同期与同比，按类别和月份")
            .ProducesValidationProblem().ProducesProblem(403);
        contracts.MapGet("/stats.xlsx", async (ClaimsPrincipal user, [AsParameters] ContractStatsParameters query, ExportContractStats handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                var stats = await handler.HandleAsync(user.Caller(), query.RegionOrAlias, query.Year, query.Month, output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, $"技术合同统计-{stats.RegionCode}-{stats.Year}年1-{stats.Month}月{(stats.Partial ? $"截至{stats.ThroughDate.Day}日" : "")}.xlsx");
            })
            .WithName("ExportContractStats")
            .WithSummary("统计表（按月、按类别）导出为 Excel")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        contracts.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] ContractListParameters query, ExportContracts handler, CancellationToken ct) =>
            {
                // A temporary file rather than memory: a province's list runs to hundreds of megabytes.
                var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
                try
                {
                    await handler.HandleAsync(user.Caller(), query.ToQuery() with { Page = null, PageSize = null }, buffer, ct);
                    buffer.Position = 0;
                    return Results.File(buffer, XlsxFile.ContentType, "技术合同.xlsx");
                }
                catch
                {
                    await buffer.DisposeAsync();
                    throw;
                }
            })
            .WithName("ExportContracts")
            .WithSummary("导出筛选后的合同清单（前14列与导入模板相同）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        contracts.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, bool? dryRun, bool? keepGoodRows, ImportContracts handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 CSV（UTF-8）或 .xlsx 文件");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), input, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            .Upload(api.Limits().Contracts)
            .WithName("ImportContracts")
            .WithSummary("批量导入 CSV 或 .xlsx；按登记编号新增或更新；默认有错误行则全部不导入")
            .ProducesValidationProblem().ProducesProblem(403);
        contracts.MapGet("/import/template", () =>
            {
                var output = new MemoryStream();
                MiniExcelLibs.MiniExcel.SaveAs(output, new[] { ContractColumns.All.ToDictionary(c => c.Header, _ => (object?)null) }, sheetName: "技术合同",
                    configuration: ContractImportTemplate.Configuration());
                return Results.File(output.ToArray(), XlsxFile.ContentType, "技术合同导入模板.xlsx");
            })
            .WithName("GetContractImportTemplate")
            .WithSummary("下载导入模板（列名）")
            .Produces(200, contentType: XlsxFile.ContentType);
        contracts.MapPost("/{id:guid}/scan", async (ClaimsPrincipal user, Guid id, IFormFile? file, AttachContractScan handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传合同扫描件（PDF、JPG 或 PNG）");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), id, file.FileName, input, ct);
            })
            .Upload(api.Limits().Scans)
            .WithName("AttachContractScan")
            .WithSummary("上传合同扫描件（PDF、JPG、PNG，不超过 10 MB）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        contracts.MapGet("/{id:guid}/scan", async (ClaimsPrincipal user, Guid id, GetContractScan handler, CancellationToken ct) =>
            {
                var scan = await handler.HandleAsync(user.Caller(), id, ct);
                return Results.File(scan.Content, scan.ContentType, scan.FileName);
            })
            .WithName("GetContractScan")
            .WithSummary("下载合同扫描件")
            .Produces(200, contentType: "application/octet-stream")
            .ProducesProblem(403).ProducesProblem(404);
    }
}
