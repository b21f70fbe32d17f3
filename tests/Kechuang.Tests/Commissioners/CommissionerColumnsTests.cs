using Kechuang.Commissioners.Excel;

namespace Kechuang.Tests.Commissioners;

public class CommissionerColumnsTests
{
    [Theory]
    [InlineData("昆阳镇、鳌江镇", new[] { "昆阳镇", "鳌江镇" })]
    [InlineData(" 330326100 ；330326101;水头镇 ", new[] { "330326100", "330326101", "水头镇" })]
    [InlineData("李明、、 张华，陈静", new[] { "李明", "张华", "陈静" })]
    public void Items_SplitsAListCell_OnItsSeparators(string cell, string[] expected) =>
        Assert.Equal(expected, CommissionerColumns.Items(cell));

    [Fact]
    public void Items_OfABlankCell_IsEmpty()
    {
        Assert.Empty(CommissionerColumns.Items(null));
        Assert.Empty(CommissionerColumns.Items(" "));
    }

    [Theory]
    [InlineData("昆阳镇（新华村、城东村）、鳌江镇", "昆阳镇：新华村/城东村|鳌江镇：")]
    [InlineData("330326100(新华村;城东村)；水头镇（ 南岸村 ）", "330326100：新华村/城东村|水头镇：南岸村")]
    [InlineData(" 昆阳镇、、鳌江镇（） ", "昆阳镇：|鳌江镇：")]
    [InlineData("昆阳镇（新华村、城东村", "昆阳镇：新华村/城东村")]   // an unclosed bracket ends with the cell
    public void Towns_KeepTheSeparatorsInsideBracketsForTheVillages(string cell, string expected) =>
        Assert.Equal(expected, string.Join("|", CommissionerColumns.Towns(cell).Select(t => $"{t.Town}：{string.Join("/", t.Villages)}")));

    [Fact]
    public void Towns_OfABlankCell_IsEmpty()
    {
        Assert.Empty(CommissionerColumns.Towns(null));
        Assert.Empty(CommissionerColumns.Towns("  "));
    }
}
