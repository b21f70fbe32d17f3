using Kechuang.Matching;

namespace Kechuang.Tests.Matching;

public class ThesaurusTests
{
    [Fact]
    public void Parse_OneGroupPerLine_WithSeveralSeparatorsAndComments()
    {
        var thesaurus = Thesaurus.Parse(new StringReader("# 注释\n机器视觉 = 图像识别 = 视觉检测\n良品率，成品率、合格率 # 行尾注释\n\n单独一个词\n"));

        Assert.Equal(2, thesaurus.GroupCount);
        Assert.Equal(["图像识别", "视觉检测"], thesaurus.SynonymsOf("机器视觉").Order());
        Assert.Equal(["合格率", "良品率"], thesaurus.SynonymsOf("成品率").Order());
        Assert.Empty(thesaurus.SynonymsOf("单独一个词"));
    }

    [Fact]
    public void TermInTwoGroups_TakesTheSynonymsOfBoth()
    {
        var thesaurus = Thesaurus.Parse(["人工智能 = AI", "深度学习 = 人工智能"]);

        Assert.Equal(["ai", "深度学习"], thesaurus.SynonymsOf("人工智能").Order());
    }

    [Fact]
    public void Default_HasSomeHundredGroups()
    {
        Assert.True(Thesaurus.Default.GroupCount >= 200, $"{Thesaurus.Default.GroupCount} groups");
        Assert.Contains("图像识别", Thesaurus.Default.SynonymsOf("机器视觉"));
    }

    [Fact]
    public void Synonym_FindsTheRecord_AndSaysWhichSynonym()
    {
        var engine = Records.Engine(
            Records.Achievement("A1", "基于机器视觉的卷材表面缺陷在线检测系统"),
            Records.Achievement("A2", "园区门禁考勤管理软件"));

        var hits = engine.Search(new MatchSearch("图像识别"));

        var hit = Assert.Single(hits);
        Assert.Equal("A1", hit.Record.Id);
        Assert.Contains(new SynonymUse("图像识别", "机器视觉"), hit.Reasons.Synonyms);
        Assert.Contains("同义词：图像识别→机器视觉", hit.Reasons.Describe());
    }

    [Fact]
    public void ExactWord_RanksAboveItsSynonym()
    {
        var engine = Records.Engine(
            Records.Achievement("A1", "机器视觉检测系统"),
            Records.Achievement("A2", "图像识别检测系统"));

        Assert.Equal(["A2", "A1"], Records.Ids(engine.Search(new MatchSearch("图像识别"))));
    }

    [Fact]
    public void EngineWithoutThesaurus_FindsOnlyTheWord()
    {
        var engine = new MatchEngine(Thesaurus.Empty);
        engine.Put(Records.Achievement("A1", "基于机器视觉的缺陷检测"));

        Assert.Empty(engine.Search(new MatchSearch("图像识别")));
    }
}
