using Kechuang.Reports;

namespace Kechuang.Web.Components.Pages.Reports;

/// <summary>
/// The page previews what the .docx prints (Reports/Output/SummaryOutline): the same caption over the indicator table,
/// the sections with text, and 一、二、三、 numbered over the parts with content only — an empty part prints nothing.
/// </summary>
internal static class SummaryPreview
{
    public const string Achievements = "工作成效";
    public const string Problems = "存在问题";

    public static string IndicatorCaption(SummaryDocument doc) => $"{doc.Year}年{doc.PeriodPhrase}主要考核指标完成情况";

    public static IReadOnlyList<SummarySection> Sections(SummaryDocument doc) =>
        doc.Sections.Where(s => s.Paragraphs.Any(Written) || s.Table is { Rows.Count: > 0 }).ToList();

    public static bool HasText(SummaryNarrative narrative) => narrative.Paragraphs.Any(Written);

    /// <summary>"二、存在问题" when printed, plain "存在问题" when the part is empty and left out of the print.</summary>
    public static (string Achievements, string Problems, string Plan) Headings(SummaryDocument doc)
    {
        var next = 0;
        string Number(string name, bool printed) => printed ? $"{SummaryPhrases.Ordinal(next++)}、{name}" : name;
        var achievements = Number(Achievements, doc.Indicators.Count > 0 || Sections(doc).Count > 0);
        var problems = Number(Problems, HasText(doc.Problems));
        return (achievements, problems, Number(doc.PlanHeading, HasText(doc.Plan)));
    }

    private static bool Written(SummaryParagraph paragraph) => !string.IsNullOrWhiteSpace(paragraph.Text);
}
