using Kechuang.Matching;

namespace Kechuang.Tests.Matching;

public class SegmenterTests
{
    [Theory]
    [InlineData("提高锂电池良品率", "锂电池", "良品率")]
    [InlineData("浙江大学机器视觉研究成果", "浙江大学", "机器视觉")]
    [InlineData("低温等离子体处理有机废气", "低温等离子体", "有机废气")]
    public void TechnicalTerms_StayWhole(string text, string first, string second)
    {
        var words = ChineseSegmenter.Instance.Cut(text).Terms;

        Assert.Contains(first, words);
        Assert.Contains(second, words);
    }

    [Fact]
    public void LongWord_AlsoGivesItsDictionaryWords_ButNotStopWordsOrSingleCharacters()
    {
        var words = ChineseSegmenter.Instance.Cut("锂电池的技术问题");

        Assert.Contains("电池", words.SubTerms);
        Assert.DoesNotContain("技术", words.Terms);
        Assert.DoesNotContain("的", words.Terms);
    }

    [Fact]
    public void FullWidthAndCase_AreOneTerm()
    {
        Assert.Contains("plc", ChineseSegmenter.Instance.Cut("ＰＬＣ控制柜").Terms);
        Assert.Contains("plc", ChineseSegmenter.Instance.Cut("Plc控制柜").Terms);
    }

    [Fact]
    public void ThesaurusTerms_AreAddedToTheDictionary()
    {
        var thesaurus = Thesaurus.Parse(["氦质谱检漏 = 氦检"]);

        _ = new MatchEngine(thesaurus);

        Assert.Contains("氦质谱检漏", ChineseSegmenter.Instance.Cut("采用氦质谱检漏方法").Terms);
    }
}
