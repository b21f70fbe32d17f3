using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Kechuang.Reports.Output.GbtDocx;

namespace Kechuang.Reports.Output;

/// <summary>
/// The work summary as a Word document laid out after GB/T 9704 (docs/domain.md §8): title, 一、二、三、 with the indicator table
/// and sections, the signature and date, and on request 附件：数据来源 listing every figure and where it came from.
/// </summary>
public static class SummaryDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Render(SummaryDocument doc, bool appendix)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = doc.Title;
            word.PackageProperties.Creator = doc.Author;
            var main = word.AddMainDocumentPart();
            var section = GbtPage.Setup(main);
            main.Document = new Document(new Body([.. Content(main, doc, appendix && doc.Figures.Count > 0), section]));
        }
        return stream.ToArray();
    }

    public static void Render(SummaryDocument doc, bool appendix, Stream output) => output.Write(Render(doc, appendix));

    private static List<OpenXmlElement> Content(MainDocumentPart main, SummaryDocument doc, bool appendix)
    {
        var body = Font(Fangsong, Sanhao);
        var content = new List<OpenXmlElement>
        {
            Paragraph(Centred(700), Font(Xiaobiaosong, Erhao), TitleLines(doc.Title)),
            Paragraph(Body(), body),
        };
        // 总体情况 leads, before 一、 (docs/reports.md).
        content.AddRange(doc.Overview.Select(p => Paragraph(Body(), body, p.Spans.Select(s => s.Text))));
        foreach (var part in SummaryOutline.Parts(doc))
        {
            content.Add(Paragraph(Heading(0), Font(Heiti, Sanhao), part.Heading));
            if (part.Indicators.Count > 0)
            {
                content.Add(Paragraph(Centred(Line, keepNext: true), Font(Heiti, Sihao), SummaryOutline.IndicatorCaption(doc)));
                content.Add(GbtTable.Build([SummaryOutline.IndicatorHeader, .. part.Indicators.Select(SummaryOutline.IndicatorCells)], new HashSet<int> { 1 },
                    new Dictionary<int, double> { [1] = SummaryOutline.IndicatorNameWidth }));
                for (var i = 0; i < doc.Charts.Count; i++)
                {
                    // The chart, its caption 图n under it (as tables carry theirs above), and the note in 小四.
                    content.Add(DocxChart.Build(main, doc.Charts[i], (uint)(i + 1)));
                    content.Add(Paragraph(Centred(Line, keepNext: true), Font(Heiti, Sihao), SummaryOutline.ChartCaption(doc.Charts[i], i)));
                    content.Add(Paragraph(Centred(400), Font(Fangsong, Xiaosi), doc.Charts[i].Note));
                }
            }
            foreach (var section in part.Sections)
            {
                content.Add(Paragraph(Heading(1), Font(Kaiti, Sanhao), section.Heading));
                content.AddRange(section.Paragraphs.Select(p => Paragraph(Body(), body, p.Spans.Select(s => s.Text))));
                if (section.Table is { } table)
                {
                    content.Add(GbtTable.Build(SummaryOutline.Cells(table), new HashSet<int> { 0 }));
                }
            }
            content.AddRange(part.Paragraphs.Select(p => Paragraph(Body(), body, p.Spans.Select(s => s.Text))));
        }

        // §7.3.5: 附件说明 one line under the body; the signature one line under that, the date below it. The last
        // body paragraph goes with them, so the signature never stands alone on a page.
        var closing = new List<Paragraph>();
        if (appendix)
        {
            closing.Add(Paragraph(Body(), body));
            closing.Add(Paragraph(Body(), body, SummaryOutline.AppendixNote));
        }
        var (authorRight, dateRight) = Signature(doc.Author, doc.DateLine);
        closing.Add(Paragraph(Body(), body));
        closing.Add(Paragraph(Right(authorRight), body, doc.Author));
        foreach (var paragraph in content.Skip(1).TakeLast(1).OfType<Paragraph>().Concat(closing))
        {
            paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        }
        content.AddRange(closing);
        content.Add(Paragraph(Right(dateRight), body, doc.DateLine));

        if (appendix)
        {
            // §8.1 附件: on a new page, "附件" top left in 黑体, its title centred like the document's.
            content.Add(Paragraph(Flush(pageBreakBefore: true), Font(Heiti, Sanhao), "附件"));
            content.Add(Paragraph(Body(), body));
            content.Add(Paragraph(Centred(700), Font(Xiaobiaosong, Erhao), SummaryOutline.AppendixName));
            content.Add(Paragraph(Body(), body));
            content.Add(GbtTable.Build([SummaryOutline.AppendixHeader, .. SummaryOutline.AppendixRows(doc)], new HashSet<int> { 1, 3 }));
            // Word wants a paragraph between a table and the end of the document.
            content.Add(Paragraph(new ParagraphProperties { SpacingBetweenLines = Exact(20) }, body));
        }
        return content;
    }

    /// <summary>
    /// §7.3.3: a title that turns onto a second line breaks where the sense does — before "（截至10月）" — not wherever
    /// the line happens to end ("…（截至10" / "月）").
    /// </summary>
    internal static string TitleLines(string title)
    {
        var bracket = title.LastIndexOf('（');
        return bracket > 0 && Width(title) * Erhao * 10 > TextWidth ? title[..bracket] + "\n" + title[bracket..] : title;
    }

    /// <summary>
    /// §7.3.5.3 (no seal): the signature two characters in from the right, the date on the next line starting two
    /// characters right of the signature's first character; a date longer than that keeps two characters and moves
    /// the signature left. Right indents in twips.
    /// </summary>
    internal static (int Author, int Date) Signature(string author, string date)
    {
        double a = Width(author), d = Width(date);
        var dateRight = Math.Max(2, a - d);
        var authorRight = dateRight + d + 2 - a;
        return ((int)Math.Round(authorRight * CharWidth), (int)Math.Round(dateRight * CharWidth));
    }
}
