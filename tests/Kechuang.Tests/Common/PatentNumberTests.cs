using Kechuang.Common;

namespace Kechuang.Tests.Common;

/// <summary>Chinese patent numbers and their check digit (CNIPA 《专利申请号标准》; docs/domain.md §7.1).</summary>
public sealed class PatentNumberTests
{
    [Theory]
    [InlineData("202310123456", '6')]   // 2·2+0·3+2·4+3·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 = 127, 127 mod 11 = 6
    [InlineData("202310000002", 'X')]   // remainder 10 is written X
    [InlineData("98123456", '9')]       // eight digits before 2003: weights 2 to 9
    public void CheckDigit_IsTheWeightedSumModuloEleven(string digits, char expected) =>
        Assert.Equal(expected, PatentNumber.CheckDigit(digits));

    [Theory]
    [InlineData("ZL202310123456.6", "ZL202310123456.6")]
    [InlineData("zl 2023 1012 3456.6", "ZL202310123456.6")]
    [InlineData("CN2023101234566", "202310123456.6")]
    [InlineData("202310000002.x", "202310000002.X")]
    [InlineData("ZL202310123456．6", "ZL202310123456.6")]
    public void Normalize_KeepsZl_DropsCn_AndPutsTheDot(string text, string expected) =>
        Assert.Equal((expected, (string?)null), PatentNumber.Normalize(text));

    [Fact]
    public void Normalize_AWrongCheckDigit_NamesTheExpectedOne()
    {
        var (number, problem) = PatentNumber.Normalize("ZL202310123456.7");

        Assert.Null(number);
        Assert.Equal("专利号“ZL202310123456.7”校验位有误：按申请号 202310123456 计算，校验位应为 6，而不是 7", problem);
    }

    [Theory]
    [InlineData("ZL2023101234.5")]
    [InlineData("US20230123456")]
    [InlineData("<b>ZL202310123456.6</b>")]
    public void Normalize_SomethingElse_SaysWhatAPatentNumberLooksLike(string text) =>
        Assert.Contains("格式不对", PatentNumber.Normalize(text).Problem);

    [Theory]
    [InlineData("ZL202310123456.6", "202310123456.6", '1', 2023, "发明")]
    [InlineData("CN 2019 2 0123456.X", null, '2', 2019, "实用新型")]
    [InlineData("98123456.9", "98123456.9", '1', 1998, "发明")]
    [InlineData("02300001", null, '3', 2002, "外观设计")]
    public void Parse_GivesTheApplicationNumber_TypeDigit_Year_AndKind(string text, string? application, char type, int year, string kind)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        digits = digits.Length is 13 or 9 ? digits[..^1] : digits;   // the written check digit, if a digit
        var written = application ?? digits + "." + PatentNumber.CheckDigit(digits);

        var (parsed, problem) = PatentNumber.Parse(application is null ? written : text);

        Assert.Null(problem);
        Assert.Equal(written, parsed!.Application);
        Assert.Equal(type, parsed.TypeDigit);
        Assert.Equal(year, parsed.Year);
        Assert.Equal(kind, PatentNumber.KindOf(parsed.TypeDigit));
    }

    [Fact]
    public void KindOf_PctNumbers_AreInventionsAndUtilityModels_OthersNone()
    {
        Assert.Equal(PatentKinds.Invention, PatentNumber.KindOf('8'));
        Assert.Equal(PatentKinds.UtilityModel, PatentNumber.KindOf('9'));
        Assert.Null(PatentNumber.KindOf('5'));
    }
}
