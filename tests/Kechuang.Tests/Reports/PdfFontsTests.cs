using Kechuang.Reports.Output;

namespace Kechuang.Tests.Reports;

public class PdfFontsTests
{
    [Fact]
    public void Choose_OnlyNotoCjk_SerifForSongStyleSansForHeiti()
    {
        var map = PdfFonts.Choose(new HashSet<string> { "DejaVu Sans", "Noto Serif CJK SC", "Noto Sans CJK SC" });
        Assert.Equal("Noto Serif CJK SC", map["FangSong"]);
        Assert.Equal("Noto Serif CJK SC", map["方正小标宋简体"]);
        Assert.Equal("Noto Serif CJK SC", map["KaiTi"]);
        Assert.Equal("Noto Sans CJK SC", map["SimHei"]);
    }

    [Fact]
    public void Choose_GbtFontInstalled_Kept()
    {
        var map = PdfFonts.Choose(new HashSet<string> { "FangSong", "SimHei", "Noto Serif CJK SC" });
        Assert.False(map.ContainsKey("FangSong"));
        Assert.False(map.ContainsKey("SimHei"));
        Assert.Equal("Noto Serif CJK SC", map["SimSun"]);
    }

    [Fact]
    public void Choose_OnlyTheGb2312Face_UsedForFangSong()
    {
        var map = PdfFonts.Choose(new HashSet<string> { "仿宋_GB2312", "楷体_GB2312", "Noto Serif CJK SC" });
        Assert.Equal("仿宋_GB2312", map["FangSong"]);
        Assert.Equal("楷体_GB2312", map["KaiTi"]);
    }

    [Fact]
    public void Substitute_ChartText_RenamedLikeTheBody()
    {
        var docx = SummaryDocx.Render(new SummaryBuilder().Build(), appendix: false);
        var renamed = PdfFonts.Substitute(docx, new Dictionary<string, string> { ["FangSong"] = "Noto Serif CJK SC", ["SimHei"] = "Noto Sans CJK SC" });

        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(renamed), false);
        var main = word.MainDocumentPart!;
        var chartFaces = main.ChartParts.SelectMany(c => c.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.TextFontType>()).Select(f => f.Typeface!.Value).ToList();
        Assert.NotEmpty(chartFaces);
        Assert.All(chartFaces, f => Assert.Equal("Noto Serif CJK SC", f));
        Assert.DoesNotContain(main.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>(), f => f.EastAsia?.Value is "FangSong" or "SimHei");
    }

    [Fact]
    public void Choose_NoCjkFont_NothingRenamed() => Assert.Empty(PdfFonts.Choose(new HashSet<string> { "DejaVu Sans" }));
}
