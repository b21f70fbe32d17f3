using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kechuang.Reports.Output;

/// <summary>
/// The pieces of a document laid out after GB/T 9704-2012 党政机关公文格式: fonts, sizes, the page and the paragraph
/// kinds. Formatting is direct on every paragraph and run, not in styles, so a summary pasted into a bureau's own
/// template keeps its look.
/// </summary>
internal static class GbtDocx
{
    /// <summary>
    /// The standard's faces by the names every Chinese Windows has them under (仿宋 is FangSong, 楷体 KaiTi, 黑体 SimHei,
    /// 宋体 SimSun; Word and WPS show the Chinese names), which LibreOffice's own substitution table also knows: a plain
    /// soffice then prints song-style text in a serif and 黑体 in a sans instead of one sans for all (docs/reports.md,
    /// Fonts). The title's 方正小标宋简体 has no Windows face: the font table names 宋体 as its alternative.
    /// </summary>
    public const string Xiaobiaosong = "方正小标宋简体";
    public const string Fangsong = "FangSong";
    public const string Heiti = "SimHei";
    public const string Kaiti = "KaiTi";
    public const string Songti = "SimSun";

    /// <summary>Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt.</summary>
    public const int Erhao = 44, Sanhao = 32, Sihao = 28, Xiaosi = 24, Wuhao = 21, Xiaowu = 18;

    /// <summary>A4 with the margins of §5.2.1 (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm), in twips.</summary>
    public const int PageWidth = 11906, PageHeight = 16838, MarginTop = 2098, MarginBottom = 1984, MarginLeft = 1587, MarginRight = 1474;

    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Body lines 28 pt apart (22 lines a page); one character of 三号 is 16 pt.</summary>
    public const int Line = 560, CharWidth = 320;

    public static RunProperties Font(string name, int halfPoints) => new()
    {
        RunFonts = new RunFonts { Ascii = name, HighAnsi = name, EastAsia = name, ComplexScript = name },
        // Word's "heading" look and LibreOffice's own heading styles would otherwise make headings bold: §7 says not.
        Bold = new Bold { Val = false },
        FontSize = new FontSize { Val = Half(halfPoints) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = Half(halfPoints) },
    };

    /// <summary>Body text: justified, first line indented two characters (§7.3.3), fixed 28 pt lines.</summary>
    public static ParagraphProperties Body() => new()
    {
        SpacingBetweenLines = Exact(Line),
        Indentation = new Indentation { FirstLine = Twips(2 * CharWidth), FirstLineChars = 200 },
        Justification = new Justification { Val = JustificationValues.Both },
    };

    /// <summary>一、 and （一）: indented like the body, kept with what follows, and in the outline for navigation.</summary>
    public static ParagraphProperties Heading(int level)
    {
        var props = Body();
        props.KeepNext = new KeepNext();
        props.OutlineLevel = new OutlineLevel { Val = level };
        return props;
    }

    public static ParagraphProperties Centred(int line, bool keepNext = false) => new()
    {
        KeepNext = keepNext ? new KeepNext() : null,
        SpacingBetweenLines = Exact(line),
        Justification = new Justification { Val = JustificationValues.Center },
    };

    public static ParagraphProperties Right(int rightIndent) => new()
    {
        SpacingBetweenLines = Exact(Line),
        Indentation = new Indentation { Right = Twips(rightIndent) },
        Justification = new Justification { Val = JustificationValues.Right },
    };

    public static ParagraphProperties Flush(bool pageBreakBefore) => new()
    {
        PageBreakBefore = pageBreakBefore ? new PageBreakBefore() : null,
        SpacingBetweenLines = Exact(Line),
    };

    public static Paragraph Paragraph(ParagraphProperties props, RunProperties font, params IEnumerable<string> texts) =>
        new([props, .. texts.Where(t => t.Length > 0).Select(t => Run(font, t))]);

    /// <summary>
    /// Text exactly as given, never parsed as markup; only what XML cannot carry is dropped. A line break or tab in
    /// the text stays one.
    /// </summary>
    public static Run Run(RunProperties font, string text)
    {
        var run = new Run((RunProperties)font.CloneNode(true));
        var pending = new StringBuilder();
        void Flush()
        {
            if (pending.Length > 0)
            {
                run.Append(new Text(pending.ToString()) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                pending.Clear();
            }
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\t')
            {
                Flush();
                run.Append(c == '\n' ? new Break() : new TabChar());
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                pending.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                pending.Append(c);
            }
        }
        Flush();
        return run;
    }

    /// <summary>How wide a text prints, in characters of its font: Chinese one, digits and Latin about half (more in some fonts).</summary>
    public static double Width(string text) => text.Sum(c => c >= '\u2E80' || c is '—' or '“' or '”' or '‘' or '’' ? 1.0 : 0.6);

    public static SpacingBetweenLines Exact(int line) =>
        new() { Line = Twips(line), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" };

    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Half(int halfPoints) => halfPoints.ToString(CultureInfo.InvariantCulture);
}
