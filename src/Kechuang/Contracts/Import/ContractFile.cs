using System.Text;
using Kechuang.Common;
using Kechuang.Common.Excel;
using MiniExcelLibs;

namespace Kechuang.Contracts.Import;

/// <summary>A data row: its number as the user sees it (header = 1) and the cells in <see cref="ContractColumns.All"/> order.</summary>
internal readonly record struct ContractRow(int Number, string?[] Cells);

/// <summary>
/// A CSV (UTF-8, with or without BOM) or .xlsx upload, told apart by its first bytes and read one row at a time.
/// A file without a required column, in another encoding or not a spreadsheet at all is refused on "file".
/// </summary>
internal sealed class ContractFile : IDisposable
{
    private readonly Stream _stream;
    private readonly IEnumerator<IReadOnlyList<string?>> _records;
    private readonly int[] _positions;

    private readonly UploadLimit _limit;

    private ContractFile(Stream stream, IEnumerator<IReadOnlyList<string?>> records, UploadLimit limit)
    {
        _stream = stream;
        _records = records;
        _limit = limit;
        if (!Next(out var header))
        {
            throw Problem($"文件是空的：第 1 行应为列名（{string.Join("、", ContractColumns.All.Select(c => c.Header))}）");
        }
        _positions = Positions(header);
    }

    public bool IsCsv { get; private init; }

    /// <summary>How far through the file reading is, 0–1.</summary>
    public double Fraction => _stream.CanSeek && _stream.Length > 0 ? Math.Min(1, (double)_stream.Position / _stream.Length) : 0;

    public static ContractFile Open(Stream stream, UploadLimit limit)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("需要可定位的文件流", nameof(stream));
        }
        Span<byte> head = stackalloc byte[4];
        var start = stream.Position;
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = start;
        if (read == 0)
        {
            throw Problem("文件是空的（0 字节），请选择要导入的 CSV 或 Excel 文件");
        }
        if (read == 4 && head.SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            throw Problem("这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为” .xlsx 或 CSV UTF-8 后再导入");
        }
        if (read == 4 && head.SequenceEqual("PK\u0003\u0004"u8))
        {
            UploadLimits.CheckXlsx(stream, limit);
            return new ContractFile(stream, Xlsx(stream).GetEnumerator(), limit);
        }
        UploadLimits.CheckSize(stream.Length - start, limit);
        return new ContractFile(stream, Csv(stream).GetEnumerator(), limit) { IsCsv = true };
    }

    /// <summary>The data rows; blank rows are skipped but still counted, so row numbers match what the user sees.</summary>
    public IEnumerable<ContractRow> Rows()
    {
        var number = 1;
        while (Next(out var record))
        {
            number++;
            UploadLimits.CheckRow(number, _limit);
            var cells = new string?[_positions.Length];
            var blank = true;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = _positions[i] >= 0 && _positions[i] < record.Count ? record[_positions[i]] : null;
                blank &= cells[i] is null;
            }
            if (!blank)
            {
                yield return new ContractRow(number, cells);
            }
        }
    }

    public bool Has(int column) => _positions[column] >= 0;

    private bool Next(out IReadOnlyList<string?> record)
    {
        try
        {
            var more = _records.MoveNext();
            record = more ? _records.Current : [];
            return more;
        }
        catch (DecoderFallbackException)
        {
            throw Problem("CSV 文件不是 UTF-8 编码：请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”，或在 WPS 中选择 UTF-8 编码后再导入");
        }
        catch (FormatException e)
        {
            throw Problem("CSV 格式错误：" + e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException and not KechuangException and not IOException)
        {
            throw Problem("无法读取文件：不是有效的 CSV 或 Excel（.xlsx）文件，或文件已损坏");
        }
    }

    private static int[] Positions(IReadOnlyList<string?> header)
    {
        var wanted = ContractColumns.All.Select((c, i) => (Key: ExcelSheet.Normalize(c.Header), i)).ToDictionary(x => x.Key, x => x.i);
        var positions = Enumerable.Repeat(-1, ContractColumns.All.Count).ToArray();
        for (var p = 0; p < header.Count; p++)
        {
            if (header[p] is not { } text || !wanted.TryGetValue(ExcelSheet.Normalize(text.TrimStart('\uFEFF')), out var i))
            {
                continue;
            }
            if (positions[i] >= 0)
            {
                throw Problem($"列“{ContractColumns.All[i].Header}”出现了两次（第 {positions[i] + 1} 列和第 {p + 1} 列），请只保留一列");
            }
            positions[i] = p;
        }
        var missing = ContractColumns.All.Where((c, i) => c.Required && positions[i] < 0).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            var found = header.Where(h => h is not null).ToList();
            var seen = found.Count == 0 ? "第 1 行没有列名" : $"文件第 1 行的列名为：{string.Join("、", found)}";
            throw Problem($"缺少必需的列：{string.Join("、", missing)}。{seen}。");
        }
        return positions;
    }

    /// <summary>One list, refilled for each record: <see cref="Rows"/> copies the cells it wants.</summary>
    private static IEnumerable<IReadOnlyList<string?>> Csv(Stream stream)
    {
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        var reader = new CsvReader(text);
        var fields = new List<string?>(16);
        while (reader.Read(fields))
        {
            yield return fields;
        }
    }

    private static IEnumerable<IReadOnlyList<string?>> Xlsx(Stream stream)
    {
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            foreach (var (letter, value) in row)
            {
                UploadLimits.CheckCell(value as string, number, letter + "列");
            }
            yield return row.Values.Select(CellValues.Display).ToArray();
        }
    }

    private static ValidationFailedException Problem(string message) => new("file", message);

    public void Dispose() => _records.Dispose();
}
