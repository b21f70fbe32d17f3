using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kechuang.Reports.Output;

/// <summary>
/// The GB/T 9704 fonts are rarely on a Linux server. LibreOffice's own table finds a serif for FangSong and KaiTi and a
/// sans for SimHei, but not always the Simplified Chinese one (Japanese glyph shapes), and nothing for 方正小标宋简体.
/// So before converting, each missing one is renamed in the .docx to the first installed of its kind: song-style to a
/// serif CJK font, 黑体 to a sans one; 小标宋 is heavier than a plain serif, so its runs turn bold.
/// </summary>
internal static class PdfFonts
{
    private static readonly string[] Serif = ["Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif CJK JP", "AR PL UMing CN"];
    private static readonly string[] Sans = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Noto Sans CJK JP"];

    private static readonly Dictionary<string, string[]> Candidates = new()
    {
        [GbtDocx.Xiaobiaosong] = ["方正小标宋_GBK", .. Serif],
        [GbtDocx.Fangsong] = ["仿宋", "仿宋_GB2312", .. Serif],
        [GbtDocx.Kaiti] = ["楷体", "楷体_GB2312", "AR PL UKai CN", .. Serif],
        [GbtDocx.Songti] = ["宋体", .. Serif],
        [GbtDocx.Heiti] = ["黑体", .. Sans],
    };

    private static readonly Lazy<Dictionary<string, string>> Map = new(() => Choose(Installed()));

    /// <summary>The .docx with every missing GB/T font renamed to an installed one; as it was when fc-list is missing.</summary>
    public static byte[] Substitute(byte[] docx) => Substitute(docx, Map.Value);

    internal static byte[] Substitute(byte[] docx, IReadOnlyDictionary<string, string> map)
    {
        if (map.Count == 0)
        {
            return docx;
        }
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            var main = word.MainDocumentPart!;
            var roots = new DocumentFormat.OpenXml.OpenXmlPartRootElement?[] { main.Document, main.StyleDefinitionsPart?.Styles }
                .Concat(main.FooterParts.Select(f => f.Footer))
                .Concat(main.HeaderParts.Select(h => h.Header))
                .OfType<DocumentFormat.OpenXml.OpenXmlPartRootElement>();
            foreach (var fonts in roots.SelectMany(r => r.Descendants<RunFonts>()).ToList())
            {
                if (fonts.EastAsia?.Value is { } east && map.TryGetValue(east, out var installed))
                {
                    if (east == GbtDocx.Xiaobiaosong && fonts.Parent is RunProperties run)
                    {
                        run.Bold = new Bold();
                    }
                    fonts.EastAsia = fonts.Ascii = fonts.HighAnsi = fonts.ComplexScript = installed;
                }
            }
            // Charts name their fonts in DrawingML (DocxChart).
            foreach (var font in main.ChartParts.SelectMany(c => c.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.TextFontType>()).ToList())
            {
                if (font.Typeface?.Value is { } face && map.TryGetValue(face, out var installed))
                {
                    font.Typeface = installed;
                }
            }
        }
        return stream.ToArray();
    }

    /// <summary>For each GB/T font not installed, the first installed candidate; fonts that are installed stay.</summary>
    internal static Dictionary<string, string> Choose(IReadOnlySet<string> installed)
    {
        var map = new Dictionary<string, string>();
        foreach (var (font, candidates) in Candidates)
        {
            if (!installed.Contains(font) && candidates.FirstOrDefault(installed.Contains) is { } found)
            {
                map[font] = found;
            }
        }
        return map;
    }

    private static HashSet<string> Installed()
    {
        try
        {
            var start = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(":");
            start.ArgumentList.Add("family");
            using var process = Process.Start(start)!;
            var families = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return families.Split('\n').SelectMany(l => l.Split(',')).Select(f => f.Trim()).Where(f => f.Length > 0).ToHashSet();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return [];
        }
    }
}
