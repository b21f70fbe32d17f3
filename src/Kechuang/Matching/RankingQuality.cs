namespace Kechuang.Matching;

/// <summary>Recall@k, MRR and nDCG@k of rankings against graded relevance, and the means over all queries.</summary>
public sealed record RankingScores(int Queries, double Recall, double Mrr, double Ndcg);

/// <summary>
/// How good a ranking is against a labelled set (bench/Kechuang.Bench/Matching, docs/domain.md § 产学研 — 检索与推荐):
/// grade 2 = directly relevant, 1 = partly, missing = not. Recall@k: a directly relevant record in the top k. MRR:
/// 1 / rank of the first directly relevant one. nDCG@k with gain 2^grade − 1.
/// </summary>
public static class RankingQuality
{
    public static RankingScores Measure(IReadOnlyDictionary<string, IReadOnlyList<string>> rankings, IReadOnlyDictionary<(string Query, string Result), int> grades, int k = 5)
    {
        var queries = grades.Where(g => g.Value >= 2).Select(g => g.Key.Query).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        double recall = 0, mrr = 0, ndcg = 0;
        foreach (var query in queries)
        {
            var ranking = rankings.TryGetValue(query, out var r) ? r : [];
            int Grade(string result) => grades.TryGetValue((query, result), out var g) ? g : 0;
            if (ranking.Take(k).Any(result => Grade(result) >= 2))
            {
                recall++;
            }
            var first = ranking.Select((result, i) => (result, i)).FirstOrDefault(x => Grade(x.result) >= 2);
            if (first.result is not null)
            {
                mrr += 1.0 / (first.i + 1);
            }
            var dcg = ranking.Take(k).Select((result, i) => (Math.Pow(2, Grade(result)) - 1) / Math.Log2(i + 2)).Sum();
            var ideal = grades.Where(g => g.Key.Query == query).Select(g => g.Value).OrderDescending().Take(k)
                .Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
            ndcg += ideal > 0 ? dcg / ideal : 0;
        }
        var n = Math.Max(queries.Count, 1);
        return new RankingScores(queries.Count, recall / n, mrr / n, ndcg / n);
    }

    /// <summary>Reads need_id,achievement_id,relevance (UTF-8, header first).</summary>
    public static Dictionary<(string Query, string Result), int> ReadGrades(string path)
    {
        var grades = new Dictionary<(string, string), int>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Trim().Length > 0))
        {
            var parts = line.Split(',');
            grades[(parts[0].Trim(), parts[1].Trim())] = int.Parse(parts[2].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return grades;
    }
}
