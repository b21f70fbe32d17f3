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
}
