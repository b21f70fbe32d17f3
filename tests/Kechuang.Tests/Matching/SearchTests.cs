using Kechuang.Matching;

namespace Kechuang.Tests.Matching;

public class SearchTests
{
    private static MatchEngine Engine() => Records.Engine(
        Records.Achievement("A1", "锂离子电池极片涂布面密度在线测控技术", "实时调节涂布模头间隙", "新能源与节能", "锂离子电池；面密度", "浙江大学", "330100"),
        Records.Achievement("A2", "机器视觉表面缺陷检测系统", "线阵相机与深度学习", "电子信息", "机器视觉", "杭州电子科技大学", "330100"),
        Records.Achievement("A3", "茶园病虫害绿色防控技术", "色板诱杀与生物农药", "生物与新医药", "茶园", "浙江农林大学", "330326"),
        Records.Need("N1", "提高锂电池极片涂布良品率", "边缘增厚", "新能源与节能", "锂电池；涂布", "平阳县华创电池有限公司", "330326"),
        new MatchRecord("E1", MatchKind.Expert, "张教授 机器视觉与智能检测", "研究工业图像检测", "电子信息", ["机器视觉"], "浙江大学"));

    [Theory]
    [InlineData("电池", "A1")]
    [InlineData("涂布", "A1")]
    [InlineData("茶园", "A3")]
    public void TwoCharacterWord_FindsRecordsWhoseLongerWordsContainIt(string query, string expected)
    {
        var hits = Engine().Search(new MatchSearch(query, [MatchKind.Achievement]));

        Assert.Equal(expected, hits.First().Record.Id);
    }

    [Fact]
    public void OneSearch_CoversNeedsAchievementsAndExperts_AndKindsFilter()
    {
        var engine = Engine();

        var all = engine.Search(new MatchSearch("机器视觉"));
        var experts = engine.Search(new MatchSearch("机器视觉", [MatchKind.Expert]));

        Assert.Contains(all, h => h.Record.Kind == MatchKind.Achievement);
        Assert.Contains(all, h => h.Record.Kind == MatchKind.Expert);
        Assert.All(experts, h => Assert.Equal(MatchKind.Expert, h.Record.Kind));
    }

    [Fact]
    public void Holder_IsSearchable_WholeNameFirst()
    {
        var hits = Engine().Search(new MatchSearch("浙江大学", [MatchKind.Achievement]));

        // 浙江农林大学 and 杭州电子科技大学 share the words 浙江 and 大学, and come after.
        Assert.Equal(["A1", "A3", "A2"], Records.Ids(hits));
    }

    [Fact]
    public void FieldAndRegionFilters_Narrow()
    {
        var engine = Engine();

        Assert.Equal(["A1"], Records.Ids(engine.Search(new MatchSearch("技术 检测 电池 茶园", Filter: new MatchFilter(Field: "新能源与节能"), Kinds: [MatchKind.Achievement]))));
        Assert.Equal(["A3"], Records.Ids(engine.Search(new MatchSearch("电池 茶园", Filter: new MatchFilter(Region: "330326"), Kinds: [MatchKind.Achievement]))));
        Assert.Equal(["A1", "A2"], Records.Ids(engine.Search(new MatchSearch("", [MatchKind.Achievement], new MatchFilter(Region: "3301")))));
    }

    [Theory]
    [InlineData("jqsj", "A2")] // 机器视觉…
    [InlineData("cybch", "A3")] // 茶园病虫害…
    [InlineData("JQSJ", "A2")]
    public void PinyinInitials_FindTitles(string query, string expected)
    {
        var hits = Engine().Search(new MatchSearch(query, [MatchKind.Achievement]));

        var hit = Assert.Single(hits);
        Assert.Equal(expected, hit.Record.Id);
        Assert.True(hit.Reasons.Initials);
        Assert.Contains("拼音首字母", hit.Reasons.Describe());
    }

    [Fact]
    public void UnknownWord_IsFoundByCharacterPairs()
    {
        var engine = Records.Engine(
            Records.Achievement("A1", "钛酸钡铌掺杂压电陶瓷", "铌掺杂"),
            Records.Achievement("A2", "普通陶瓷釉料"));

        var hits = engine.Search(new MatchSearch("铌掺"));

        Assert.Equal("A1", hits.First().Record.Id);
        Assert.NotEmpty(hits.First().Reasons.Pieces);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。！？；：“”（）——……")]
    [InlineData(",.;:!?()[]{}<>")]
    public void EmptyOrPunctuationOnly_ListsRecords_WithoutError(string query)
    {
        var hits = Engine().Search(new MatchSearch(query, [MatchKind.Achievement]));

        Assert.Equal(["A1", "A2", "A3"], Records.Ids(hits));
        Assert.All(hits, h => Assert.Equal(0, h.Score));
    }

    [Theory]
    [InlineData("锂", new[] { "A1" })]
    [InlineData("茶", new[] { "A3" })]
    [InlineData("钨", new string[0])]
    public void OneCharacter_FindsTitlesContainingIt(string query, string[] expected)
    {
        var hits = Engine().Search(new MatchSearch(query, [MatchKind.Achievement]));

        Assert.Equal(expected, Records.Ids(hits));
    }

    [Fact]
    public void FiveHundredCharacters_GetAnAnswer()
    {
        var query = string.Concat(Enumerable.Repeat("锂电池涂布良品率高，", 50));

        var hits = Engine().Search(new MatchSearch(query));

        Assert.Equal(500, query.Length);
        Assert.Contains(hits, h => h.Record.Id == "A1");
    }

    [Fact]
    public void Markup_IsPlainText()
    {
        var engine = Records.Engine(Records.Achievement("A1", "<script>alert('x')</script>锂电池<b>回收</b>", "<img src=x onerror=alert(1)>"));

        var hit = Assert.Single(engine.Search(new MatchSearch("<b>锂电池</b>")));
        var script = Assert.Single(engine.Search(new MatchSearch("script")));

        Assert.Equal("<script>alert('x')</script>锂电池<b>回收</b>", hit.Record.Title);
        Assert.Equal("A1", script.Record.Id);
    }

    [Fact]
    public void Reasons_NameTheMatchedWords()
    {
        var hit = Engine().Search(new MatchSearch("锂离子电池 面密度", [MatchKind.Achievement])).First();

        Assert.Contains("锂离子电池", hit.Reasons.Terms);
        Assert.Contains("面密度", hit.Reasons.Terms);
        Assert.StartsWith("命中词：", hit.Reasons.Describe());
    }

    /// <summary>Records in two counties and two fields, words shared and mixed, so that hits tie and interleave.</summary>
    private static MatchEngine Market()
    {
        string[] words = ["锂电池", "涂布", "机器视觉", "缺陷检测", "废水处理", "传感器", "注塑模具", "电机"];
        var records = Enumerable.Range(0, 90).Select(i =>
        {
            var (a, b) = (words[i % words.Length], words[(i * 3 + 1) % words.Length]);
            var (field, region) = (i % 3 == 0 ? "电子信息" : "新能源与节能", i % 2 == 0 ? "330326" : "330100");
            return i % 4 == 0
                ? Records.Need($"N{i:00}", $"{a}{b}改进", $"要求{b}达到第{i % 5}级", field, $"{a}；{b}", $"企业{i % 7}", region)
                : Records.Achievement($"A{i:00}", $"{a}与{b}技术", $"{a}的{b}方法，第{i % 6}代", field, a, $"大学{i % 5}", region);
        });
        return Records.Engine([.. records]);
    }

    [Theory]
    [InlineData("锂电池 涂布")]
    [InlineData("图像识别")]   // the synonym of 机器视觉
    [InlineData("jqsj")]       // pinyin initials: many equal scores
    [InlineData("电池")]
    public void APage_IsTheSliceOfTheWholeRanking_ReasonsAndTotalIncluded(string query)
    {
        var engine = Market();
        foreach (var filter in new[] { MatchFilter.None, new MatchFilter(Region: "330326"), new MatchFilter(Field: "电子信息", Region: "3301") })
        {
            var search = new MatchSearch(query, Filter: filter, Top: 1000);
            var whole = engine.Search(search);
            Assert.NotEmpty(whole);
            for (var skip = 0; skip <= whole.Count; skip += 7)
            {
                var page = engine.SearchPage(search, skip, 7);

                Assert.Equal(whole.Count, page.Total);
                Assert.Equal(whole.Skip(skip).Take(7).Select(h => (h.Record.Id, h.Score, h.Reasons.Describe(), string.Join("|", h.Reasons.Terms))),
                    page.Hits.Select(h => (h.Record.Id, h.Score, h.Reasons.Describe(), string.Join("|", h.Reasons.Terms))));
            }
        }
    }

    [Theory]
    [InlineData("锂电池 涂布")]
    [InlineData("机器视觉 传感器")]
    [InlineData("jqsj")]
    public void AFilteredSearchWithFewHits_IsTheWholeRankingFiltered(string query)
    {
        var engine = Market();
        var whole = engine.Search(new MatchSearch(query, Top: 1000));

        var filtered = engine.Search(new MatchSearch(query, Filter: new MatchFilter(Field: "电子信息", Region: "330326"), Top: 4));

        Assert.InRange(filtered.Count, 3, 4);
        Assert.Equal(whole.Where(h => h.Record.Field == "电子信息" && h.Record.Region == "330326").Take(4).Select(h => (h.Record.Id, h.Score)),
            filtered.Select(h => (h.Record.Id, h.Score)));
    }
}

public class HighlightTests
{
    [Fact]
    public void MatchedWordsAndSynonyms_AreMarked_MarkupStaysText()
    {
        var engine = Records.Engine(Records.Achievement("A1", "<b>机器视觉</b>检测ＰＬＣ柜"));

        var hit = engine.Search(new MatchSearch("图像识别 plc")).Single();
        var spans = MatchHighlight.Spans(hit.Record.Title, hit.Reasons);

        Assert.Equal(
            [new HighlightSpan("<b>", false), new HighlightSpan("机器视觉", true), new HighlightSpan("</b>检测", false), new HighlightSpan("ＰＬＣ", true), new HighlightSpan("柜", false)],
            spans);
    }

    [Fact]
    public void NothingMatched_IsOneSpan()
    {
        Assert.Equal([new HighlightSpan("茶园", false)], MatchHighlight.Spans("茶园", MatchReasons.None));
        Assert.Empty(MatchHighlight.Spans("", MatchReasons.None));
    }
}
