using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Kechuang.Reports.Output.GbtDocx;

namespace Kechuang.Reports.Output;

/// <summary>
/// The parts around the body of a GB/T 9704 document: defaults, the font table, settings and the page numbers. Returns
/// the section properties that end the body.
/// </summary>
internal static class GbtPage
{
    public static SectionProperties Setup(MainDocumentPart main)
    {
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Fangsong, HighAnsi = Fangsong, EastAsia = Fangsong, ComplexScript = Fangsong },
                    new FontSize { Val = "32" },
                    new FontSizeComplexScript { Val = "32" },
                    // Chinese for Chinese text picks simplified glyphs in a fallback font covering several languages
                    // (Noto CJK); digits stay Western text, which LibreOffice would otherwise break anywhere ("5|2家").
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            });

        // Where a font is missing Word substitutes by the alternative name and charset 86 (GB2312).
        main.AddNewPart<FontTablePart>().Fonts = new Fonts(
            // As Word itself describes these faces; the Chinese names help a reader that looks faces up by them.
            Entry(Xiaobiaosong, "宋体", FontFamilyValues.Roman),
            Entry(Fangsong, "仿宋", FontFamilyValues.Modern),
            Entry(Heiti, "黑体", FontFamilyValues.Modern),
            Entry(Kaiti, "楷体", FontFamilyValues.Modern),
            Entry(Songti, "宋体", FontFamilyValues.Auto));

        // §7.5: page numbers sit right on odd pages and left on even ones, one character in from the edge.
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new EvenAndOddHeaders(),
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
        var odd = main.AddNewPart<FooterPart>();
        odd.Footer = PageNumber(JustificationValues.Right);
        var even = main.AddNewPart<FooterPart>();
        even.Footer = PageNumber(JustificationValues.Left);

        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
            new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            // The footer line sits about 7 mm under the body (§7.5).
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = 1400, Gutter = 0 });
    }

    private static Font Entry(string name, string alternative, FontFamilyValues family) => new(
        new AltName { Val = alternative },
        new FontCharSet { Val = "86" },
        new FontFamily { Val = family })
    {
        Name = name,
    };

    /// <summary>"— 1 —": 四号半角宋体 digits between two 一字线, the number a PAGE field.</summary>
    private static Footer PageNumber(JustificationValues side)
    {
        var font = Font(Songti, Sihao);
        var outdent = 14 * 20;
        var props = new ParagraphProperties
        {
            Indentation = side == JustificationValues.Right ? new Indentation { Right = Twips(outdent) } : new Indentation { Left = Twips(outdent) },
            Justification = new Justification { Val = side },
        };
        return new Footer(new Paragraph(
            props,
            Run(font, "— "),
            Field(font, new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Field(font, new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            Field(font, new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run(font, "1"),
            Field(font, new FieldChar { FieldCharType = FieldCharValues.End }),
            Run(font, " —")));
    }

    private static Run Field(RunProperties font, DocumentFormat.OpenXml.OpenXmlElement part) =>
        new((RunProperties)font.CloneNode(true), part);
}
