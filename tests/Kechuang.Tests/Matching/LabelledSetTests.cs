using Kechuang.Matching;

namespace Kechuang.Tests.Matching;

/// <summary>
/// The quality gate: the labelled set of bench/Kechuang.Bench/Matching (31 needs, 155 achievements, graded relevance,
/// paraphrased vocabulary and distractors) must keep recall@5 ≥ 0.9. Not timed; MatchingBench prints the figures
/// beside the bigram baseline.
/// </summary>
public class LabelledSetTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Matching", "Labelled");

    [Fact]
    public void RecallAtFive_IsAtLeastNinetyPercent()
    {
        var needs = MatchCsv.Read(Path.Combine(Folder, "needs.csv"), MatchKind.Need);
        var achievements = MatchCsv.Read(Path.Combine(Folder, "achievements.csv"), MatchKind.Achievement);
        var grades = RankingQuality.ReadGrades(Path.Combine(Folder, "relevance.csv"));
        var engine = new MatchEngine();
        engine.PutAll(achievements);

        var rankings = needs.ToDictionary(n => n.Id, n => (IReadOnlyList<string>)Records.Ids(engine.Recommend(n, MatchKind.Achievement, 10)));
        var scores = RankingQuality.Measure(rankings, grades);

        Assert.True(needs.Count >= 30 && achievements.Count >= 150, $"{needs.Count} needs, {achievements.Count} achievements");
        Assert.Equal(needs.Count, scores.Queries);
        Assert.True(scores.Recall >= 0.9, $"recall@5 {scores.Recall:0.000}, MRR {scores.Mrr:0.000}, nDCG@5 {scores.Ndcg:0.000}");
    }

    [Fact]
    public void Measure_CountsRecallMrrAndNdcg()
    {
        var grades = new Dictionary<(string, string), int> { [("q1", "a")] = 2, [("q1", "b")] = 1, [("q2", "c")] = 2 };
        var rankings = new Dictionary<string, IReadOnlyList<string>> { ["q1"] = ["b", "a"], ["q2"] = ["x", "y", "z", "w", "v", "c"] };

        var scores = RankingQuality.Measure(rankings, grades);

        Assert.Equal(2, scores.Queries);
        Assert.Equal(0.5, scores.Recall);
        Assert.Equal((1 / 2.0 + 1 / 6.0) / 2, scores.Mrr, 6);
        var q1 = (1 + 3 / Math.Log2(3)) / (3 + 1 / Math.Log2(3));
        Assert.Equal(q1 / 2, scores.Ndcg, 6);
    }
}
