using Kechuang.Common;

namespace Kechuang.Reports;

/// <summary>The recurring clauses of a summary's sentences (docs/domain.md §8), each pointing at the figure it is about.</summary>
public static class SummaryPhrases
{
    /// <summary>
    /// A register's figure as a clause: the lead, the figure, "，同比增长…" and "，完成年度任务的…，全市排名第2" — the figure
    /// traced to <paramref name="module"/> under the indicator code it feeds. <paramref name="unit"/> null means money
    /// in yuan, printed in 亿元 or 万元.
    /// </summary>
    public static IEnumerable<SummarySpan> Measure(SummaryContext context, string lead, string id, string label, decimal value, string? unit,
        decimal lastYear, string source, string module, string indicator)
    {
        var (shown, shownUnit) = unit is null ? Money(value) : (value, unit);
        yield return SummarySpan.Plain(lead);
        yield return context.Amount(id, label, decimal.Round(shown, 4), shownUnit, source, module, indicator);
        foreach (var span in Growth(value, lastYear, id).Concat(Assessment(context, indicator, value, id)))
        {
            yield return span;
        }
    }

    /// <summary>
    /// A figure of a module's sentence for the tone rule (docs/domain.md §9): its growth as <see cref="Growth"/> prints
    /// it, and whether it is on time progress when the indicator row is the same figure (as <see cref="Assessment"/>).
    /// </summary>
    public static ToneFigure Tone(SummaryContext context, string label, string id, decimal value, decimal lastYear, string indicator) =>
        new(label, GrowthRate(value, lastYear), SameRow(context, indicator, value)?.OnSchedule, id, indicator);

    /// <summary>
    /// The opening clause of a sentence on <paramref name="subject"/>, judged from its figures by
    /// <see cref="SummaryContext.Tone"/>: praise, problem, both, or neutral. A problem figure the indicator table does
    /// not already put in 二、存在问题 is added there with its figure, so the section and part 二 never disagree.
    /// </summary>
    public static SummarySpan Opening(SummaryContext context, string subject, params ToneFigure[] figures)
    {
        foreach (var figure in figures.Where(f => context.Tone.Judge(f.Growth, f.OnSchedule) == Judgement.Problem))
        {
            var covered = figure.Indicator is { } code && context.Row(code) is { } row
                && (row.OnSchedule == false || row.YoyGrowth < context.Tone.FallingBelow || row.YoyChangePoints < context.Tone.FallingBelow);
            if (!covered && figure.Growth is { } g)
            {
                context.AddProblem([SummarySpan.Plain(figure.Label), new SummarySpan(Zh.Growth(g), figure.FigureId)]);
            }
        }
        return SummarySpan.Plain(context.Tone.Opening(subject, figures));
    }

    /// <summary>"，同比增长12.30%" against last year's same period; nothing when last year had none.</summary>
    public static IEnumerable<SummarySpan> Growth(decimal value, decimal lastYear, string figureId)
    {
        if (GrowthRate(value, lastYear) is not { } growth)
        {
            yield break;
        }
        yield return SummarySpan.Plain("，");
        yield return new SummarySpan(Zh.Growth(growth), figureId);
    }

    private static decimal? GrowthRate(decimal value, decimal lastYear) =>
        lastYear > 0 ? decimal.Round((value - lastYear) / lastYear, 4, MidpointRounding.AwayFromZero) : null;

    /// <summary>The indicator row when it prints the same figure as the register's <paramref name="value"/>.</summary>
    private static Indicators.Assessment.AssessmentRow? SameRow(SummaryContext context, string code, decimal value) =>
        context.Row(code) is { } row && Zh.Amount(row.Actual!.Value, row.Unit) == Zh.Amount(InUnit(value, row.Unit), row.Unit) ? row : null;

    /// <summary>
    /// "，超额完成年度任务（完成率105.00%），全市排名第2" from the indicator table — only when the indicator's figure prints as
    /// the register's (<paramref name="value"/> in yuan or a count), so the sentence never mixes two sources.
    /// </summary>
    public static IEnumerable<SummarySpan> Assessment(SummaryContext context, string code, decimal value, string figureId)
    {
        if (SameRow(context, code, value) is not { } row)
        {
            yield break;
        }
        if (row.CompletionRate is { } rate)
        {
            // Exactly the target is 完成, not 超额完成.
            yield return SummarySpan.Plain(rate > 1 ? "，超额完成年度任务（完成率" : rate == 1 ? "，完成年度任务（完成率" : "，完成年度任务的");
            yield return new SummarySpan(Zh.Percent(rate), figureId);
            if (rate >= 1)
            {
                yield return SummarySpan.Plain("）");
            }
        }
        // A rank only where the rule gives one (docs/domain.md §3, §9: among ≥ 3 peers with a figure).
        if (row.Rank is { } rank)
        {
            yield return SummarySpan.Plain($"，{context.ScopeName}排名");
            yield return new SummarySpan($"第{rank}", figureId);
        }
    }

    /// <summary>Money in yuan as a summary writes it: 亿元 from one hundred million up, else 万元; value and unit.</summary>
    public static (decimal Value, string Unit) Money(decimal yuan) =>
        Math.Abs(yuan) >= 100_000_000m ? (yuan / 100_000_000m, "亿元") : (yuan / 10_000m, "万元");

    private static decimal InUnit(decimal value, string unit) => unit switch
    {
        "亿元" => value / 100_000_000m,
        "万元" => value / 10_000m,
        _ => value,
    };

    /// <summary>一, 二, 三 … 十, 十一 … as in 一是、二是 and （一）（二）.</summary>
    public static string Ordinal(int index)
    {
        string[] digits = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        var n = index + 1;
        return n <= 10 ? digits[n - 1] : n < 20 ? "十" + digits[n - 11] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
