using Kechuang.Reports;
using Kechuang.Reports.Output;

namespace Kechuang.Tests.Reports;

public class SummaryMarkdownTests
{
    [Fact]
    public void Render_Sample_HeadingsInOrder()
    {
        var md = SummaryMarkdown.Render(new SummaryBuilder().Build(), appendix: false);
        var headings = md.Split('\n').Where(l => l.StartsWith('#')).ToList();
        Assert.Equal(
        [
            "# 瑞安市科学技术局2026年工作总结（截至10月）",
            "## 一、工作成效",
            "### （一）科技企业梯队培育成效明显",
            "### （二）技术市场交易日趋活跃",
            "## 二、存在问题",
            "## 三、2027年工作思路",
        ], headings);
    }

    [Fact]
    public void Render_IndicatorTable_Gfm()
    {
        var md = SummaryMarkdown.Render(new SummaryBuilder().Build(), appendix: false);
        Assert.Contains("| 序号 | 考核指标 | 目标任务 | 完成情况 | 完成率 | 同比 | 排名 |\n| --- | --- | --- | --- | --- | --- | --- |\n", md, StringComparison.Ordinal);
        Assert.Contains("| 4 | 技术合同成交额 | 25.00亿元 | 21.49亿元 | 85.96% | 增长12.30% | 全市第4 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OverviewFirst_ChartsAsTablesOfTheirFigures()
    {
        var md = SummaryMarkdown.Render(new SummaryBuilder().Build(), appendix: false);
        Assert.StartsWith("# 瑞安市科学技术局2026年工作总结（截至10月）\n\n2026年1—10月，瑞安市科学技术局紧扣年度考核目标推进科技创新工作。", md, StringComparison.Ordinal);
        Assert.Contains("图1　2026年1—10月考核指标完成率\n\n|  | 完成率（%） |\n| --- | --- |\n| 全社会研发经费支出占地区生产总值比重 | 94.55 |\n", md, StringComparison.Ordinal);
        // A month without a figure is an empty cell, not 0.
        Assert.Contains("| 11月 |  | 20.9 |", md, StringComparison.Ordinal);
        Assert.Contains("| 10月 | 21 | 19 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryFigure_Printed()
    {
        var doc = new SummaryBuilder().Build();
        var md = SummaryMarkdown.Render(doc, appendix: false);
        Assert.All(doc.Figures, f => Assert.Contains(f.Text, md, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Appendix_OnlyWhenAsked()
    {
        var doc = new SummaryBuilder().Build();
        var with = SummaryMarkdown.Render(doc, appendix: true);
        Assert.Contains("## 附件：数据来源", with, StringComparison.Ordinal);
        Assert.Contains("| 序号 | 项目 | 数值 | 来源 |", with, StringComparison.Ordinal);
        Assert.All(doc.Figures, f => Assert.Contains($"| {f.Text} |", with, StringComparison.Ordinal));
        Assert.DoesNotContain("数据来源", SummaryMarkdown.Render(doc, appendix: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyPlan_NoThirdPart()
    {
        var md = SummaryMarkdown.Render(new SummaryBuilder { Plan = new SummaryNarrative([], null) }.Build(), appendix: false);
        Assert.DoesNotContain("## 三、", md, StringComparison.Ordinal);
        Assert.DoesNotContain("工作思路", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StaffMarkup_Escaped()
    {
        var edited = "<script>alert(1)</script> **粗** _斜_ [链接](http://x) `代码` a|b &amp;\n# 不是标题\n- 不是列表\n2026. 不是编号";
        var md = SummaryMarkdown.Render(new SummaryBuilder { Problems = new SummaryNarrative([], edited) }.Build(), appendix: false);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains(@"\<script\>alert(1)\</script\> \*\*粗\*\* \_斜\_ \[链接\](http://x) \`代码\` a\|b \&amp;", md, StringComparison.Ordinal);
        Assert.Contains("\n\\# 不是标题\n", md, StringComparison.Ordinal);
        Assert.Contains("\n\\- 不是列表\n", md, StringComparison.Ordinal);
        Assert.Contains("\n2026\\. 不是编号\n", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("平常文字", "平常文字")]
    [InlineData("+ 1", "\\+ 1")]
    [InlineData("---", "\\---")]
    [InlineData("-0.52个百分点", "-0.52个百分点")]
    [InlineData("21.49亿元", "21.49亿元")]
    [InlineData("3) 项", "3\\) 项")]
    [InlineData("    缩进", "缩进")]
    [InlineData("a\\b", "a\\\\b")]
    public void Line_Escapes(string text, string expected) => Assert.Equal(expected, SummaryMarkdown.Line(text));
}
