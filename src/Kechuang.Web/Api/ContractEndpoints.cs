using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Contracts;
using Kechuang.Contracts.Import;

namespace Kechuang.Web.Api;

public static class ContractEndpoints
{
    public static void MapContractEndpoints(this RouteGroupBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("技术合同登记");
        contracts.MapGet("/", (ClaimsPrincipal user, ListContracts handler, string? regionCode, string? status, string? type, string? q, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), new ListContractsQuery(regionCode, status, type, q, from, to, page, pageSize), ct))
            .WithSummary("技术合同列表：按区划、状态（received/registered/refused）、类别、名称或编号、受理日期筛选");
        contracts.MapPost("/", async (ClaimsPrincipal user, ContractRequest request, CreateContract handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return Results.Created($"/api/contracts/{created.Id}", created);
            })
            .WithSummary("受理技术合同（金额单位：元）");
        contracts.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetContract handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct));
        contracts.MapPost("/{id:guid}/register", (ClaimsPrincipal user, Guid id, RegisterContractRequest request, RegisterContract handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithSummary("登记（不填登记编号时自动编号）");
        contracts.MapPost("/{id:guid}/refuse", (ClaimsPrincipal user, Guid id, RefuseContractRequest request, RefuseContract handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithSummary("不予登记（须填写理由）");
        contracts.MapGet("/waiting", (ClaimsPrincipal user, string? regionCode, ListWaitingContracts handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), regionCode, ct))
            .WithSummary("待办：受理超过20天仍未决定的合同（30天内须决定）");
        contracts.MapGet("/stats", (ClaimsPrincipal user, string? region, int? year, int? month, GetContractStats handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), region, year, month, ct))
            .WithSummary("年初至当月累计：合同数、成交额、技术交易额，上年同期与同比，按类别和月份");
        contracts.MapGet("/stats.xlsx", async (ClaimsPrincipal user, string? region, int? year, int? month, ExportContractStats handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                var stats = await handler.HandleAsync(user.Caller(), region, year, month, output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, $"技术合同统计-{stats.RegionCode}-{stats.Year}年1-{stats.Month}月.xlsx");
            })
            .WithSummary("统计表（按月、按类别）导出为 Excel");
        contracts.MapGet("/export", async (ClaimsPrincipal user, string? regionCode, string? status, string? type, string? q, DateOnly? from, DateOnly? to, ExportContracts handler, CancellationToken ct) =>
            {
                // A temporary file rather than memory: a province's list runs to hundreds of megabytes.
                var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
                try
                {
                    await handler.HandleAsync(user.Caller(), new ListContractsQuery(regionCode, status, type, q, from, to), buffer, ct);
                    buffer.Position = 0;
                    return Results.File(buffer, XlsxFile.ContentType, "技术合同.xlsx");
                }
                catch
                {
                    await buffer.DisposeAsync();
                    throw;
                }
            })
            .WithSummary("导出筛选后的合同清单（前14列与导入模板相同）");
        contracts.MapPost("/import", async (ClaimsPrincipal user, IFormFile? file, bool? dryRun, bool? keepGoodRows, ImportContracts handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 CSV（UTF-8）或 .xlsx 文件");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), input, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            .DisableAntiforgery()
            .WithSummary("批量导入 CSV 或 .xlsx；按登记编号新增或更新；默认有错误行则全部不导入");
        contracts.MapGet("/import/template", () =>
            {
                var output = new MemoryStream();
                MiniExcelLibs.MiniExcel.SaveAs(output, new[] { ContractColumns.All.ToDictionary(c => c.Header, _ => (object?)null) }, sheetName: "技术合同",
                    configuration: ContractImportTemplate.Configuration());
                return Results.File(output.ToArray(), XlsxFile.ContentType, "技术合同导入模板.xlsx");
            })
            .WithSummary("下载导入模板（列名）");
        contracts.MapPost("/{id:guid}/scan", async (ClaimsPrincipal user, Guid id, IFormFile? file, AttachContractScan handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传合同扫描件（PDF、JPG 或 PNG）");
                }
                if (file.Length > AttachContractScan.MaxBytes)
                {
                    throw new ValidationFailedException("file", "扫描件不能超过 10 MB");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), id, file.FileName, input, ct);
            })
            .DisableAntiforgery()
            .WithSummary("上传合同扫描件（PDF、JPG、PNG，不超过 10 MB）");
        contracts.MapGet("/{id:guid}/scan", async (ClaimsPrincipal user, Guid id, GetContractScan handler, CancellationToken ct) =>
            {
                var scan = await handler.HandleAsync(user.Caller(), id, ct);
                return Results.File(scan.Content, scan.ContentType, scan.FileName);
            })
            .WithSummary("下载合同扫描件");
    }
}
