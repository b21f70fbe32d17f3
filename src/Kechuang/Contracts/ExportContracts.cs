using Kechuang.Contracts.Import;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Kechuang.Contracts;

/// <summary>
/// The desk's filtered list as an .xlsx whose first columns are the import's, so it can be corrected and imported
/// again. Rows stream from the database into the sheet; one sheet holds at most Excel's 1,048,575 rows.
/// </summary>
public sealed class ExportContracts(KechuangDbContext db)
{
    public const int MaxRows = 1_048_575;

    public async Task<int> HandleAsync(Caller caller, ListContractsQuery query, Stream output, CancellationToken ct = default)
    {
        var contracts = await ListContracts.FilterAsync(db, caller, query, ct);
        var names = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County).Within(r => r.Code, caller.Region, RegionColumn.AnyCodes)
            .ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var count = 0;
        var rows = contracts.OrderBy(c => c.SellerRegionCode).ThenBy(c => c.ReceivedOn).ThenBy(c => c.Id).Take(MaxRows).AsEnumerable().Select(c =>
        {
            count++;
            return Row(c, names.GetValueOrDefault(c.SellerRegionCode));
        });
        await Task.Run(() => MiniExcel.SaveAs(output, Rows(rows), sheetName: "技术合同", configuration: Configuration(ContractColumns.Export)), ct);
        return count;
    }

    /// <summary>MiniExcel takes its headers from the first row; an empty list still needs them.</summary>
    private static IEnumerable<Dictionary<string, object?>> Rows(IEnumerable<Dictionary<string, object?>> rows)
    {
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            yield return row.ToDictionary(c => c.Key, c => Common.Excel.FormulaGuard.Safe(c.Value));
        }
        if (!any)
        {
            yield return ContractColumns.Export.ToDictionary(c => c.Header, _ => (object?)null);
        }
    }

    internal static OpenXmlConfiguration Configuration(IEnumerable<Common.Excel.ExcelColumn> columns) => new()
    {
        DynamicColumns = columns.Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width, Format = c.Format }).ToArray(),
    };

    private static Dictionary<string, object?> Row(TechContract c, string? regionName) => new()
    {
        ["登记编号"] = c.RegistrationNo,
        ["合同名称"] = c.Name,
        ["合同类别"] = ContractTypes.Chinese(c.Type),
        ["卖方名称"] = c.SellerName,
        ["卖方统一社会信用代码"] = c.SellerUscc,
        ["卖方地区代码"] = c.SellerRegionCode,
        ["买方名称"] = c.BuyerName,
        ["买方统一社会信用代码"] = c.BuyerUscc,
        ["买方地区代码"] = c.BuyerRegionCode,
        ["签订日期"] = c.SignedOn.ToDateTime(TimeOnly.MinValue),
        ["受理日期"] = c.ReceivedOn.ToDateTime(TimeOnly.MinValue),
        ["登记日期"] = c.Status == ContractStatus.Registered ? c.DecidedOn?.ToDateTime(TimeOnly.MinValue) : null,
        ["合同成交额"] = c.Turnover,
        ["技术交易额"] = c.TechTransaction,
        ["状态"] = ContractStatus.Chinese(c.Status),
        ["不予登记理由"] = c.RefusalReason,
        ["所属区县"] = regionName,
    };
}
