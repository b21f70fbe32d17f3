using Kechuang.Common.Excel;
using Kechuang.Users;
using MiniExcelLibs;

namespace Kechuang.Contracts;

/// <summary>
/// The statistics page as a workbook: one sheet by month, one by type, each with last year and YoY, under a title row
/// that names the period as the page does, partial month included (docs/contracts.md "Period").
/// </summary>
public sealed class ExportContractStats(GetContractStats stats)
{
    private static readonly ExcelColumn[] Columns =
    [
        new("项目", "label", Width: 20),
        new("合同数（项）", "count"), new("上年同期（项）", "countLast"), new("同比", "countYoy", Width: 10),
        new("合同成交额（万元）", "turnover", Width: 18, Format: ExcelColumn.MoneyFormat), new("上年同期（万元）", "turnoverLast", Width: 18, Format: ExcelColumn.MoneyFormat), new("同比 ", "turnoverYoy", Width: 10),
        new("技术交易额（万元）", "tech", Width: 18, Format: ExcelColumn.MoneyFormat), new("上年同期（万元） ", "techLast", Width: 18, Format: ExcelColumn.MoneyFormat), new("同比  ", "techYoy", Width: 10),
    ];

    public async Task<ContractStats> HandleAsync(Caller caller, string? regionCode, int? year, int? month, Stream output, CancellationToken ct = default)
    {
        var s = await stats.HandleAsync(caller, regionCode, year, month, ct);
        var byMonth = s.ByMonth.Select(m => Row(StatsPeriod.MonthLabel(m.Month, m.Partial ? s.ThroughDate : null), m.Figures))
            .Append(Row($"{s.Label}累计", s.Total)).ToList();
        var byType = s.ByType.Select(t => Row(t.TypeName, t.Figures)).Append(Row("合计", s.Total)).ToList();
        var sheets = new Dictionary<string, object> { ["按月"] = Sheet(s, byMonth), ["按类别"] = Sheet(s, byType) };
        await MiniExcel.SaveAsAsync(output, sheets, printHeader: false, configuration: ExportContracts.Configuration(Columns), cancellationToken: ct);
        return s;
    }

    /// <summary>The sheet's title (row 1), the column headers (row 2), then the rows.</summary>
    public static string Title(ContractStats s) =>
        $"{s.RegionName ?? s.RegionCode}技术合同登记统计 {s.Label}（上年同期：{s.LastYearLabel}）";

    private static List<Dictionary<string, object?>> Sheet(ContractStats s, List<Dictionary<string, object?>> rows)
    {
        var title = Columns.ToDictionary(c => c.Header, c => (object?)(c == Columns[0] ? Title(s) : null));
        var headers = Columns.ToDictionary(c => c.Header, c => (object?)c.Header.Trim());
        return [title, headers, .. rows.Select(r => r.ToDictionary(c => c.Key, c => FormulaGuard.Safe(c.Value)))];
    }

    private static Dictionary<string, object?> Row(string label, ContractFigures f) => new()
    {
        [Columns[0].Header] = label,
        [Columns[1].Header] = f.Count.Value,
        [Columns[2].Header] = f.Count.LastYear,
        [Columns[3].Header] = Yoy(f.Count.Yoy),
        [Columns[4].Header] = Wan(f.Turnover.Value),
        [Columns[5].Header] = Wan(f.Turnover.LastYear),
        [Columns[6].Header] = Yoy(f.Turnover.Yoy),
        [Columns[7].Header] = Wan(f.TechTransaction.Value),
        [Columns[8].Header] = Wan(f.TechTransaction.LastYear),
        [Columns[9].Header] = Yoy(f.TechTransaction.Yoy),
    };

    private static decimal Wan(decimal yuan) => decimal.Round(yuan / 10_000m, 2);

    /// <summary>No figure last year: no growth rate, shown as a dash as in the bureau's own tables.</summary>
    public static string Yoy(decimal? yoy) => yoy is { } v ? Common.Zh.Percent(v, 1) : "—";
}
