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

    /// <summary>"图1　…", as the .docx captions its charts.</summary>
    public static string ChartCaption(SummaryChart chart, int index) => $"图{index + 1}　{chart.Title}";

    /// <summary>The ECharts option of a summary chart: the bars or lines the .docx draws (Reports/Output/DocxChart), in the same colours.</summary>
    public static object ChartOption(SummaryChart chart)
    {
        if (chart.Kind == SummaryChart.Bar)
        {
            var series = chart.Series[0];
            return new
            {
                tooltip = new { trigger = "axis", axisPointer = new { type = "shadow" } },
                grid = new { left = 8, right = 64, top = 8, bottom = 24, containLabel = true },
                xAxis = new { type = "value", axisLabel = new { formatter = "{value}%" } },
                // ECharts draws a category axis bottom-up: reversed, the first indicator is at the top as in the .docx.
                yAxis = new { type = "category", inverse = true, data = chart.Categories },
                series = new object[]
                {
                    new
                    {
                        type = "bar",
                        name = series.Name,
                        data = series.Values.Select((v, i) => new { value = v, itemStyle = new { color = i < series.Behind.Count && series.Behind[i] ? "#ED7D31" : "#2F5597" } }).ToArray(),
                        label = new { show = true, position = "right", formatter = "{c}%" },
                    },
                },
            };
        }
        return new
        {
            tooltip = new { trigger = "axis" },
            legend = new { top = 0 },
            grid = new { left = 8, right = 24, top = 36, bottom = 24, containLabel = true },
            xAxis = new { type = "category", data = chart.Categories },
            yAxis = new { type = "value", name = chart.Unit },
            series = chart.Series.Select((s, i) => new { type = "line", name = s.Name, data = s.Values, connectNulls = false, itemStyle = new { color = i == 0 ? "#2F5597" : "#A5A5A5" } }).ToArray(),
        };
    }

    private static bool Written(SummaryParagraph paragraph) => !string.IsNullOrWhiteSpace(paragraph.Text);
}
