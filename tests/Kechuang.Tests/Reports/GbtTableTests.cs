using Kechuang.Reports.Output;

namespace Kechuang.Tests.Reports;

public class GbtTableTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Indicators =
    [
        ["序号", "考核指标", "目标任务", "完成情况", "完成率", "同比", "排名"],
        ["1", "高新技术产业增加值占规上工业增加值比重", "70.00%", "68.41%", "97.73%", "下降0.52个百分点", "全市第5"],
        ["2", "技术合同成交额", "25.00亿元", "21.49亿元", "85.96%", "同比增长12.30%", "全市第4"],
    ];

    [Fact]
    public void Widths_LongName_FiguresKeepTheirWidthNameTakesTheRest()
    {
        var widths = GbtTable.Widths(Indicators, new HashSet<int> { 1 }, GbtDocx.Wuhao);
        Assert.Equal(GbtDocx.TextWidth, widths.Sum());
        // "同比增长12.30%" at 10.5 pt on one line: 7.6 characters of 210 twips and the cell margins.
        Assert.True(widths[5] >= 7.6 * 210 + 160);
        Assert.True(widths[1] >= 6 * 210);
    }

    [Fact]
    public void Widths_ShortTable_SpreadAcrossTheTextWidth()
    {
        var widths = GbtTable.Widths([["县（市、区）", "高企"], ["瑞安市", "742家"]], new HashSet<int> { 0 }, GbtDocx.Xiaosi);
        Assert.Equal(GbtDocx.TextWidth, widths.Sum());
        Assert.True(widths[0] > widths[1]);
    }
}
