using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Kechuang.Common.Excel;

/// <summary>Writes rows keyed by field under the Chinese headers, with widths and date and money formats.</summary>
internal static class ExcelOutput
{
    public static void Write(Stream output, string sheetName, IReadOnlyList<ExcelColumn> columns, IEnumerable<IReadOnlyDictionary<string, object?>> rows) =>
        MiniExcel.SaveAs(output, Cells(columns, rows), sheetName: sheetName, configuration: Configuration(columns));

    public static Task WriteAsync(Stream output, string sheetName, IReadOnlyList<ExcelColumn> columns,
        IEnumerable<IReadOnlyDictionary<string, object?>> rows, CancellationToken ct) =>
        MiniExcel.SaveAsAsync(output, Cells(columns, rows), sheetName: sheetName, configuration: Configuration(columns), cancellationToken: ct);

    private static object Cells(IReadOnlyList<ExcelColumn> columns, IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var cells = rows.Select(r => columns.ToDictionary(c => c.Header, c => FormulaGuard.Safe(r.GetValueOrDefault(c.Field)))).ToList();
        // From an empty list MiniExcel cannot tell the headers; a table without rows still has its columns.
        return cells.Count > 0 ? cells : EmptyTable(columns);
    }

    private static OpenXmlConfiguration Configuration(IReadOnlyList<ExcelColumn> columns) => new()
    {
        DynamicColumns = columns.Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width, Format = c.Format }).ToArray(),
    };

    private static DataTable EmptyTable(IReadOnlyList<ExcelColumn> columns)
    {
        var table = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in columns)
        {
            table.Columns.Add(column.Header);
        }
        return table;
    }
}
