using Kechuang.Reports;

namespace Kechuang.Tests.Reports;

/// <summary>
/// A work summary built by hand, as the drafter would for 瑞安市 to October 2026: every number a span pointing at a
/// registered figure, so a test can check that each figure prints.
/// </summary>
internal sealed class SummaryBuilder
{
    private readonly List<SummaryFigure> figures = [];

    public string Title { get; set; } = "瑞安市科学技术局2026年工作总结（截至10月）";
    public SummaryNarrative? Problems { get; set; }
    public SummaryNarrative? Plan { get; set; }
    public List<SummarySection>? Sections { get; set; }
    public bool WithIndicators { get; set; } = true;
    public List<SummaryChart>? Charts { get; set; }

    /// <summary>图1 completion (the third bar behind time progress) and 图2 a monthly line with November and December still open.</summary>
    public static List<SummaryChart> SampleCharts() =>
    [
        new(SummaryChart.Bar, "2026年1—10月考核指标完成率", "%", ["全社会研发经费支出占地区生产总值比重", "新增高新技术企业", "技术合同成交额"],
            [new SummaryChartSeries("完成率", [94.55m, 86.67m, 75.00m]) { Behind = [false, false, true] }], "序时进度83.33%；橙色为落后于序时进度的指标"),
        new(SummaryChart.Line, "技术合同成交额逐月累计", "亿元", [.. Enumerable.Range(1, 12).Select(m => $"{m}月")],
            [
                new SummaryChartSeries("2026年", [.. Enumerable.Range(1, 12).Select(m => m <= 10 ? (decimal?)(m * 2.1m) : null)]),
                new SummaryChartSeries("2025年", [.. Enumerable.Range(1, 12).Select(m => (decimal?)(m * 1.9m))]),
            ], "单位：亿元；自年初累计"),
    ];

    private SummarySpan F(string id, string label, decimal value, string unit, string text, string source)
    {
        if (figures.All(f => f.Id != id))
        {
            figures.Add(new SummaryFigure(id, label, value, unit, text, source, new SummaryTrace("indicators", id, "330381", 2026, 10)));
        }
        return new SummarySpan(text, id);
    }

    private static SummarySpan P(string text) => SummarySpan.Plain(text);

    private SummaryIndicatorRow Row(int no, string code, string name, string unit, decimal target, string targetText,
        decimal actual, string actualText, string completion, string yoy, string rank)
    {
        var id = $"indicator.{code}";
        var source = $"考核指标“{name}”2026年10月报送数";
        return new SummaryIndicatorRow(no, code, name, unit,
            F(id + ".target", name + "目标任务", target, unit, targetText, $"考核指标“{name}”2026年目标任务"),
            F(id, name, actual, unit, actualText, source),
            new SummarySpan(completion, id), new SummarySpan(yoy, id), new SummarySpan(rank, id));
    }

    public SummaryDocument Build()
    {
        var indicators = !WithIndicators ? [] : new List<SummaryIndicatorRow>
        {
            Row(1, "rd_ratio", "全社会研发经费支出占地区生产总值比重", "%", 3.3m, "3.30%", 3.12m, "3.12%", "94.55%", "提高0.21个百分点", "全市第2"),
            Row(2, "hte_new", "新增高新技术企业", "家", 60, "60家", 52, "52家", "86.67%", "同比增长15.56%", "全市第3"),
            Row(3, "tsme", "入库科技型中小企业", "家", 320, "320家", 355, "355家", "110.94%", "同比增长8.23%", "全市第1"),
            Row(4, "contract", "技术合同成交额", "亿元", 25, "25.00亿元", 21.49m, "21.49亿元", "85.96%", "同比增长12.30%", "全市第4"),
            Row(5, "hte_output", "高新技术产业增加值占规上工业增加值比重", "%", 70, "70.00%", 68.41m, "68.41%", "97.73%", "下降0.52个百分点", "全市第5"),
            Row(6, "platform", "新增省级以上研发平台", "个", 12, "12个", 9, "9个", "75.00%", "同比持平", "全市第6"),
            Row(7, "rd_firms", "规上工业企业研发活动覆盖率", "%", 85, "85.00%", 87.2m, "87.20%", "102.59%", "提高3.10个百分点", "—"),
            Row(8, "talent", "引进培育高层次人才", "人", 150, "150人", 131, "131人", "87.33%", "同比下降4.38%", "全市第7"),
        };
        var sections = Sections ??
        [
            new("enterprises", "（一）科技企业梯队培育成效明显",
            [
                new([P("一是高新技术企业量质齐升。1—10月新增高新技术企业"), F("hte.new", "新增高新技术企业", 52, "家", "52家", "企业库：2026年认定的高新技术企业"),
                    P("，有效高新技术企业总数达到"), F("hte.total", "有效高新技术企业", 742, "家", "742家", "企业库：有效期内的高新技术企业"),
                    P("，同比增长"), F("hte.growth", "有效高新技术企业同比增长", 9.6m, "%", "9.60%", "企业库：有效高新技术企业，与上年同期比"),
                    P("，超额完成序时进度。")]),
                new([P("二是科技型中小企业入库再创新高。累计评价入库科技型中小企业"), F("tsme.count", "入库科技型中小企业", 355, "家", "355家", "企业库：2026年评价入库"),
                    P("，完成年度目标任务的"), F("tsme.rate", "科技型中小企业完成率", 110.94m, "%", "110.94%", "考核指标“入库科技型中小企业”完成率"),
                    P("，全市排名第1。")]),
                new([P("三是企业研发投入持续加大。规上工业企业研发费用达"), F("rd.spend", "规上工业企业研发费用", 48.62m, "亿元", "48.62亿元", "统计报送：规上工业企业研发费用"),
                    P("，研发活动覆盖率"), F("rd.cover", "研发活动覆盖率", 87.2m, "%", "87.20%", "统计报送：有研发活动的规上工业企业占比"), P("。")]),
            ]),
            new("contracts", "（二）技术市场交易日趋活跃",
            [
                new([P("一是技术合同登记量稳步增长。认定登记技术合同"), F("contract.count", "认定登记技术合同", 1286, "项", "1,286项", "技术合同登记：2026年1—10月登记"),
                    P("，技术合同成交额"), F("contract.turnover", "技术合同成交额", 21.49m, "亿元", "21.49亿元", "技术合同登记：2026年1—10月成交额合计"),
                    P("，其中技术交易额"), F("contract.tech", "技术交易额", 17.03m, "亿元", "17.03亿元", "技术合同登记：2026年1—10月技术交易额合计"), P("。")]),
                new([P("二是成果转化渠道不断拓宽。举办科技成果拍卖会、对接会"), F("events.count", "成果对接活动", 14, "场", "14场", "活动登记：2026年成果转化活动"),
                    P("，促成项目签约"), F("events.deals", "签约项目", 63, "项", "63项", "活动登记：签约项目"), P("。")]),
            ]),
        ];
        var problems = Problems ?? new SummaryNarrative(
        [
            new([P("一是新增高新技术企业完成"), new SummarySpan("52家", "indicator.hte_new"), P("，完成率"), new SummarySpan("86.67%", "indicator.hte_new"),
                P("，低于83.33%的序时进度要求不多，但年底冲刺压力较大。")]),
            new([P("二是高层次人才引进同比下降4.38%，在全市排名第7，居末位，人才支撑不足的短板依然突出。")]),
        ], null);
        var plan = Plan ?? new SummaryNarrative(
        [
            new([P("2027年，力争新增高新技术企业达到"), F("indicator.hte_new.next", "新增高新技术企业2027年目标任务", 70, "家", "70家", "考核指标“新增高新技术企业”2027年目标任务"),
                P("，技术合同成交额达到"), F("indicator.contract.next", "技术合同成交额2027年目标任务", 30, "亿元", "30.00亿元", "考核指标“技术合同成交额”2027年目标任务"),
                P("，全社会研发经费支出占地区生产总值比重力争达到3.50%。")]),
        ], null);
        var overview = WithIndicators
            ? new List<SummaryParagraph>
            {
                new([P("2026年1—10月，瑞安市科学技术局紧扣年度考核目标推进科技创新工作。1—10月新增高新技术企业"), new SummarySpan("52家", "hte.new"), P("。现将有关情况总结如下。")]),
            }
            : [];
        return new SummaryDocument("330381", "瑞安市", 2026, "FY", 10, true, Title, "瑞安市科学技术局", "2026年11月26日",
            indicators, sections, problems, plan, figures.ToList(), new SummaryState(false, null, null, null, []))
        {
            Overview = overview,
            Charts = Charts ?? (WithIndicators ? SampleCharts() : []),
        };
    }
}
