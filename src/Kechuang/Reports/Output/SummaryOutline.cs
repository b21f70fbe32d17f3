using System.Globalization;

namespace Kechuang.Reports.Output;

/// <summary>
/// What every renderer prints and in which order, so the .docx and the Markdown cannot drift apart: the parts with
/// content, numbered 一、二、三、 after the empty ones are left out (a heading never stands without text under it).
/// </summary>
internal static class SummaryOutline
{
    public static readonly string[] IndicatorHeader = ["序号", "考核指标", "目标任务", "完成情况", "完成率", "同比", "排名"];

    public static readonly string[] AppendixHeader = ["序号", "项目", "数值", "来源"];

    public const string AppendixName = "数据来源";

    /// <summary>GB/T 9704 §7.3.5: the 附件说明 line under the body, "附件：名称".</summary>
    public const string AppendixNote = "附件：" + AppendixName;

    /// <summary>One of 一、二、三、: indicators and sections only in 工作成效, paragraphs only in the other two.</summary>
    public sealed record Part(
        string Heading,
        IReadOnlyList<SummaryIndicatorRow> Indicators,
        IReadOnlyList<SummarySection> Sections,
        IReadOnlyList<SummaryParagraph> Paragraphs);

    public static IReadOnlyList<Part> Parts(SummaryDocument doc)
    {
        var sections = doc.Sections
            .Select(s => s with { Paragraphs = Written(s.Paragraphs), Table = s.Table is { Rows.Count: > 0 } ? s.Table : null })
            .Where(s => s.Paragraphs.Count > 0 || s.Table is not null)
            .ToList();
        Part[] all =
        [
            new("工作成效", doc.Indicators, sections, []),
            new("存在问题", [], [], Written(doc.Problems.Paragraphs)),
            new(doc.PlanHeading, [], [], Written(doc.Plan.Paragraphs)),
        ];
        return all
            .Where(p => p.Indicators.Count > 0 || p.Sections.Count > 0 || p.Paragraphs.Count > 0)
            .Select((p, i) => p with { Heading = $"{SummaryPhrases.Ordinal(i)}、{p.Heading}" })
            .ToList();
    }

    /// <summary>"2026年1—10月主要考核指标完成情况": the caption over the indicator table.</summary>
    public static string IndicatorCaption(SummaryDocument doc) => $"{doc.Year}年{doc.PeriodPhrase}主要考核指标完成情况";

    /// <summary>考核指标 names up to this many characters stay on one line in the table.</summary>
    public const double IndicatorNameWidth = 12;

    /// <summary>"图1　2026年1—10月考核指标完成率".</summary>
    public static string ChartCaption(SummaryChart chart, int index) => $"图{Number(index + 1)}　{chart.Title}";

    /// <summary>A chart's figures as a table: a column of categories, a column per series (empty where there is no figure).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ChartRows(SummaryChart chart) =>
    [
        ["", .. chart.Series.Select(s => $"{s.Name}（{chart.Unit}）")],
        .. chart.Categories.Select((c, i) => (IReadOnlyList<string>)[c, .. chart.Series.Select(s => s.Values[i] is { } v ? v.ToString("#,##0.##", CultureInfo.InvariantCulture) : "")]),
    ];

    public static IReadOnlyList<string> IndicatorCells(SummaryIndicatorRow row) =>
        [Number(row.No), row.Name, row.Target.Text, row.Actual.Text, row.Completion.Text, YoyCell(row.Yoy.Text), row.Rank.Text];

    /// <summary>Under the header 同比 a cell says "增长6.59%", not "同比增长6.59%": the column stays narrow enough for the names.</summary>
    public static string YoyCell(string text) => text.StartsWith("同比", StringComparison.Ordinal) && text.Length > 2 ? text[2..] : text;

    /// <summary>The appendix lists every figure once, in the model's order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> AppendixRows(SummaryDocument doc) =>
        doc.Figures.Select((f, i) => (IReadOnlyList<string>)[Number(i + 1), f.Label, f.Text, f.Source]).ToList();

    /// <summary>A section table's rows as text, padded to the widest row so every row has a cell per column.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cells(SummaryTable table)
    {
        var columns = table.Rows.Max(r => r.Count);
        return table.Rows
            .Select(r => (IReadOnlyList<string>)[.. r.Select(s => s.Text), .. Enumerable.Repeat("", columns - r.Count)])
            .ToList();
    }

    private static List<SummaryParagraph> Written(IReadOnlyList<SummaryParagraph> paragraphs) =>
        paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToList();

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
