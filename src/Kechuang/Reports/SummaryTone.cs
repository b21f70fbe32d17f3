using Kechuang.Common;

namespace Kechuang.Reports;

/// <summary>How a figure reads against its schedule and last year (docs/domain.md §9, words follow numbers).</summary>
public enum Judgement
{
    /// <summary>Neither a target with a schedule nor last year's figure: nothing to judge by.</summary>
    Neutral,

    /// <summary>On schedule (or no schedule) and not falling.</summary>
    Praise,

    /// <summary>Praise, and growing at least <see cref="SummaryTone.StrongFrom"/>.</summary>
    Strong,

    /// <summary>Behind time progress, or falling.</summary>
    Problem,
}

/// <summary>
/// One figure of a module's sentence as the tone rule sees it: its label, its growth against last year's same period
/// (null without last year's figure) and whether it is on time progress (null without a target, or for a stock).
/// </summary>
public sealed record ToneFigure(string Label, decimal? Growth, bool? OnSchedule, string FigureId, string? Indicator = null);

/// <summary>
/// The rule "words follow numbers" (docs/domain.md §9) as data, in one place: the thresholds a figure is judged by
/// and the phrase each judgement opens a module's sentence with. On schedule is the indicator row's
/// <c>OnSchedule</c> (序时进度: completion ≥ m/12, docs/domain.md §3), the same test 二、存在问题 uses.
/// {0} in a phrase is the sentence's subject ("技术市场交易"); {1} and {2} of <see cref="Mixed"/> are what went well
/// and what did not.
/// </summary>
public sealed record SummaryTone(
    decimal FallingBelow,
    decimal StrongFrom,
    string Praise,
    string Strong,
    string Neutral,
    string Problem,
    string Mixed,
    string Up,
    string Level,
    string Down,
    string OnTime,
    string Behind)
{
    public static readonly SummaryTone Default = new(
        FallingBelow: 0m,           // growth below 0 is falling; exactly 0 (持平) is not
        StrongFrom: 0.10m,          // ≥ 10% growth on schedule: 成效明显
        Praise: "{0}稳步推进。",
        Strong: "{0}成效明显。",
        Neutral: "{0}方面，",        // no target and no last year: the figures speak, no verdict
        Problem: "{0}有待加强。",
        Mixed: "{0}中，{1}，但{2}。",
        Up: "同比增长",
        Level: "同比持平",
        Down: "同比下降",
        OnTime: "达到序时进度",
        Behind: "落后于序时进度");

    /// <summary>Behind time progress or falling is a problem; else growth ≥ <see cref="StrongFrom"/> is strong; else praise when there is anything to judge by.</summary>
    public Judgement Judge(decimal? growth, bool? onSchedule)
    {
        if (onSchedule == false || growth < FallingBelow)
        {
            return Judgement.Problem;
        }
        if (growth >= StrongFrom)
        {
            return Judgement.Strong;
        }
        return growth is not null || onSchedule == true ? Judgement.Praise : Judgement.Neutral;
    }

    /// <summary>
    /// The opening clause of a sentence about <paramref name="subject"/> from its figures: praise only when every
    /// judged figure is good (strong when all good ones are), the problem phrase when all are bad, both said when they
    /// are mixed ("…中，有效高新技术企业总数同比增长，但新认定高新技术企业数同比下降。"), neutral when none can be judged.
    /// </summary>
    public string Opening(string subject, IReadOnlyList<ToneFigure> figures)
    {
        var judged = figures.Select(f => (Figure: f, Judgement: Judge(f.Growth, f.OnSchedule))).Where(x => x.Judgement != Judgement.Neutral).ToList();
        var good = judged.Where(x => x.Judgement is Judgement.Praise or Judgement.Strong).ToList();
        var bad = judged.Where(x => x.Judgement == Judgement.Problem).Select(x => x.Figure).ToList();
        if (judged.Count == 0)
        {
            return string.Format(Zh.Culture, Neutral, subject);
        }
        if (good.Count > 0 && bad.Count > 0)
        {
            return string.Format(Zh.Culture, Mixed, subject,
                string.Join("，", good.Select(x => x.Figure.Label + GoodWord(x.Figure))),
                string.Join("，", bad.Select(f => f.Label + BadWord(f))));
        }
        if (bad.Count > 0)
        {
            return string.Format(Zh.Culture, Problem, subject);
        }
        return string.Format(Zh.Culture, good.All(x => x.Judgement == Judgement.Strong) ? Strong : Praise, subject);
    }

    /// <summary>What a problem figure is said to be in a problem's sentence: "同比下降" or "落后于序时进度".</summary>
    public string BadWord(ToneFigure figure) =>
        figure.Growth < FallingBelow ? Down + (figure.OnSchedule == false ? "、" + Behind : "") : Behind;

    private string GoodWord(ToneFigure figure) =>
        figure.Growth is { } g ? (g > 0 ? Up : Level) : OnTime;
}
