using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;
using Kechuang.Regions;
using Kechuang.Reports;

namespace Kechuang.Tests.Reports;

/// <summary>
/// 总体情况 and 图1 from the indicator table (docs/reports.md): every branch with rows worked by hand. 平阳县 at the end of
/// October (time progress 10/12 = 83.33%) unless a case says otherwise.
/// </summary>
public class SummaryOverviewTests
{
    private static readonly Region Pingyang = new() { Code = "330326", Name = "平阳县", ParentCode = "330300", Level = RegionLevel.County };

    /// <summary>A flow of the table: completion and schedule as AssessmentBuilder computes them at <paramref name="month"/>.</summary>
    private static AssessmentRow Flow(string code, string name, decimal? target, decimal? actual, int month = 10, int? rank = null, int ranked = 0)
    {
        var completion = target is { } t && actual is { } a && t != 0 ? a / t : (decimal?)null;
        var progress = AssessmentMath.TimeProgress(month);
        return new AssessmentRow(code, name, "家", IndicatorWords.Flow, IndicatorWords.Higher, IndicatorWords.Reported,
            target, actual, completion, null, null, null, progress, completion is { } c ? c >= progress : null,
            rank, 12, ranked, actual, null, false, false, null);
    }

    private static AssessmentRow Stock(string code, string name, decimal? target, decimal? actual, int? rank = null, int ranked = 0) =>
        new(code, name, "家", IndicatorWords.Stock, IndicatorWords.Higher, IndicatorWords.Reported,
            target, actual, target is { } t && actual is { } a ? a / t : null, null, null, null, 1m, null,
            rank, 12, ranked, actual, null, false, false, null);

    private static SummaryContext Context(IReadOnlyList<AssessmentRow> rows, int month = 10, bool open = true, string period = "FY") =>
        new(Pingyang, "全市", 2026, period, month, open, rows);

    private static string Draft(SummaryContext context, params SummarySection[] sections) =>
        string.Concat(SummaryOverview.Draft(context, "平阳县科学技术局", sections).Select(p => p.Text));

    [Fact]
    public void Draft_CountsOnScheduleAndBehind_NamesThreeThenDeng()
    {
        // 90/100 = 90% ≥ 83.33%: on schedule; 50/100, 60/100, 70/100, 80/100 behind; a target without any figure: 暂无数据.
        var rows = new[]
        {
            Flow("a", "甲指标", 100, 90), Flow("b", "乙指标", 100, 50), Flow("c", "丙指标", 100, 60),
            Flow("d", "丁指标", 100, 70), Flow("e", "戊指标", 100, 80), Flow("f", "己指标", 100, null),
        };

        var text = Draft(Context(rows));

        Assert.Equal("2026年1—10月，平阳县科学技术局紧扣年度考核目标推进科技创新工作。有目标任务的6项考核指标中，1项达到序时进度，"
            + "4项落后于序时进度（乙指标、丙指标、丁指标等），1项暂无数据。现将有关情况总结如下。", text);
    }

    [Fact]
    public void Draft_ClosedYear_StocksJudgedAgainstTheirTarget()
    {
        // December of a closed year: 100/100 flow done; stock 95 of 100 not; stock 120 of 100 done.
        var rows = new[] { Flow("a", "甲指标", 100, 100, month: 12), Stock("s", "存量甲", 100, 95), Stock("t", "存量乙", 100, 120) };

        var text = Draft(Context(rows, month: 12, open: false));

        Assert.Contains("有目标任务的3项考核指标中，2项完成年度目标任务，1项未完成（存量甲）。", text);
    }

    [Fact]
    public void Draft_OpenYear_StocksAreJudgedAtTheYearsEnd()
    {
        var rows = new[] { Flow("a", "甲指标", 100, 90), Stock("s", "存量甲", 100, 95) };

        Assert.Contains("有目标任务的2项考核指标中，1项达到序时进度，1项为存量或比率指标、年底考核。", Draft(Context(rows)));
    }

    [Fact]
    public void Draft_Ranks_TopThreeNamedWithTheirPeersWithData()
    {
        var rows = new[]
        {
            Flow("a", "甲指标", null, 5, rank: 2, ranked: 9), Flow("b", "乙指标", null, 5, rank: 1, ranked: 12),
            Flow("c", "丙指标", null, 5, rank: 7, ranked: 12), Flow("d", "丁指标", null, 5),
        };

        var paragraph = Assert.Single(SummaryOverview.Draft(Context(rows), "平阳县科学技术局", []));

        Assert.Contains("在全市有数据的同级地区中，参与排名的3项指标中2项居前三，其中乙指标全市第1/12、甲指标全市第2/9。", paragraph.Text);
        // The rank is a figure: a click traces it to the indicator.
        Assert.Contains(paragraph.Spans, s => s.Text == "全市第1/12" && s.FigureId == "indicator.b");
    }

    [Fact]
    public void Draft_NoRankInTheTopThree_TheBestRelativeRank()
    {
        // 5th of 12 (0.42) is better than 4th of 6 (0.67).
        var rows = new[] { Flow("a", "甲指标", null, 5, rank: 4, ranked: 6), Flow("b", "乙指标", null, 5, rank: 5, ranked: 12) };

        Assert.Contains("参与排名的2项指标均未进入前三，排名最好的是乙指标（全市第5/12）。", Draft(Context(rows)));
    }

    [Fact]
    public void Draft_NoRanks_NoRankSentence_HighlightsOfEachModule()
    {
        var rows = new[] { Flow("a", "甲指标", 100, 90) };
        var enterprises = new SummarySection("enterprises", "（一）强化企业培育", []) { Highlight = [SummarySpan.Plain("新认定高新技术企业"), new SummarySpan("42家", "enterprises.new_hte")] };
        var contracts = new SummarySection("contracts", "（二）培育技术市场", []) { Highlight = [SummarySpan.Plain("登记技术合同"), new SummarySpan("534项", "contracts.count")] };

        var text = Draft(Context(rows), enterprises, contracts);

        Assert.DoesNotContain("排名", text);
        Assert.EndsWith("1—10月新认定高新技术企业42家，登记技术合同534项。现将有关情况总结如下。", text);
    }

    [Fact]
    public void Draft_NothingToSay_NoParagraph() =>
        Assert.Empty(SummaryOverview.Draft(Context([]), "平阳县科学技术局", []));

    [Fact]
    public void CompletionChart_OneBarPerIndicatorWithTargetAndFigure_BehindMarked()
    {
        var rows = new[] { Flow("a", "甲指标", 100, 90), Flow("b", "乙指标", 100, 50), Flow("c", "丙指标", 100, null), Flow("d", "丁指标", null, 5) };

        var chart = SummaryCharts.Completion(Context(rows))!;

        Assert.Equal((SummaryChart.Bar, "2026年1—10月考核指标完成率"), (chart.Kind, chart.Title));
        Assert.Equal(["甲指标", "乙指标"], chart.Categories);
        Assert.Equal([90.00m, 50.00m], chart.Series[0].Values);
        Assert.Equal([false, true], chart.Series[0].Behind);
        Assert.Equal("序时进度83.33%；橙色为落后于序时进度的指标", chart.Note);
    }

    [Fact]
    public void CompletionChart_FewerThanTwoBars_None() =>
        Assert.Null(SummaryCharts.Completion(Context([Flow("a", "甲指标", 100, 90)])));
}
