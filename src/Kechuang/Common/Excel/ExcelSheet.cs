using System.Text;
using MiniExcelLibs;

namespace Kechuang.Common.Excel;

/// <summary>A data row: its Excel row number and the cells of the kind's columns, in column order (blank → null).</summary>
internal sealed record SheetRow(int Number, object?[] Cells);

/// <summary>
/// The first sheet of an uploaded workbook, read once and checked as a whole: a file that is not an .xlsx, has no
/// rows or lacks a required column is rejected with a message on "file" before any row is looked at.
/// </summary>
internal sealed class ExcelSheet
{
    private readonly Dictionary<string, int> _index;
    private readonly bool[] _present;

    private ExcelSheet(IReadOnlyList<ExcelColumn> columns, bool[] present, List<SheetRow> rows)
    {
        Columns = columns;
        _present = present;
        _index = columns.Select((c, i) => (c.Field, i)).ToDictionary(x => x.Field, x => x.i);
        Rows = rows;
    }

    public IReadOnlyList<ExcelColumn> Columns { get; }
    public IReadOnlyList<SheetRow> Rows { get; }

    public int IndexOf(string field) => _index.TryGetValue(field, out var i) ? i : -1;

    /// <summary>Whether the file has this column at all (a blank cell is not an absent column).</summary>
    public bool Has(string field) => IndexOf(field) is >= 0 and var i && _present[i];

    public string HeaderOf(string field) => IndexOf(field) is >= 0 and var i ? Columns[i].Header : field;

    /// <summary>A cell as text (null when blank or when the column is absent).</summary>
    public string? Text(SheetRow row, string field) => IndexOf(field) is >= 0 and var i ? CellValues.Display(row.Cells[i]) : null;

    public static ExcelSheet Read(Stream xlsx, IReadOnlyList<ExcelColumn> columns, UploadLimit limit, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        using var rows = Open(xlsx, $"表格是空的：第 1 行应为列名（{string.Join("、", columns.Select(c => c.Header))}）", limit);
        var positions = Header(rows.Current, columns);
        var data = new List<SheetRow>();
        var number = 1;
        while (Guard(rows.MoveNext))
        {
            ct.ThrowIfCancellationRequested();
            number++;
            // Blank rows count too: five million empty rows are refused as fast as five million full ones.
            UploadLimits.CheckRow(number, limit);
            var row = rows.Current;
            var cells = new object?[columns.Count];
            var blank = true;
            for (var i = 0; i < cells.Length; i++)
            {
                var value = positions[i] is { } key ? row.TryGetValue(key, out var v) ? v : null : null;
                UploadLimits.CheckCell(value as string, number, columns[i].Header);
                cells[i] = value is string s && string.IsNullOrWhiteSpace(s) ? null : value;
                blank &= cells[i] is null;
            }
            // Excel keeps formatted but empty rows, and MiniExcel fills gaps with empty rows: neither is data.
            if (!blank)
            {
                data.Add(new SheetRow(number, cells));
                if (data.Count % 1000 == 0)
                {
                    progress?.Report(new ImportProgress(ImportStage.Reading, data.Count, 0));
                }
            }
        }
        if (data.Count == 0)
        {
            throw Problem("表格只有列名，没有数据行");
        }
        progress?.Report(new ImportProgress(ImportStage.Reading, data.Count, data.Count));
        return new ExcelSheet(columns, positions.Select(p => p is not null).ToArray(), data);
    }

    /// <summary>
    /// The first sheet as it is, for layouts whose columns are data (one column per indicator): the header row's
    /// texts by sheet column letter and the non-blank data rows. Same file checks as <see cref="Read"/>.
    /// </summary>
    public static (IReadOnlyList<(string Letter, string Header)> Header, IReadOnlyList<(int Number, IDictionary<string, object?> Cells)> Rows) ReadGrid(
        Stream xlsx, UploadLimit limit, CancellationToken ct)
    {
        using var rows = Open(xlsx, "表格是空的：第 1 行应为列名", limit);
        var header = rows.Current
            .Select(c => (Letter: c.Key, Header: CellValues.Display(c.Value)))
            .Where(c => c.Header is not null)
            .Select(c => (c.Letter, c.Header!))
            .ToList();
        var data = new List<(int, IDictionary<string, object?>)>();
        var number = 1;
        while (Guard(rows.MoveNext))
        {
            ct.ThrowIfCancellationRequested();
            number++;
            UploadLimits.CheckRow(number, limit);
            foreach (var (letter, value) in rows.Current)
            {
                UploadLimits.CheckCell(value as string, number, letter);
            }
            if (rows.Current.Values.Any(v => v is not null && !(v is string s && string.IsNullOrWhiteSpace(s))))
            {
                data.Add((number, new Dictionary<string, object?>(rows.Current)));
            }
        }
        if (data.Count == 0)
        {
            throw Problem("表格只有列名，没有数据行");
        }
        return (header, data);
    }

    /// <summary>The sheet's rows, positioned on the header row; a file that is empty, an old .xls or no .xlsx at all is rejected.</summary>
    private static IEnumerator<IDictionary<string, object?>> Open(Stream xlsx, string noHeader, UploadLimit limit)
    {
        var stream = Seekable(xlsx, limit);
        if (stream.Length - stream.Position == 0)
        {
            throw Problem("文件是空的（0 字节），请选择要导入的 Excel 文件");
        }
        if (IsOldXls(stream))
        {
            throw Problem("这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入");
        }
        UploadLimits.CheckXlsx(stream, limit);
        var rows = Guard(() => MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().GetEnumerator());
        if (!Guard(rows.MoveNext))
        {
            rows.Dispose();
            throw Problem(noHeader);
        }
        return rows;
    }

    /// <summary>Which sheet column ("A", "B" …) holds each of <paramref name="columns"/>, or null when absent.</summary>
    private static string?[] Header(IDictionary<string, object?> first, IReadOnlyList<ExcelColumn> columns)
    {
        var wanted = columns.Select((c, i) => (Key: Normalize(c.Header), i)).ToDictionary(x => x.Key, x => x.i);
        var positions = new string?[columns.Count];
        var found = new List<string>();
        foreach (var (letter, value) in first)
        {
            var header = CellValues.Display(value);
            if (header is null)
            {
                continue;
            }
            found.Add(header);
            if (!wanted.TryGetValue(Normalize(header), out var i))
            {
                continue;
            }
            if (positions[i] is { } earlier)
            {
                throw Problem($"列“{columns[i].Header}”出现了两次（第 {earlier} 列和第 {letter} 列），请只保留一列");
            }
            positions[i] = letter;
        }
        var missing = columns.Where((c, i) => c.Required && positions[i] is null).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            var seen = found.Count == 0 ? "第 1 行没有列名" : $"文件第 1 行的列名为：{string.Join("、", found)}";
            throw Problem($"缺少必需的列：{string.Join("、", missing)}。{seen}。请使用导入模板中的列名，列名须在第 1 行。");
        }
        return positions;
    }

    /// <summary>Header spelling that people vary without meaning anything: spaces, line breaks, half-width brackets, "*" marks.</summary>
    internal static string Normalize(string header)
    {
        var text = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsWhiteSpace(c) || c is '*' or '＊')
            {
                continue;
            }
            text.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                _ => c,
            });
        }
        return text.Replace("Ⅱ", "II").Replace("Ⅰ", "I").ToString().ToUpperInvariant();
    }

    /// <summary>The zip directory sits at the end: a stream that cannot seek is copied, at most the limit's size.</summary>
    private static Stream Seekable(Stream xlsx, UploadLimit limit)
    {
        if (xlsx.CanSeek)
        {
            return xlsx;
        }
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = xlsx.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
            UploadLimits.CheckSize(copy.Length, limit);
        }
        copy.Position = 0;
        return copy;
    }

    // An OLE2 compound file (D0 CF 11 E0): the pre-2007 .xls format, which MiniExcel does not read.
    private static bool IsOldXls(Stream stream)
    {
        var start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 4 && head.SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 });
    }

    /// <summary>MiniExcel fails in many ways on a file that is not an .xlsx (zip, XML, missing parts): all mean the same to a user.</summary>
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OperationCanceledException and not KechuangException)
        {
            throw Problem("无法读取文件：不是有效的 Excel（.xlsx）文件，或文件已损坏。请在 Excel 或 WPS 中“另存为” .xlsx 后再导入");
        }
    }

    private static ValidationFailedException Problem(string message) => new("file", message);
}
