using Kechuang.Matching;

namespace Kechuang.Tests.Matching;

public class RecommendTests
{
    private static MatchEngine Engine() => Records.Engine(
        Records.Need("N1", "提高锂电池极片涂布良品率", "涂布厚度不均，良品率低", "新能源与节能", "锂电池；涂布；良品率", "平阳县华创电池有限公司", "330326"),
        Records.Need("N2", "包装膜瑕疵图像识别", "吹膜晶点破洞人工目测漏检", "电子信息", "图像识别；瑕疵", "平阳县宏达包装有限公司", "330326"),
        Records.Need("N3", "锂电池储能柜热失控预警", "储能电池热管理", "新能源与节能", "锂电池；储能", "平阳县华创电池有限公司", "330326"),
        Records.Achievement("A1", "锂离子电池极片面密度在线测控技术", "调节涂布模头间隙，成品率提升5个百分点", "新能源与节能", "锂离子电池；面密度", "浙江大学", "330100"),
        Records.Achievement("A2", "卷材表面缺陷机器视觉在线检测", "线阵相机检测薄膜孔洞、晶点", "电子信息", "机器视觉；缺陷检测", "杭州电子科技大学", "330100"),
        Records.Achievement("A3", "废旧锂电池湿法回收", "回收锂钴镍", "资源与环境", "锂电池回收", "中南大学", "430100"),
        new MatchRecord("E1", MatchKind.Expert, "李研究员 薄膜缺陷视觉检测", "机器视觉在线检测", "电子信息", ["机器视觉"], "浙江大学"));

    [Fact]
    public void NeedToAchievements_BestFirst_WithReasons()
    {
        var hits = Engine().RecommendForNeed("N1");

        Assert.Equal("A1", hits[0].Record.Id);
        Assert.True(hits[0].Reasons.SameField);
        Assert.Contains(hits[0].Reasons.Synonyms, s => s.QueryWord == "良品率" && s.Synonym == "成品率");
        Assert.Contains("同一技术领域", hits[0].Reasons.Describe());
    }

    [Fact]
    public void NeedToAchievements_ThroughSynonyms()
    {
        var hits = Engine().RecommendForNeed("N2");

        Assert.Equal("A2", hits[0].Record.Id);
        Assert.Contains(hits[0].Reasons.Synonyms, s => s.QueryWord == "图像识别");
    }

    [Fact]
    public void NeedToExperts()
    {
        var hits = Engine().RecommendForNeed("N2", MatchKind.Expert);

        Assert.Equal(["E1"], Records.Ids(hits));
    }

    [Fact]
    public void AchievementToNeedsAndEnterprises()
    {
        var result = Engine().RecommendForAchievement("A1");

        Assert.Equal("N1", result.Needs[0].Record.Id);
        Assert.Equal("平阳县华创电池有限公司", result.Enterprises[0].Enterprise);
        Assert.Contains(result.Enterprises[0].Needs, n => n.Record.Id == "N1");
        Assert.Single(result.Enterprises, e => e.Enterprise == "平阳县华创电池有限公司");
    }

    [Fact]
    public void UnknownIds_GiveEmptyAnswers()
    {
        var engine = Engine();

        Assert.Empty(engine.RecommendForNeed("N404"));
        Assert.Empty(engine.RecommendForAchievement("A404").Needs);
    }

    [Fact]
    public void SameRegion_AddsAReasonAndABonus()
    {
        var engine = Records.Engine(
            Records.Achievement("A1", "注塑模具随形冷却", region: "330326"),
            Records.Achievement("A2", "注塑模具随形冷却", region: "330100"));

        var hits = engine.Recommend(Records.Need("N", "注塑模具冷却", region: "330326"), MatchKind.Achievement);

        Assert.Equal(["A1", "A2"], Records.Ids(hits));
        Assert.True(hits[0].Reasons.SameRegion);
        Assert.Equal(hits[1].Score * 1.1, hits[0].Score, 3);
    }

    [Fact]
    public void EmptyNeed_GetsAnEmptyAnswer()
    {
        Assert.Empty(Engine().Recommend(Records.Need("N9", "，。"), MatchKind.Achievement));
    }
}
