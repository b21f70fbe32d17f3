using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kechuang.Reports;
using Kechuang.Reports.Output;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Kechuang.Tests.Reports;

/// <summary>The .docx reopened with OpenXml: GB/T 9704 layout, every figure printed, empty parts left out.</summary>
public class SummaryDocxTests
{
    private static WordprocessingDocument Open(SummaryDocument doc, bool appendix = false) =>
        WordprocessingDocument.Open(new MemoryStream(SummaryDocx.Render(doc, appendix)), false);

    private static Body Body(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!;

    private static List<string> Texts(WordprocessingDocument word) =>
        Body(word).Elements<Paragraph>().Select(p => p.InnerText).ToList();

    private static RunProperties Props(Paragraph p) => p.Elements<Run>().First().RunProperties!;

    [Fact]
    public void Render_Sample_IsValidOpenXml()
    {
        using var word = Open(new SummaryBuilder().Build(), appendix: true);
        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Render_Title_CentredInXiaobiaosongErhao()
    {
        using var word = Open(new SummaryBuilder().Build());
        var title = Body(word).Elements<Paragraph>().First();
        Assert.Equal("瑞安市科学技术局2026年工作总结（截至10月）", title.InnerText);
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("44", Props(title).FontSize!.Val);
        Assert.Equal("方正小标宋简体", Props(title).RunFonts!.EastAsia);
    }

    [Fact]
    public void Render_BodyParagraphs_FangsongSanhaoIndentedTwoCharactersFixed28pt()
    {
        using var word = Open(new SummaryBuilder().Build());
        var body = Body(word).Elements<Paragraph>().Where(p => p.InnerText.StartsWith("一是高新技术企业", StringComparison.Ordinal)).Single();
        Assert.All(body.Elements<Run>(), r =>
        {
            Assert.Equal("FangSong", r.RunProperties!.RunFonts!.EastAsia);
            Assert.Equal("32", r.RunProperties.FontSize!.Val);
        });
        Assert.Equal("640", body.ParagraphProperties!.Indentation!.FirstLine);
        Assert.Equal("560", body.ParagraphProperties.SpacingBetweenLines!.Line);
        Assert.Equal(LineSpacingRuleValues.Exact, body.ParagraphProperties.SpacingBetweenLines.LineRule!.Value);
    }

    [Fact]
    public void Render_Headings_HeitiForPartsKaitiForSections()
    {
        using var word = Open(new SummaryBuilder().Build());
        var paragraphs = Body(word).Elements<Paragraph>().ToList();
        Assert.Equal("SimHei", Props(paragraphs.Single(p => p.InnerText == "一、工作成效")).RunFonts!.EastAsia);
        Assert.Equal("SimHei", Props(paragraphs.Single(p => p.InnerText == "二、存在问题")).RunFonts!.EastAsia);
        Assert.Equal("SimHei", Props(paragraphs.Single(p => p.InnerText == "三、2027年工作思路")).RunFonts!.EastAsia);
        Assert.Equal("KaiTi", Props(paragraphs.Single(p => p.InnerText == "（一）科技企业梯队培育成效明显")).RunFonts!.EastAsia);
    }

    [Fact]
    public void Render_Page_A4WithGbtMargins()
    {
        using var word = Open(new SummaryBuilder().Build());
        var section = Body(word).Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        // 37, 35, 28 and 26 mm.
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
    }

    [Fact]
    public void Render_Footer_PageFieldBetweenDashesInSongtiSihao()
    {
        using var word = Open(new SummaryBuilder().Build());
        var footers = word.MainDocumentPart!.FooterParts.Select(f => f.Footer!).ToList();
        Assert.NotEmpty(footers);
        Assert.All(footers, footer =>
        {
            Assert.Contains(footer.Descendants<FieldCode>(), c => c.Text.Trim() == "PAGE");
            Assert.Equal("— 1 —", footer.InnerText.Replace(" PAGE ", "", StringComparison.Ordinal));
            Assert.All(footer.Descendants<Run>(), r => Assert.Equal(("SimSun", "28"), (r.RunProperties!.RunFonts!.EastAsia!.Value, r.RunProperties.FontSize!.Val!.Value)));
        });
    }

    [Fact]
    public void Render_IndicatorTable_HeaderRepeatedAndBordered()
    {
        using var word = Open(new SummaryBuilder().Build());
        var table = Body(word).Elements<Table>().First();
        var header = table.Elements<TableRow>().First();
        Assert.Equal(["序号", "考核指标", "目标任务", "完成情况", "完成率", "同比", "排名"], header.Elements<TableCell>().Select(c => c.InnerText));
        Assert.NotNull(header.TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(BorderValues.Single, table.GetFirstChild<TableProperties>()!.TableBorders!.InsideHorizontalBorder!.Val!.Value);
        Assert.Equal(9, table.Elements<TableRow>().Count());
        Assert.Equal(GbtDocx.TextWidth, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Render_Overview_LeadsBeforePartOne_InBodyStyle()
    {
        using var word = Open(new SummaryBuilder().Build());
        var paragraphs = Body(word).Elements<Paragraph>().ToList();
        var lead = paragraphs.Single(p => p.InnerText.StartsWith("2026年1—10月，瑞安市科学技术局紧扣", StringComparison.Ordinal));
        Assert.True(paragraphs.IndexOf(lead) < paragraphs.FindIndex(p => p.InnerText == "一、工作成效"));
        Assert.Equal(("FangSong", "32"), (Props(lead).RunFonts!.EastAsia!.Value, Props(lead).FontSize!.Val!.Value));
    }

    [Fact]
    public void Render_Charts_NativeChartsAfterTheTable_WithCaptionsAndValues()
    {
        using var word = Open(new SummaryBuilder().Build());
        var main = word.MainDocumentPart!;
        var charts = main.ChartParts.Select(c => c.ChartSpace!).ToList();
        Assert.Equal(2, charts.Count);

        // 图1: one bar per indicator in the document's order, the one behind time progress in the warning colour.
        var bars = charts.Single(c => c.Descendants<C.BarChart>().Any());
        Assert.Equal(C.BarDirectionValues.Bar, bars.Descendants<C.BarDirection>().Single().Val!.Value);
        Assert.Equal(["全社会研发经费支出占地区生产总值比重", "新增高新技术企业", "技术合同成交额"],
            bars.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text));
        Assert.Equal(["94.55", "86.67", "75.00"], bars.Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => v.Text));
        var behind = Assert.Single(bars.Descendants<C.DataPoint>());
        Assert.Equal(2u, behind.Index!.Val!.Value);

        // 图2: twelve months, this year's line broken after October (no point rather than a 0).
        var lines = charts.Single(c => c.Descendants<C.LineChart>().Any());
        var series = lines.Descendants<C.LineChartSeries>().ToList();
        Assert.Equal(["2026年", "2025年"], series.Select(s => s.SeriesText!.Descendants<C.NumericValue>().Single().Text));
        Assert.Equal(12u, series[0].Descendants<C.PointCount>().Last().Val!.Value);
        Assert.Equal(10, series[0].GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Count());
        Assert.Equal(12, series[1].GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Count());

        var texts = Texts(word);
        var table = Body(word).Elements<Table>().First();
        Assert.Contains("图1　2026年1—10月考核指标完成率", texts);
        Assert.Contains("图2　技术合同成交额逐月累计", texts);
        Assert.Contains("序时进度83.33%；橙色为落后于序时进度的指标", texts);
        Assert.True(Body(word).ChildElements.ToList().IndexOf(table) < Body(word).ChildElements.ToList().FindIndex(e => e.Descendants<Drawing>().Any()));
    }

    [Fact]
    public void Render_NoCharts_NoChartParts()
    {
        using var word = Open(new SummaryBuilder { Charts = [] }.Build());
        Assert.Empty(word.MainDocumentPart!.ChartParts);
        Assert.DoesNotContain(Texts(word), t => t.StartsWith("图1", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_FontTable_NamesTheChineseFacesAsAlternatives()
    {
        using var word = Open(new SummaryBuilder().Build());
        var fonts = word.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName!.Val!.Value);
        Assert.Equal("仿宋", fonts["FangSong"]);
        Assert.Equal("楷体", fonts["KaiTi"]);
        Assert.Equal("黑体", fonts["SimHei"]);
        Assert.Equal("宋体", fonts["方正小标宋简体"]);
    }

    [Fact]
    public void Render_IndicatorTable_TwelveCharacterNamesOnOneLine_YoyWithoutItsHeaderWord()
    {
        using var word = Open(new SummaryBuilder().Build());
        var table = Body(word).Elements<Table>().First();
        var name = int.Parse(table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().ElementAt(1).Width!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        var size = int.Parse(table.Descendants<FontSize>().First().Val!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        // Twelve characters of the table's font (half-points × 10 twips each) and the cell margins.
        Assert.True(name >= 12 * size * 10 + 160, $"考核指标列宽 {name} twips，字号 {size}");
        Assert.Contains(table.Descendants<TableCell>(), c => c.InnerText == "增长15.56%");
        Assert.DoesNotContain(table.Descendants<TableCell>(), c => c.InnerText.StartsWith("同比增长", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_EveryFigure_Printed()
    {
        var doc = new SummaryBuilder().Build();
        using var word = Open(doc);
        var text = Body(word).InnerText;
        Assert.All(doc.Figures, f => Assert.Contains(f.Text, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_EmptyPlan_NoThirdPart()
    {
        using var word = Open(new SummaryBuilder { Plan = new SummaryNarrative([], null) }.Build());
        var texts = Texts(word);
        Assert.Contains("二、存在问题", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("三、", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NoProblemsNorIndicators_PartsRenumbered()
    {
        using var word = Open(new SummaryBuilder { Problems = new SummaryNarrative([], "  \n "), WithIndicators = false }.Build());
        var texts = Texts(word);
        Assert.Contains("一、工作成效", texts);
        Assert.Contains("二、2027年工作思路", texts);
        Assert.DoesNotContain(texts, t => t.Contains("存在问题", StringComparison.Ordinal));
        Assert.DoesNotContain(Body(word).Elements<Table>(), t => t.InnerText.Contains("考核指标", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Appendix_ListsEveryFigureWithSource()
    {
        var doc = new SummaryBuilder().Build();
        using var word = Open(doc, appendix: true);
        var texts = Texts(word);
        Assert.Contains("附件：数据来源", texts);
        var table = Body(word).Elements<Table>().Last();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["序号", "项目", "数值", "来源"], rows[0]);
        Assert.Equal(doc.Figures.Select(f => f.Text), rows.Skip(1).Select(r => r[2]));
        Assert.Equal(doc.Figures.Select(f => f.Source), rows.Skip(1).Select(r => r[3]));
    }

    [Fact]
    public void Render_NoAppendix_NoSourceTable()
    {
        using var word = Open(new SummaryBuilder().Build(), appendix: false);
        Assert.DoesNotContain(Texts(word), t => t.Contains("数据来源", StringComparison.Ordinal));
        Assert.DoesNotContain(Body(word).Elements<Table>(), t => t.InnerText.Contains("来源", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_MarkupInStaffText_PrintedLiterally()
    {
        const string edited = "<b>粗体</b> **星号** &amp; [链接](http://x)\n第二段 <script>alert(1)</script>";
        using var word = Open(new SummaryBuilder { Problems = new SummaryNarrative([], edited) }.Build());
        var texts = Texts(word);
        Assert.Contains("<b>粗体</b> **星号** &amp; [链接](http://x)", texts);
        Assert.Contains("第二段 <script>alert(1)</script>", texts);
        Assert.DoesNotContain(Body(word).Descendants<Bold>(), b => b.Val is null || b.Val.Value);
    }

    [Fact]
    public void Render_ControlCharacters_DroppedNotFatal()
    {
        var sections = new List<SummarySection> { new("x", "（一）测试", [SummaryParagraph.Plain("甲\u0001乙\u0007丙")]) };
        using var word = Open(new SummaryBuilder { Sections = sections }.Build());
        Assert.Contains("甲乙丙", Texts(word));
    }

    [Fact]
    public void Render_SectionTable_FirstRowHeader()
    {
        var table = new SummaryTable([[SummarySpan.Plain("县（市、区）"), SummarySpan.Plain("高企")], [SummarySpan.Plain("瑞安市"), new SummarySpan("742家", "hte.total")]]);
        var sections = new List<SummarySection> { new("counties", "（一）各地情况", [], table) };
        using var word = Open(new SummaryBuilder { Sections = sections, WithIndicators = false }.Build());
        var built = Body(word).Elements<Table>().Single();
        var header = built.Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal("县（市、区）高企瑞安市742家", built.InnerText);
    }

    [Fact]
    public void Signature_DateStartsTwoCharactersRightOfAuthor()
    {
        var (author, date) = SummaryDocx.Signature("瑞安市科学技术局", "2026年11月26日");
        Assert.Equal(2 * GbtDocx.CharWidth, date);
        Assert.True(author > date);
    }

    [Theory]
    [InlineData("瑞安市科学技术局2026年工作总结（截至10月）", "瑞安市科学技术局2026年工作总结\n（截至10月）")]
    [InlineData("瑞安市科学技术局2026年工作总结", "瑞安市科学技术局2026年工作总结")]
    [InlineData("平阳县科技局2026年工作总结（截至10月）", "平阳县科技局2026年工作总结（截至10月）")]
    public void TitleLines_LongTitle_BreaksBeforeBracket(string title, string expected) =>
        Assert.Equal(expected, SummaryDocx.TitleLines(title));
}
