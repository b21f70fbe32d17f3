using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kechuang.Reports.Output;

/// <summary>
/// A <see cref="SummaryChart"/> as a native Word chart (DrawingML): Word, WPS and LibreOffice draw it from the values
/// cached in the part, sharp at any zoom and in the PDF, and staff can restyle it in Word. No workbook is embedded, so
/// the data is not edited in Word: the figures come from the registers (docs/reports.md).
/// </summary>
internal static class DocxChart
{
    private const long EmuPerTwip = 635;
    private const string Blue = "2F5597", Grey = "A5A5A5", Orange = "ED7D31";

    /// <summary>The paragraph holding the chart, as wide as the text; the chart part is added to <paramref name="main"/>.</summary>
    public static W.Paragraph Build(MainDocumentPart main, SummaryChart chart, uint id)
    {
        var part = main.AddNewPart<ChartPart>();
        part.ChartSpace = Space(chart);
        var width = GbtDocx.TextWidth * EmuPerTwip;
        // Bars: a line of 五号 per bar and room for the axis; a line chart about half as high as wide.
        var height = chart.Kind == SummaryChart.Bar
            ? (long)(chart.Categories.Count * 380 + 900) * EmuPerTwip
            : width / 2;
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = "图" + id.ToString(CultureInfo.InvariantCulture), Description = chart.Title },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) })
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
            }))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        };
        return new W.Paragraph(
            new W.ParagraphProperties
            {
                KeepNext = new W.KeepNext(),
                Justification = new W.Justification { Val = W.JustificationValues.Center },
                SpacingBetweenLines = new W.SpacingBetweenLines { Before = "120", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
            },
            new W.Run(new W.Drawing(inline)));
    }

    private static C.ChartSpace Space(SummaryChart chart)
    {
        var bar = chart.Kind == SummaryChart.Bar;
        OpenXmlElement plot = bar ? Bars(chart) : Lines(chart);
        var chartElement = new C.Chart(
            new C.AutoTitleDeleted { Val = true },
            new C.PlotArea(new C.Layout(), plot, CategoryAxis(bar), ValueAxis(chart, bar)));
        if (chart.Series.Count > 1)
        {
            chartElement.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Top }, new C.Overlay { Val = false }));
        }
        chartElement.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        return new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "zh-CN" },
            new C.RoundedCorners { Val = false },
            chartElement,
            new C.ChartShapeProperties(new A.NoFill(), new A.Outline(new A.NoFill())),
            Text(GbtDocx.Fangsong, 1000));
    }

    private static C.BarChart Bars(SummaryChart chart)
    {
        var series = chart.Series[0];
        return new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false },
            new C.BarChartSeries((OpenXmlElement[])[
                new C.Index { Val = 0 }, new C.Order { Val = 0 },
                SeriesName(series.Name, 0),
                Fill(Blue),
                new C.InvertIfNegative { Val = false },
                .. series.Behind.Select((behind, i) => (behind, i)).Where(x => x.behind).Select(x => (OpenXmlElement)new C.DataPoint(
                    new C.Index { Val = (uint)x.i }, new C.InvertIfNegative { Val = false }, new C.Bubble3D { Val = false }, Fill(Orange))),
                new C.DataLabels(
                    new C.NumberingFormat { FormatCode = "0.00\"%\"", SourceLinked = false },
                    new C.ShowLegendKey { Val = false }, new C.ShowValue { Val = true }, new C.ShowCategoryName { Val = false },
                    new C.ShowSeriesName { Val = false }, new C.ShowPercent { Val = false }, new C.ShowBubbleSize { Val = false }),
                Categories(chart.Categories),
                Values(series.Values, 0)]),
            new C.GapWidth { Val = 60 },
            new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 });
    }

    private static C.LineChart Lines(SummaryChart chart)
    {
        var line = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var colour = i == 0 ? Blue : Grey;
            line.Append(new C.LineChartSeries(
                new C.Index { Val = (uint)i }, new C.Order { Val = (uint)i },
                SeriesName(chart.Series[i].Name, i),
                new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })) { Width = 28575 }),
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 5 }, Fill(colour)),
                Categories(chart.Categories),
                Values(chart.Series[i].Values, i),
                new C.Smooth { Val = false }));
        }
        line.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 });
        return line;
    }

    /// <summary>Horizontal bars list the first category at the top (axis reversed), the values then read at the bottom.</summary>
    private static C.CategoryAxis CategoryAxis(bool bar) => new(
        new C.AxisId { Val = 1 },
        new C.Scaling(new C.Orientation { Val = bar ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = bar ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = 2 },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = true });

    private static C.ValueAxis ValueAxis(SummaryChart chart, bool bar) => new(
        new C.AxisId { Val = 2 },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = bar ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
        new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })))),
        new C.NumberingFormat { FormatCode = bar ? "0\"%\"" : "#,##0.##", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = 1 },
        new C.Crosses { Val = bar ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between });

    private static C.SeriesText SeriesName(string name, int index) => new(new C.StringReference(
        new C.Formula($"Sheet1!${Column(index + 1)}$1"),
        new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(name)) { Index = 0 })));

    private static C.CategoryAxisData Categories(IReadOnlyList<string> names)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)names.Count });
        for (var i = 0; i < names.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(names[i])) { Index = (uint)i });
        }
        return new C.CategoryAxisData(new C.StringReference(new C.Formula($"Sheet1!$A$2:$A${names.Count + 1}"), cache));
    }

    /// <summary>A month without a figure has no point, so the line breaks there instead of dropping to 0.</summary>
    private static C.Values Values(IReadOnlyList<decimal?> values, int index)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(v.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }
        var column = Column(index + 1);
        return new C.Values(new C.NumberReference(new C.Formula($"Sheet1!${column}$2:${column}${values.Count + 1}"), cache));
    }

    private static C.ChartShapeProperties Fill(string colour) => new(new A.SolidFill(new A.RgbColorModelHex { Val = colour }));

    /// <summary>The chart's text in the body font (PdfFonts swaps it like the body's when it is not installed).</summary>
    private static C.TextProperties Text(string font, int size) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(
            new A.ParagraphProperties(new A.DefaultRunProperties(
                new A.LatinFont { Typeface = font }, new A.EastAsianFont { Typeface = font }) { FontSize = size }),
            new A.EndParagraphRunProperties { Language = "zh-CN" }));

    private static string Column(int index) => ((char)('A' + index)).ToString();
}
