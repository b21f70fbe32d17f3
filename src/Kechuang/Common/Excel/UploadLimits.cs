using System.Globalization;
using System.IO.Compression;

namespace Kechuang.Common.Excel;

/// <summary>What one kind of upload may be: the file, the file unpacked (an .xlsx is a zip), and its rows.</summary>
public sealed record UploadLimit(string Name, long MaxBytes, long MaxUncompressedBytes, int MaxRows)
{
    /// <summary>"50 MB", as the pages and messages say it.</summary>
    public string SizeText => Megabytes(MaxBytes);

    public static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}

/// <summary>
/// Every upload limit, stated once (docs/architecture.md, Uploads): the API's request size, the import's checks before
/// reading and the pages' hints all read them here. A singleton, so a test can lower one instead of building a
/// five-million-row file. The checks run before a byte of the sheet is parsed: an .xlsx's parts are listed from the
/// zip's directory, and a part that unpacks past the limit or at a ratio no spreadsheet has (a zip bomb) is refused.
/// </summary>
public sealed class UploadLimits
{
    /// <summary>Excel's own limit for one cell; longer text does not come from a spreadsheet.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>Spreadsheet XML packs 5–30 : 1; a part packed tighter than this is a crafted file.</summary>
    public const double MaxCompressionRatio = 100;

    /// <summary>Parts below this size are not judged by their ratio (an empty sheet packs tightly, and harmlessly).</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    private const long MB = 1024 * 1024;

    public UploadLimit Enterprises { get; init; } = new("企业名录、资质和年度数据", 50 * MB, 500 * MB, 200_000);
    public UploadLimit Contracts { get; init; } = new("技术合同", 200 * MB, 2048 * MB, 1_000_000);
    public UploadLimit Indicators { get; init; } = new("月度指标报表", 10 * MB, 100 * MB, 10_000);
    public UploadLimit Scans { get; init; } = new("合同扫描件", 10 * MB, 10 * MB, 0);

    /// <summary>申报附件: a PDF or Word file per item the call requires (docs/domain.md §6.4).</summary>
    public UploadLimit Attachments { get; init; } = new("申报附件", 20 * MB, 20 * MB, 0);

    /// <summary>活动照片: a JPEG or PNG of a 科普 activity (docs/domain.md §7.9); a phone's photo is 2–8 MB, resized for the record.</summary>
    public UploadLimit Photos { get; init; } = new("活动照片", 5 * MB, 5 * MB, 0);

    /// <summary>The smaller registers a bureau keeps (孵化载体, 研发平台 …): thousands of rows, not millions.</summary>
    public UploadLimit Registers { get; init; } = new("登记表", 10 * MB, 100 * MB, 50_000);

    /// <summary>The largest request any upload may send (the form's overhead included): what the server reads at most.</summary>
    public long LargestRequest => new[] { Enterprises, Contracts, Indicators, Scans, Registers, Attachments, Photos }.Max(l => l.MaxBytes) + MB;

    /// <summary>
    /// Refuses a file over <paramref name="limit"/> by its size and, for an .xlsx, by what its parts unpack to and how
    /// tightly they are packed, reading only the zip's directory. The stream is left where it was.
    /// </summary>
    public static void CheckXlsx(Stream stream, UploadLimit limit)
    {
        var start = stream.Position;
        CheckSize(stream.Length - start, limit);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limit.MaxUncompressedBytes)
                {
                    throw Problem($"文件解压后超过 {UploadLimit.Megabytes(limit.MaxUncompressedBytes)} 的上限，不是正常的{limit.Name}表格，未读取；请检查文件或分批导入");
                }
                if (entry.Length > RatioFloorBytes && entry.Length > entry.CompressedLength * MaxCompressionRatio)
                {
                    throw Problem($"文件中的“{entry.FullName}”压缩比异常（{entry.Length / Math.Max(1, entry.CompressedLength):N0}:1，正常的表格不超过 {MaxCompressionRatio:N0}:1），可能是恶意构造的文件，未读取");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            // Not a zip: its directory is missing or points outside the file (a form's stream says so as an IOException).
            throw Problem("无法读取文件：不是有效的 Excel（.xlsx）文件，或文件已损坏。请在 Excel 或 WPS 中“另存为” .xlsx 后再导入");
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>A whole file into memory, stopping at the limit rather than holding whatever is sent.</summary>
    public static async Task<byte[]> ReadAsync(Stream content, UploadLimit limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            CheckSize(buffer.Length, limit);
        }
        return buffer.ToArray();
    }

    public static void CheckSize(long bytes, UploadLimit limit)
    {
        if (bytes > limit.MaxBytes)
        {
            throw Problem($"文件过大（{UploadLimit.Megabytes(bytes)}）：{limit.Name}单个文件不超过 {limit.SizeText}，请分批导入");
        }
    }

    /// <summary>Row <paramref name="number"/> (as the user counts, header = 1) past the limit stops the reading.</summary>
    public static void CheckRow(int number, UploadLimit limit)
    {
        if (number - 1 > limit.MaxRows)
        {
            throw Problem($"文件超过 {limit.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} 行的上限（{limit.Name}），未导入；请分批导入");
        }
    }

    public static void CheckCell(string? text, int row, string column)
    {
        if (text is { Length: > MaxCellLength })
        {
            throw Problem($"第 {row} 行“{column}”有 {text.Length:N0} 个字符，超过 Excel 单元格 {MaxCellLength:N0} 个字符的上限，未导入；请检查文件");
        }
    }

    private static ValidationFailedException Problem(string message) => new("file", message);
}
