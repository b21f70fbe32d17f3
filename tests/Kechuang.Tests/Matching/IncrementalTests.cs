using Kechuang.Matching;

namespace Kechuang.Tests.Matching;

public class IncrementalTests
{
    [Fact]
    public void AddUpdateRemove_WithoutRebuilding()
    {
        var engine = Records.Engine(Records.Achievement("A1", "锂电池极片涂布"), Records.Achievement("A2", "茶叶连续化加工"));

        engine.Put(Records.Achievement("A3", "锂电池回收"));
        Assert.Equal(["A1", "A3"], Records.Ids(engine.Search(new MatchSearch("锂电池"))).Order());

        engine.Put(Records.Achievement("A1", "光伏组件清洗机器人"));
        Assert.Equal(["A3"], Records.Ids(engine.Search(new MatchSearch("锂电池"))));
        Assert.Equal(["A1"], Records.Ids(engine.Search(new MatchSearch("光伏组件"))));

        Assert.True(engine.Remove(MatchKind.Achievement, "A3"));
        Assert.False(engine.Remove(MatchKind.Achievement, "A3"));
        Assert.Empty(engine.Search(new MatchSearch("锂电池")));
        Assert.Equal(2, engine.Count(MatchKind.Achievement));
        Assert.Null(engine.Find(MatchKind.Achievement, "A3"));
    }

    [Fact]
    public void SameIdInTwoKinds_AreTwoRecords()
    {
        var engine = Records.Engine(Records.Need("1", "锂电池涂布"), Records.Achievement("1", "锂电池涂布"));

        engine.Remove(MatchKind.Need, "1");

        Assert.Equal(["1"], Records.Ids(engine.Search(new MatchSearch("锂电池"))));
        Assert.Equal(MatchKind.Achievement, engine.Search(new MatchSearch("锂电池"))[0].Record.Kind);
    }

    [Fact]
    public void ManyRemovals_CompactTheIndex_AndResultsStayTheSame()
    {
        var engine = new MatchEngine();
        engine.PutAll(Enumerable.Range(0, 3000).Select(i => Records.Achievement($"A{i}", i % 2 == 0 ? $"锂电池涂布第{i}号" : $"茶叶加工第{i}号", "在线检测")));
        var survivors = Enumerable.Range(0, 3000).Where(i => i % 2 == 0 && i % 3 == 0).Select(i => $"A{i}").ToHashSet();

        foreach (var i in Enumerable.Range(0, 3000).Where(i => !survivors.Contains($"A{i}")))
        {
            engine.Remove(MatchKind.Achievement, $"A{i}");
        }

        Assert.Equal(survivors.Count, engine.Count(MatchKind.Achievement));
        Assert.Equal(survivors.Order(), Records.Ids(engine.Search(new MatchSearch("锂电池", Top: 1000))).Order());
        Assert.Empty(engine.Search(new MatchSearch("茶叶")));
    }

    [Fact]
    public void FiltersAfterCompaction_ReadTheRegionAndFieldOfTheSurvivors()
    {
        var engine = new MatchEngine();
        // 锂电池 in one record of ten: a word in more than a quarter of a large index is dropped from queries.
        engine.PutAll(Enumerable.Range(0, 3000).Select(i => Records.Achievement($"A{i}", i % 10 == 0 ? $"锂电池涂布第{i}号" : $"茶叶加工第{i}号", "在线检测",
            i % 4 == 0 ? "电子信息" : "新能源与节能", "", "", i % 20 == 0 ? "330326" : "330100")));
        foreach (var i in Enumerable.Range(0, 3000).Where(i => i % 3 != 0))
        {
            engine.Remove(MatchKind.Achievement, $"A{i}");
        }
        engine.Put(Records.Achievement("A3", "锂电池涂布第3号", "在线检测", "电子信息", "", "", "330326"));   // moved county and field

        var found = Records.Ids(engine.Search(new MatchSearch("锂电池", Filter: new MatchFilter(Field: "电子信息", Region: "330326"), Top: 1000)));

        var expected = Enumerable.Range(0, 3000).Where(i => (i % 3 == 0 && i % 60 == 0) || i == 3).Select(i => $"A{i}");
        Assert.Equal(expected.Order(), found.Order());
    }

    [Fact]
    public void ScoresAfterRemoval_EqualAFreshIndexOfTheSameRecords()
    {
        var kept = new[] { Records.Achievement("A1", "锂电池极片涂布", "面密度在线测控"), Records.Achievement("A2", "锂电池回收", "湿法冶金") };
        var engine = Records.Engine([.. kept, Records.Achievement("A3", "锂电池储能", "电池管理系统")]);
        engine.Remove(MatchKind.Achievement, "A3");

        var fresh = Records.Engine(kept);

        Assert.Equal(fresh.Search(new MatchSearch("锂电池 涂布")).Select(h => (h.Record.Id, h.Score)),
            engine.Search(new MatchSearch("锂电池 涂布")).Select(h => (h.Record.Id, h.Score)));
    }

    [Fact]
    public void ConcurrentReadsAndWrites_DoNotThrow()
    {
        var engine = Records.Engine(Enumerable.Range(0, 200).Select(i => Records.Achievement($"A{i}", $"机器视觉检测{i}")).ToArray());

        Parallel.For(0, 400, i =>
        {
            if (i % 4 == 0)
            {
                engine.Put(Records.Achievement($"B{i}", $"锂电池{i}"));
            }
            else if (i % 4 == 1)
            {
                engine.Remove(MatchKind.Achievement, $"A{i % 200}");
            }
            else
            {
                _ = engine.Search(new MatchSearch("机器视觉"));
            }
        });

        Assert.Equal(100, engine.Search(new MatchSearch("锂电池", Top: 1000)).Count);
    }

    [Fact]
    public void RecordWithoutId_IsRefused()
    {
        var engine = new MatchEngine();

        Assert.Throws<ArgumentException>(() => engine.Put(Records.Achievement(" ", "锂电池")));
    }
}
