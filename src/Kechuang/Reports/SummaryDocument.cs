using Kechuang.Indicators.Plausibility;

namespace Kechuang.Reports;

/// <summary>
/// A work summary (工作总结) of a region for a period, drafted from the data (docs/domain.md §8, docs/reports.md): 一、工作成效 with
/// the indicator table and one section per module with data, 二、存在问题 and 三、工作思路 (下半年 or next year). Every number in it is a
/// span pointing at one of <see cref="Figures"/>, which says where it came from. Renderers (.docx, Markdown, the page)
/// print it as it is: nothing here is HTML or markup.
/// </summary>
public sealed record SummaryDocument(
    string RegionCode,
    string RegionName,
    int Year,
    string Period,
    int Month,
    bool Open,
    string Title,
    string Author,
    string DateLine,
    IReadOnlyList<SummaryIndicatorRow> Indicators,
    IReadOnlyList<SummarySection> Sections,
    SummaryNarrative Problems,
    SummaryNarrative Plan,
    IReadOnlyList<SummaryFigure> Figures,
    SummaryState State)
{
    /// <summary>
    /// What staff must check before the summary goes out, shown on the page and in the JSON (<c>warnings</c>): e.g. a
    /// next-year target below this year's figure, which 三、工作思路 leaves out (docs/reports.md).
    /// </summary>
    public IReadOnlyList<SummaryWarning> Warnings { get; init; } = [];

    /// <summary>Suspicious figures among those printed (docs/domain.md §3, Plausibility); set by <see cref="SummaryPlausibility"/>.</summary>
    public IReadOnlyList<PlausibilityWarning> PlausibilityWarnings { get; init; } = [];

    /// <summary>
    /// 总体情况: the lead paragraph under the title (docs/reports.md) — how many 考核指标 reached time progress, the ranks
    /// among the peers with a figure, and each module's headline (<see cref="SummarySection.Highlight"/>).
    /// </summary>
    public IReadOnlyList<SummaryParagraph> Overview { get; init; } = [];

    /// <summary>图1, 图2: completion by indicator and the headline indicator month by month (<see cref="SummaryCharts"/>).</summary>
    public IReadOnlyList<SummaryChart> Charts { get; init; } = [];

    /// <summary>Part 三's title: a half year plans the rest of its year, a year the next one.</summary>
    public string PlanHeading => Period == SummaryPeriod.FirstHalf ? "下半年工作思路" : $"{Year + 1}年工作思路";

    /// <summary>What the period covers in a sentence: 全年, 上半年, 1—10月.</summary>
    public string PeriodPhrase => SummaryPeriod.Phrase(Period, Month, Open);
}

/// <summary>A point for staff to check in the draft, about one indicator; never printed in the document.</summary>
public sealed record SummaryWarning(string Indicator, string Message);

/// <summary>A run of text; when <see cref="FigureId"/> is set it prints a figure (click to trace it).</summary>
public sealed record SummarySpan(string Text, string? FigureId = null)
{
    public static SummarySpan Plain(string text) => new(text);
}

public sealed record SummaryParagraph(IReadOnlyList<SummarySpan> Spans)
{
    public string Text => string.Concat(Spans.Select(s => s.Text));

    public static SummaryParagraph Plain(string text) => new([SummarySpan.Plain(text)]);
}

/// <summary>A table inside a section (the city report's county matrix); the first row is the header.</summary>
public sealed record SummaryTable(IReadOnlyList<IReadOnlyList<SummarySpan>> Rows);

/// <summary>(一)(二)… of part 一: a module's facts as sentences. <see cref="Module"/> names who wrote it.</summary>
public sealed record SummarySection(string Module, string Heading, IReadOnlyList<SummaryParagraph> Paragraphs, SummaryTable? Table = null)
{
    /// <summary>
    /// The module's headline for 总体情况 ("新认定高新技术企业42家"), figures cited from <see cref="Paragraphs"/>; none when the
    /// module has nothing to headline.
    /// </summary>
    public IReadOnlyList<SummarySpan> Highlight { get; init; } = [];
}

/// <summary>
/// A chart of the summary: <see cref="Kind"/> "bar" (horizontal bars, one per category) or "line" (one line per series
/// over the categories, null where there is no figure). Values in <see cref="Unit"/>; <see cref="Note"/> is printed
/// under it (the reference a reader needs, e.g. the time progress).
/// </summary>
public sealed record SummaryChart(string Kind, string Title, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<SummaryChartSeries> Series, string Note)
{
    public const string Bar = "bar";
    public const string Line = "line";
}

/// <summary>A series; <see cref="Behind"/> marks the points to draw in the warning colour (completion behind time progress).</summary>
public sealed record SummaryChartSeries(string Name, IReadOnlyList<decimal?> Values)
{
    public IReadOnlyList<bool> Behind { get; init; } = [];
}

/// <summary>One line of the indicator table: 序号, 考核指标, 目标任务, 完成情况, 完成率, 同比, 排名 as printed.</summary>
public sealed record SummaryIndicatorRow(
    int No, string Code, string Name, string Unit,
    SummarySpan Target, SummarySpan Actual, SummarySpan Completion, SummarySpan Yoy, SummarySpan Rank);

/// <summary>
/// A part staff may rewrite (存在问题, 工作思路): the draft from the data, and the staff's own text when they edited it.
/// Edited text is plain text and replaces the draft.
/// </summary>
public sealed record SummaryNarrative(IReadOnlyList<SummaryParagraph> Drafted, string? Edited)
{
    public IReadOnlyList<SummaryParagraph> Paragraphs => Edited is null
        ? Drafted
        : Edited.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(SummaryParagraph.Plain).ToList();

    public string DraftedText => string.Join("\n", Drafted.Select(p => p.Text));

    public bool IsEmpty => Paragraphs.Count == 0;
}

/// <summary>
/// A number in the summary and its source: an indicator's figure of a month (<see cref="SummaryTrace.Module"/>
/// "indicators") or a query over a register, named by the module that ran it.
/// </summary>
public sealed record SummaryFigure(string Id, string Label, decimal Value, string Unit, string Text, string Source, SummaryTrace Trace);

/// <summary>Enough to list the records behind a figure again: the module, its key and the region and period.</summary>
public sealed record SummaryTrace(string Module, string Key, string RegionCode, int Year, int Month);

/// <summary>Draft or frozen; a frozen summary lists the figures that changed since it was frozen.</summary>
public sealed record SummaryState(bool Frozen, DateTimeOffset? FrozenAt, string? FrozenBy, DateTimeOffset? EditedAt, IReadOnlyList<SummaryChange> Changes);

public sealed record SummaryChange(string FigureId, string Label, string Frozen, string Now);
