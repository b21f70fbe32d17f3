using Kechuang.Common;
using Kechuang.Indicators.Assessment;
using Kechuang.Regions;

namespace Kechuang.Reports;

/// <summary>
/// What a section is drafted from: the region, the period, the region's indicator table (so a section can cite a
/// completion rate or rank) and the figure book every printed number goes through.
/// </summary>
public sealed class SummaryContext(Region region, string scopeName, int year, string period, int month, bool open, IReadOnlyList<AssessmentRow> rows)
{
    private readonly Dictionary<string, SummaryFigure> figures = [];
    private readonly List<IReadOnlyList<SummarySpan>> sectionProblems = [];

    public Region Region { get; } = region;
    public RegionCode Code { get; } = RegionCode.Parse(region.Code);

    /// <summary>The peers' area as a summary names it for ranks: 全市, 全省, 全国.</summary>
    public string ScopeName { get; } = scopeName;

    public int Year { get; } = year;
    public string Period { get; } = period;
    public int Month { get; } = month;
    public bool Open { get; } = open;

    /// <summary>First and last day the period's figures cover.</summary>
    public DateOnly From => new(Year, 1, 1);
    public DateOnly To => new DateOnly(Year, Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>全年, 上半年, 1—10月.</summary>
    public string PeriodPhrase => SummaryPeriod.Phrase(Period, Month, Open);

    public IReadOnlyList<AssessmentRow> Rows { get; } = rows;

    public AssessmentRow? Row(string code) => Rows.FirstOrDefault(r => r.Code == code && HasData(r));

    /// <summary>
    /// A row with a figure to print. A register without records of the kind answers 0, which is no data when nobody
    /// asked for any (docs/domain.md §9: left out, never printed as 0); against a target the same 0 is a figure — 0 of
    /// 61 is the result, and a problem (docs/domain.md §8, §9).
    /// </summary>
    public static bool HasData(AssessmentRow row) =>
        row.Actual is not null && (row.Reported is not null || row.Derived is not 0m || row.Target is not null);

    public IReadOnlyCollection<SummaryFigure> Figures => figures.Values;

    /// <summary>The rule a sentence's judgement follows (docs/domain.md §9).</summary>
    public SummaryTone Tone { get; init; } = SummaryTone.Default;

    /// <summary>
    /// Problems a module section found in figures the indicator table does not cover (no assessed row says so), for
    /// 二、存在问题 after the table's own (<see cref="SummaryIndicators.Problems"/>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SummarySpan>> SectionProblems => sectionProblems;

    internal void AddProblem(IReadOnlyList<SummarySpan> spans) => sectionProblems.Add(spans);

    /// <summary>Registers a figure and returns the span that prints it; the same id twice keeps the first.</summary>
    public SummarySpan Figure(string id, string label, decimal value, string unit, string text, string source, string module, string key)
    {
        figures.TryAdd(id, new SummaryFigure(id, label, value, unit, text, source, new SummaryTrace(module, key, Region.Code, Year, Month)));
        return new SummarySpan(text, id);
    }

    /// <summary>A figure registered before, printed again (e.g. a section's headline for 总体情况); null when there is none.</summary>
    public SummarySpan? Cite(string id) => figures.TryGetValue(id, out var figure) ? new SummarySpan(figure.Text, id) : null;

    /// <summary>A count or amount already in <paramref name="unit"/>, printed the house way ("42家", "21.49亿元").</summary>
    public SummarySpan Amount(string id, string label, decimal value, string unit, string source, string module, string key) =>
        Figure(id, label, value, unit, Zh.Amount(value, unit), source, module, key);
}
