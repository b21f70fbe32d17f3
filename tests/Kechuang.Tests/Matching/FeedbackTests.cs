using Kechuang.Matching;

namespace Kechuang.Tests.Matching;

public class FeedbackTests
{
    private static MatchEngine Engine()
    {
        var engine = new MatchEngine();
        engine.PutAll([
            Records.Need("N1", "注塑件毛刺去除", "注塑件飞边多，人工修剪", keywords: "注塑；毛刺"),
            Records.Need("N2", "注塑件飞边处理", "汽车注塑件有毛刺", keywords: "注塑；飞边"),
            Records.Need("N3", "铸件打磨", "铸件浇口打磨", keywords: "铸件；打磨"),
            Records.Achievement("A1", "注塑工艺参数优化消除飞边", "模流分析与保压优化", keywords: "注塑；飞边"),
            Records.Achievement("A2", "机器人去毛刺打磨工作站", "力控打磨头去除注塑件和铸件毛刺", keywords: "去毛刺；机器人"),
            Records.Achievement("A3", "注塑机伺服节能改造", "注塑机节电", keywords: "注塑机；节能"),
        ]);
        return engine;
    }

    [Fact]
    public void RejectedPair_IsPushedDown_AndSaysWhy()
    {
        var engine = Engine();
        var before = Records.Ids(engine.RecommendForNeed("N1"));

        engine.Feedback.Reject("N1", before[0]);
        var after = engine.RecommendForNeed("N1");

        Assert.NotEqual(before[0], after[0].Record.Id);
        var rejected = after.Single(h => h.Record.Id == before[0]);
        Assert.Equal(Verdict.Rejected, rejected.Reasons.Feedback!.Pair.Verdict);
        Assert.True(rejected.Reasons.Feedback.Factor < 1);
        Assert.Contains("已否决", rejected.Reasons.Describe());
    }

    [Fact]
    public void ConfirmedPair_RaisesASimilarPair()
    {
        var engine = Engine();
        var before = engine.RecommendForNeed("N2");
        var target = before[1].Record.Id;

        // A broker confirmed that the similar need N1 was solved by the runner-up for N2.
        engine.Feedback.Confirm("N1", target);
        var after = engine.RecommendForNeed("N2");

        Assert.Equal(target, after[0].Record.Id);
        Assert.True(after[0].Score > before.Single(h => h.Record.Id == target).Score);
        Assert.Equal("N1", after[0].Reasons.Feedback!.Pair.NeedId);
    }

    [Fact]
    public void Feedback_DoesNotTouchUnrelatedPairs()
    {
        var engine = Engine();
        var before = engine.RecommendForNeed("N3");

        engine.Feedback.Reject("N1", "A3");
        var after = engine.RecommendForNeed("N3");

        Assert.Equal(before.Select(h => (h.Record.Id, h.Score)), after.Select(h => (h.Record.Id, h.Score)));
    }

    [Fact]
    public void LatestVerdictWins_AndForgetRestores()
    {
        var engine = Engine();
        var before = engine.RecommendForNeed("N1");

        engine.Feedback.Reject("N1", before[0].Record.Id);
        engine.Feedback.Confirm("N1", before[0].Record.Id);
        var confirmed = engine.RecommendForNeed("N1");
        engine.Feedback.Forget("N1", before[0].Record.Id);
        var forgotten = engine.RecommendForNeed("N1");

        Assert.Empty(engine.Feedback.Verdicts);
        Assert.Equal(before[0].Record.Id, confirmed[0].Record.Id);
        Assert.True(confirmed[0].Score > before[0].Score);
        Assert.Equal(before.Select(h => h.Score), forgotten.Select(h => h.Score));
    }

    [Fact]
    public void Feedback_WorksTheOtherWayToo()
    {
        var engine = Engine();
        var before = engine.RecommendForAchievement("A2").Needs;

        engine.Feedback.Reject(before[0].Record.Id, "A2");
        var after = engine.RecommendForAchievement("A2").Needs;

        Assert.NotEqual(before[0].Record.Id, after[0].Record.Id);
    }
}
