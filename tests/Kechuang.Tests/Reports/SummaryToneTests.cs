using Kechuang.Reports;

namespace Kechuang.Tests.Reports;

/// <summary>
/// The tone rule (docs/domain.md §9) on hand-worked figures: growth is (this − last) ÷ last, on schedule is
/// completion ≥ m/12 (the indicator row's OnSchedule).
/// </summary>
public sealed class SummaryToneTests
{
    private static readonly SummaryTone Tone = SummaryTone.Default;

    [Theory]
    // 12 of last year's 10: +20%, completion 0.6 at June ≥ 6/12 → strong praise.
    [InlineData(0.20, true, Judgement.Strong)]
    // +5%, on schedule → praise, not strong (below 10%).
    [InlineData(0.05, true, Judgement.Praise)]
    // Exactly the strong threshold: 11 of 10 → +10% → strong.
    [InlineData(0.10, null, Judgement.Strong)]
    // Behind time progress (e.g. 55.56% at December), growing → problem.
    [InlineData(0.30, false, Judgement.Problem)]
    // Falling: 10 of 17 → −41.18%, even on schedule → problem.
    [InlineData(-0.4118, true, Judgement.Problem)]
    // Exactly 0% growth (10 of 10) is not falling → praise.
    [InlineData(0.0, null, Judgement.Praise)]
    // Exactly at time progress (completion 0.5 at June, OnSchedule true) without a comparison → praise.
    [InlineData(null, true, Judgement.Praise)]
    // Neither target nor last year → neutral.
    [InlineData(null, null, Judgement.Neutral)]
    public void Judge_EveryBranch(double? growth, bool? onSchedule, Judgement expected) =>
        Assert.Equal(expected, Tone.Judge((decimal?)growth, onSchedule));

    [Fact]
    public void Opening_OnScheduleAndGrowing_Praises()
    {
        Assert.Equal("技术市场交易成效明显。", Tone.Opening("技术市场交易", [Figure("技术合同登记数", 1.0m, null), Figure("技术合同成交额", 0.2m, true)]));
        Assert.Equal("技术市场交易稳步推进。", Tone.Opening("技术市场交易", [Figure("技术合同登记数", 0.2m, null), Figure("技术合同成交额", 0m, true)]));
    }

    [Fact]
    public void Opening_BehindOrFalling_NoPraise()
    {
        Assert.Equal("技术市场交易有待加强。", Tone.Opening("技术市场交易", [Figure("技术合同成交额", null, false)]));
        Assert.Equal("高新技术企业培育有待加强。", Tone.Opening("高新技术企业培育", [Figure("新认定高新技术企业数", -0.4118m, null)]));
    }

    [Fact]
    public void Opening_Mixed_SaysBoth()
    {
        // 有效高企 3 of last year's 2 (+50%), 新认定 1 of 2 (−50%).
        Assert.Equal("高新技术企业培育中，有效高新技术企业总数同比增长，但新认定高新技术企业数同比下降。",
            Tone.Opening("高新技术企业培育", [Figure("新认定高新技术企业数", -0.5m, null), Figure("有效高新技术企业总数", 0.5m, null)]));
        // Flat and on schedule is good; behind is bad.
        Assert.Equal("技术市场交易中，技术合同登记数同比持平，但技术合同成交额落后于序时进度。",
            Tone.Opening("技术市场交易", [Figure("技术合同登记数", 0m, null), Figure("技术合同成交额", null, false)]));
    }

    [Fact]
    public void Opening_NothingToJudgeBy_Neutral()
    {
        Assert.Equal("技术市场交易方面，", Tone.Opening("技术市场交易", [Figure("技术合同登记数", null, null)]));
        // A neutral figure beside a judged one does not change the judgement.
        Assert.Equal("技术市场交易稳步推进。", Tone.Opening("技术市场交易", [Figure("技术合同登记数", null, null), Figure("技术合同成交额", 0.01m, null)]));
    }

    private static ToneFigure Figure(string label, decimal? growth, bool? onSchedule) => new(label, growth, onSchedule, "x");
}
