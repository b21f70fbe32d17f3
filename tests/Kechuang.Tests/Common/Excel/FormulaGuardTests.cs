using Kechuang.Common.Excel;

namespace Kechuang.Tests.Common.Excel;

/// <summary>OWASP CSV injection: exports prefix formula characters (FormulaGuard.Safe), imports take the prefix off again.</summary>
public class FormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Escape_PrefixesFormulaText(string text) => Assert.Equal("'" + text, FormulaGuard.Safe(text));

    [Theory]
    [InlineData("平阳科技有限公司")]
    [InlineData("'已带引号")]
    [InlineData("")]
    public void Escape_LeavesOtherTextAlone(string text) => Assert.Equal(text, FormulaGuard.Safe(text));

    [Fact]
    public void Escape_LeavesNumbersTyped() => Assert.Equal(-5m, FormulaGuard.Safe(-5m));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("-2+3")]
    [InlineData("@名单")]
    public void ReImport_ReadsTheOriginal(string text) => Assert.Equal(text, CellValues.Display(FormulaGuard.Safe(text)));

    [Fact]
    public void Import_KeepsAnApostropheThatGuardsNothing() => Assert.Equal("'平阳", CellValues.Display("'平阳"));
}
