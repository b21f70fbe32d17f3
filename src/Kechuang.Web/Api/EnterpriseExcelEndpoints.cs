using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Enterprises.Excel;

namespace Kechuang.Web.Api;

/// <summary>GET /api/enterprises/export: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record EnterpriseExportParameters(string? Region, string? RegionCode)
{
    public string? RegionOrAlias => RegionAlias.Pick(Region, RegionCode);
}

public static class EnterpriseExcelEndpoints
{

    public static void MapEnterpriseExcelEndpoints(this RouteGroupBuilder api)
    {
        var excel = api.MapGroup("/enterprises").WithTags("企业档案");
        excel.MapPost("/import/{kind}", async (ClaimsPrincipal user, string kind, IFormFile? file, bool? dryRun, bool? keepGoodRows, HttpContext http, CancellationToken ct) =>
            {
                var importKind = Kind(kind);
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                var handler = (IExcelImport)http.RequestServices.GetRequiredService(importKind.Handler());
                await using var xlsx = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), xlsx, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            // For scripts with a bearer token; the UI calls the use case directly. Bad rows are in the report (200).
            .Upload(api.Limits().Enterprises)
            .WithName("ImportEnterpriseExcel")
            .WithSummary("从 Excel 导入企业（enterprises）、年度经营数据（facts）或资质（qualifications）；有错误行时默认全部不导入")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        excel.MapGet("/import/{kind}/template", (string kind) =>
            {
                var importKind = Kind(kind);
                var template = new MemoryStream();
                ImportTemplates.Write(importKind, template);
                return Results.File(template.ToArray(), XlsxFile.ContentType, ImportTemplates.FileName(importKind));
            })
            .WithName("GetEnterpriseImportTemplate")
            .WithSummary("下载导入模板（列名和一行示例）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesProblem(404);
        excel.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] EnterpriseExportParameters query, ExportEnterprises handler, CancellationToken ct) =>
            {
                var regionCode = query.RegionOrAlias;
                // A temporary file rather than memory: a province's register runs to tens of megabytes.
                var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
                try
                {
                    await handler.HandleAsync(user.Caller(), regionCode, buffer, ct);
                    buffer.Position = 0;
                    var name = string.IsNullOrWhiteSpace(regionCode) ? "企业名录.xlsx" : $"企业名录-{regionCode.Trim()}.xlsx";
                    return Results.File(buffer, XlsxFile.ContentType, name);
                }
                catch
                {
                    await buffer.DisposeAsync();
                    throw;
                }
            })
            .WithName("ExportEnterprises")
            .WithSummary("导出企业名录（与导入模板同列，修改后可再导入）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
    }

    private static ImportKind Kind(string word) => ImportKinds.TryParse(word, out var kind)
        ? kind
        : throw new NotFoundException($"不支持的导入类型“{word}”，可选：{ImportKinds.AllWords}");
}
