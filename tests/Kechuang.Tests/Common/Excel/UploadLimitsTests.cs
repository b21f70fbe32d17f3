using System.IO.Compression;
using System.Text;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Contracts.Import;
using Kechuang.Enterprises.Excel;
using Kechuang.Tests.Enterprises.Excel;

namespace Kechuang.Tests.Common.Excel;

/// <summary>Crafted files are refused by their zip directory, their row count or a cell's length (docs/architecture.md, Uploads).</summary>
public class UploadLimitsTests
{
    private static readonly UploadLimit Small = new("测试", MaxBytes: 10 << 20, MaxUncompressedBytes: 1 << 20, MaxRows: 3);

    private static string Message(Action read) => Assert.Throws<ValidationFailedException>(read).Errors["file"][0];

    /// <summary>A zip holding one part of <paramref name="bytes"/>, from <paramref name="fill"/>.</summary>
    private static MemoryStream Zip(int bytes, Func<int, byte> fill)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/sharedStrings.xml").Open();
            var block = new byte[bytes];
            for (var i = 0; i < bytes; i++)
            {
                block[i] = fill(i);
            }
            part.Write(block);
        }
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Xlsx_APartPackedTighterThanASpreadsheet_IsRefusedBeforeReading()
    {
        // 20 MB of one letter packs to about 20 KB: a zip bomb in miniature.
        using var bomb = Zip(20 << 20, _ => (byte)'a');

        var message = Message(() => UploadLimits.CheckXlsx(bomb, new UploadLimits().Enterprises));

        Assert.True(bomb.Length < 100_000, $"crafted file is {bomb.Length} bytes");
        Assert.Contains("xl/sharedStrings.xml", message);
        Assert.Contains("压缩比异常", message);
        Assert.Equal(0, bomb.Position);
    }

    [Fact]
    public void Xlsx_UnpackingPastTheLimit_IsRefused_EvenAtAnOrdinaryRatio()
    {
        // Pseudo-random digits pack at about 2 : 1, like real data; 2 MB of them is over the 1 MB test limit.
        var random = new Random(7);
        using var file = Zip(2 << 20, _ => (byte)('0' + random.Next(10)));

        var message = Message(() => UploadLimits.CheckXlsx(file, Small));

        Assert.Contains("解压后超过 1 MB 的上限", message);
    }

    [Fact]
    public void Xlsx_ThatIsNotAZip_IsRefusedAsNotAnExcelFile()
    {
        using var text = new MemoryStream(Encoding.UTF8.GetBytes("企业名称,统一社会信用代码"));

        Assert.Contains("不是有效的 Excel（.xlsx）文件", Message(() => UploadLimits.CheckXlsx(text, Small)));
    }

    [Fact]
    public void Xlsx_LargerThanTheKindAllows_IsRefusedBySize()
    {
        var limit = Small with { MaxBytes = 1000 };
        var random = new Random(7);
        using var file = Zip(4000, _ => (byte)random.Next(256));

        Assert.Contains("单个文件不超过 0 MB", Message(() => UploadLimits.CheckXlsx(file, limit)));
    }

    [Fact]
    public void Read_StopsAtTheRowLimit_AndReadsAFileAtTheLimit()
    {
        var rows = Enumerable.Range(0, 4).Select(_ => Sheets.Enterprise(Sheets.NewUscc())).ToArray();

        var over = Message(() => ExcelSheet.Read(Sheets.Xlsx(rows), EnterpriseColumns.All, Small, null, CancellationToken.None));
        var atLimit = ExcelSheet.Read(Sheets.Xlsx(rows[..3]), EnterpriseColumns.All, Small, null, CancellationToken.None);

        Assert.Equal("文件超过 3 行的上限（测试），未导入；请分批导入", over);
        Assert.Equal(3, atLimit.Rows.Count);
    }

    [Fact]
    public void Read_ACellLongerThanExcelHolds_IsRefusedWithItsRowAndColumn()
    {
        var row = Sheets.Enterprise(Sheets.NewUscc(), name: new string('甲', UploadLimits.MaxCellLength + 1));

        var message = Message(() => ExcelSheet.Read(Sheets.Xlsx(row), EnterpriseColumns.All, new UploadLimits().Enterprises, null, CancellationToken.None));

        Assert.Equal("第 2 行“企业名称”有 32,768 个字符，超过 Excel 单元格 32,767 个字符的上限，未导入；请检查文件", message);
    }

    [Fact]
    public void Csv_AFieldLongerThanACell_StopsTheReader()
    {
        var reader = new CsvReader(new StringReader("a," + new string('x', 200_000) + "\n"));

        var e = Assert.Throws<FormatException>(() => reader.Read([]));

        Assert.Contains("超过 32,767 个字符", e.Message);
    }

    [Fact]
    public void Csv_ALineOfThousandsOfCommas_IsNotARecord()
    {
        var reader = new CsvReader(new StringReader(new string(',', 5000) + "\n"));

        Assert.Throws<FormatException>(() => reader.Read([]));
    }
}
