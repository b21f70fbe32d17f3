using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Tests.Enterprises.Excel;
using Kechuang.Enterprises.Excel;

namespace Kechuang.Tests.Common.Excel;

/// <summary>Cells as Excel and WPS hand them over: numbers, text with separators, dates in several spellings.</summary>
public class CellValuesTests
{
    [Theory]
    [InlineData(1234.5, "1234.5")]
    [InlineData("1,234.50", "1234.50")]
    [InlineData(" 1，234 ", "1234")]
    [InlineData("-5", "-5")]
    [InlineData(0.1, "0.1")]
    [InlineData(12345678901234.56, "12345678901234.56")]
    public void TryDecimal_NumbersAndText(object cell, string expected)
    {
        Assert.True(CellValues.TryDecimal(cell, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("十万")]
    [InlineData("12a")]
    public void TryDecimal_Words_AreNotNumbers(object cell) => Assert.False(CellValues.TryDecimal(cell, out _));

    [Theory]
    [InlineData(120.0, true)]
    [InlineData("120", true)]
    [InlineData("1,200", true)]
    [InlineData(12.5, false)]
    [InlineData("十二", false)]
    public void TryInt_WholeNumbersOnly(object cell, bool ok) => Assert.Equal(ok, CellValues.TryInt(cell, out _));

    [Theory]
    [InlineData("2018-05-20")]
    [InlineData("2018-5-20")]
    [InlineData("2018/5/20")]
    [InlineData("2018.5.20")]
    [InlineData("2018年5月20日")]
    [InlineData("20180520")]
    [InlineData(43240.0)]
    public void TryDate_TextAndSerialNumbers(object cell)
    {
        Assert.True(CellValues.TryDate(cell, out var date));
        Assert.Equal(new DateOnly(2018, 5, 20), date);
    }

    [Fact]
    public void TryDate_ExcelDateCell() =>
        Assert.True(CellValues.TryDate(new DateTime(2018, 5, 20), out var date) && date == new DateOnly(2018, 5, 20));

    [Theory]
    [InlineData("2018-13-01")]
    [InlineData("去年")]
    public void TryDate_Nonsense_Fails(object cell) => Assert.False(CellValues.TryDate(cell, out _));

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData(0.0, false)]
    [InlineData(true, true)]
    public void TryYesNo_Words(object cell, bool expected)
    {
        Assert.True(CellValues.TryYesNo(cell, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void TryYesNo_Other_Fails() => Assert.False(CellValues.TryYesNo("可能", out _));

    [Theory]
    [InlineData(330326.0, "330326")]
    [InlineData(13800138000.0, "13800138000")]
    [InlineData("  平阳  ", "平阳")]
    [InlineData("   ", null)]
    public void Display_ShowsCodesAndPhonesWithoutDecimals(object cell, string? expected) => Assert.Equal(expected, CellValues.Display(cell));

    [Fact]
    public void Read_HeaderSpellingVariants_AreRecognised()
    {
        var row = Sheets.Facts(Sheets.NewUscc()).ToDictionary(
            kv => kv.Key.Replace('（', '(').Replace('）', ')').Replace("I类", "Ⅰ类", StringComparison.Ordinal) + " ",
            kv => kv.Value);

        var sheet = ExcelSheet.Read(Sheets.Xlsx(row), YearFactsColumns.All, new UploadLimits().Enterprises, null, CancellationToken.None);

        Assert.True(sheet.Has("salesRevenue"));
        Assert.True(sheet.Has("classOneIp"));
        Assert.True(sheet.Has("classTwoIp"));
        Assert.False(sheet.Has("ipAdvancement"));
    }

    [Fact]
    public void Read_DuplicateColumn_IsAFileProblem()
    {
        var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new[] { new Dictionary<string, object?> { ["企业名称"] = "甲", ["统一社会信用代码"] = "x", ["企业名称 "] = "乙" } }, printHeader: true);
        stream.Position = 0;

        var e = Assert.Throws<ValidationFailedException>(() => ExcelSheet.Read(stream, EnterpriseColumns.All, new UploadLimits().Enterprises, null, CancellationToken.None));

        Assert.Contains("出现了两次", e.Errors["file"][0]);
    }
}
