using Kechuang.Reports.Output;

namespace Kechuang.Tests.Reports;

public class PdfFontsTests
{
    [Fact]
    public void Choose_OnlyNotoCjk_SerifForSongStyleSansForHeiti()
    {
        var map = PdfFonts.Choose(new HashSet<string> { "DejaVu Sans", "Noto Serif CJK SC", "Noto Sans CJK SC" });
        Assert.Equal("Noto Serif CJK SC", map["仿宋_GB2312"]);
        Assert.Equal("Noto Serif CJK SC", map["方正小标宋简体"]);
        Assert.Equal("Noto Serif CJK SC", map["楷体_GB2312"]);
        Assert.Equal("Noto Sans CJK SC", map["黑体"]);
    }

    [Fact]
    public void Choose_GbtFontInstalled_Kept()
    {
        var map = PdfFonts.Choose(new HashSet<string> { "仿宋_GB2312", "黑体", "Noto Serif CJK SC" });
        Assert.False(map.ContainsKey("仿宋_GB2312"));
        Assert.False(map.ContainsKey("黑体"));
        Assert.Equal("Noto Serif CJK SC", map["宋体"]);
    }

    [Fact]
    public void Choose_NoCjkFont_NothingRenamed() => Assert.Empty(PdfFonts.Choose(new HashSet<string> { "DejaVu Sans" }));
}
