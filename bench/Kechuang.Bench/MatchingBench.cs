using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kechuang.Matching;

namespace Kechuang.Bench;

/// <summary>
/// The 产学研 engine (ADR 0018, docs/domain.md § 产学研 — 检索与推荐). Quality: the labelled set in Matching/ (written
/// before the engine was tuned), recall@5, MRR and nDCG@5 of the engine against plain BM25 over character bigrams.
/// Speed, with generated records: search and one-need recommendation p95 over 100,000 needs and achievements, and the
/// CLI path (1,000 needs against 50,000 achievements from CSV files to the output file), each beside the bigram BM25
/// doing the same in the same run, and the time just to read the files.
/// </summary>
internal static class MatchingBench
{
    public static void Run(int records)
    {
        Quality();
        Speed(records);
    }

    /// <summary>Both labelled sets: the needs as written with the achievements, and the colloquial "hard" needs against the same achievements.</summary>
    public static void Quality()
    {
        Quality("needs.csv", "relevance.csv");
        Quality("hard-needs.csv", "hard-relevance.csv");
    }

    private static void Quality(string needsFile, string relevanceFile)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Matching");
        var needs = MatchCsv.Read(Path.Combine(folder, needsFile), MatchKind.Need);
        var achievements = MatchCsv.Read(Path.Combine(folder, "achievements.csv"), MatchKind.Achievement);
        var grades = RankingQuality.ReadGrades(Path.Combine(folder, relevanceFile));
        var engine = new MatchEngine();
        engine.PutAll(achievements);
        var ours = needs.ToDictionary(n => n.Id, n => (IReadOnlyList<string>)engine.Recommend(n, MatchKind.Achievement, 20).Select(h => h.Record.Id).ToList());
        var baseline = new BigramBm25(achievements);
        var theirs = needs.ToDictionary(n => n.Id, n => (IReadOnlyList<string>)baseline.Top(BigramBm25.Text(n), 20));
        var a = RankingQuality.Measure(ours, grades);
        var b = RankingQuality.Measure(theirs, grades);
        Console.WriteLine($"labelled set {needsFile}: {needs.Count} needs, {achievements.Count} achievements, {grades.Count} graded pairs");
        Console.WriteLine("| | recall@5 | MRR | nDCG@5 |");
        Console.WriteLine("| --- | --- | --- | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| engine | {a.Recall:0.000} | {a.Mrr:0.000} | {a.Ndcg:0.000} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| BM25 over character bigrams | {b.Recall:0.000} | {b.Mrr:0.000} | {b.Ndcg:0.000} |"));
        foreach (var need in needs.Where(n => !ours[n.Id].Take(5).Any(id => grades.GetValueOrDefault((n.Id, id)) >= 2)))
        {
            Console.WriteLine($"  missed {need.Id} {need.Title}: top 5 {string.Join(" ", ours[need.Id].Take(5))}");
        }
    }

    public static void Speed(int records)
    {
        var random = new Random(20261205);
        var generator = new RecordGenerator(random);
        var needs = Enumerable.Range(1, records / 2).Select(i => generator.Next($"N{i}", MatchKind.Need)).ToList();
        var achievements = Enumerable.Range(1, records - records / 2).Select(i => generator.Next($"A{i}", MatchKind.Achievement)).ToList();

        var texts = needs.Take(20_000).Select(n => n.Description).ToList();
        var characters = texts.Sum(t => t.Length);
        var clock = Stopwatch.StartNew();
        var words = texts.Sum(t => ChineseSegmenter.Instance.Cut(t).Terms.Count);
        var cutTime = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var pairs = texts.Sum(t => ChineseSegmenter.Bigrams(ChineseSegmenter.Normalize(t)).Count());
        var pairTime = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"segmentation, one thread: jieba {characters / cutTime / 1e6:0.00} M characters/s ({words:N0} words); character pairs {characters / pairTime / 1e6:0.00} M characters/s ({pairs:N0} pairs)"));

        clock.Restart();
        var engine = new MatchEngine();
        engine.PutAll(needs.Concat(achievements));
        Console.WriteLine($"engine: indexed {records:N0} records in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        var baseline = new BigramBm25(needs.Concat(achievements).ToList());
        Console.WriteLine($"bigram BM25: indexed {records:N0} records in {clock.Elapsed.TotalSeconds:0.0} s");

        var queries = Enumerable.Range(0, 300).Select(_ => generator.Query()).ToList();
        var search = P95(queries, q => engine.Search(new MatchSearch(q, Top: 20)));
        var searchBaseline = P95(queries, q => baseline.Top(q, 20));
        var sources = Enumerable.Range(0, 300).Select(_ => needs[random.Next(needs.Count)]).ToList();
        var recommend = P95(sources, n => engine.Recommend(n, MatchKind.Achievement, 10));
        var recommendBaseline = P95(sources, n => baseline.Top(BigramBm25.Text(n), 10));
        Console.WriteLine("| 100,000 records | engine p95 | bigram BM25 p95 |");
        Console.WriteLine("| --- | --- | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| search (300 queries, 20 hits) | {search:0.00} ms | {searchBaseline:0.00} ms |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| recommend for one need (300 needs, top 10) | {recommend:0.00} ms | {recommendBaseline:0.00} ms |"));

        var dir = Directory.CreateTempSubdirectory("kc-match-bench-").FullName;
        try
        {
            var needsFile = Path.Combine(dir, "needs.csv");
            var achievementsFile = Path.Combine(dir, "achievements.csv");
            WriteCsv(needsFile, needs.Take(1000), withHolder: false);
            WriteCsv(achievementsFile, achievements.Take(50_000), withHolder: true);
            clock.Restart();
            var read = MatchCsv.Read(needsFile, MatchKind.Need).Count + MatchCsv.Read(achievementsFile, MatchKind.Achievement).Count;
            var readTime = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var rows = RecommendFiles.Run(needsFile, achievementsFile, 5, Path.Combine(dir, "out.csv"));
            var cli = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var fileNeeds = MatchCsv.Read(needsFile, MatchKind.Need);
            var fileBaseline = new BigramBm25(MatchCsv.Read(achievementsFile, MatchKind.Achievement));
            var baselineRows = fileNeeds.AsParallel().Sum(n => fileBaseline.Top(BigramBm25.Text(n), 5).Count);
            var cliBaseline = clock.Elapsed.TotalSeconds;
            Console.WriteLine("| 1,000 needs × 50,000 achievements, top 5 | seconds |");
            Console.WriteLine("| --- | --- |");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| reading the two files only ({read:N0} records) | {readTime:0.00} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| CLI path: read, index, recommend, write ({rows:N0} rows) | {cli:0.00} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| bigram BM25: read, index, top 5 ({baselineRows:N0} rows) | {cliBaseline:0.00} |"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static double P95<T>(IReadOnlyList<T> items, Action<T> run)
    {
        foreach (var item in items.Take(10))
        {
            run(item); // warm-up
        }
        var times = new List<double>();
        foreach (var item in items)
        {
            var clock = Stopwatch.StartNew();
            run(item);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[(int)Math.Ceiling(times.Count * 0.95) - 1];
    }

    private static void WriteCsv(string path, IEnumerable<MatchRecord> records, bool withHolder)
    {
        var text = new StringBuilder(withHolder ? "id,title,description,field,keywords,holder\n" : "id,title,description,field,keywords\n");
        foreach (var r in records)
        {
            text.Append(MatchCsv.Quote(r.Id)).Append(',').Append(MatchCsv.Quote(r.Title)).Append(',').Append(MatchCsv.Quote(r.Description)).Append(',')
                .Append(MatchCsv.Quote(r.Field)).Append(',').Append(MatchCsv.Quote(string.Join("；", r.KeywordList)));
            if (withHolder)
            {
                text.Append(',').Append(MatchCsv.Quote(r.Holder));
            }
            text.Append('\n');
        }
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>Records from the technical vocabulary and the thesaurus, in sentences like the labelled set's.</summary>
    internal sealed class RecordGenerator(Random random)
    {
        private static readonly string[] Fields = ["电子信息", "新材料", "先进制造与自动化", "生物与新医药", "资源与环境", "新能源与节能", "高技术服务", "航空航天"];
        private static readonly string[] Holders = ["浙江大学", "浙江工业大学", "温州大学", "杭州电子科技大学", "中国计量大学", "浙江理工大学", "温州医科大学", "平阳县华创精工有限公司", "平阳县宏达包装有限公司"];
        private static readonly string[] Patterns =
        [
            "基于{0}的{1}技术", "{0}与{1}一体化装置", "{0}在{1}中的应用", "高效{0}{1}系统", "{0}{1}工艺优化", "新型{0}及{1}方法",
        ];
        private static readonly string[] Sentences =
        [
            "针对{0}过程中{1}不稳定的问题，开发了{2}，", "采用{0}和{1}相结合的方法，", "实现{0}的在线监测与{1}，",
            "使{0}提高30%以上，{1}明显下降，", "已在{0}企业应用，{1}效果良好。", "希望引进{0}，解决{1}难题。",
        ];
        private readonly string[] _terms = Thesaurus.Default.Terms.Where(t => t.Length >= 2 && t.Any(ChineseSegmenter.IsHan)).Order(StringComparer.Ordinal).ToArray();

        public MatchRecord Next(string id, MatchKind kind)
        {
            var title = string.Format(CultureInfo.InvariantCulture, Patterns[random.Next(Patterns.Length)], Term(), Term());
            var description = new StringBuilder();
            for (var i = 0; i < 3; i++)
            {
                description.Append(string.Format(CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], Term(), Term(), Term()));
            }
            return new MatchRecord(id, kind, title, description.ToString(), Fields[random.Next(Fields.Length)], [Term(), Term(), Term()],
                Holders[random.Next(Holders.Length)], "3303" + random.Next(1, 30).ToString("00", CultureInfo.InvariantCulture));
        }

        public string Query() => random.Next(4) switch
        {
            0 => Term(),
            1 => Term() + " " + Term(),
            2 => Term()[..2],
            _ => $"{Term()}{Term()}的{Term()}问题",
        };

        private string Term() => _terms[random.Next(_terms.Length)];
    }
}

/// <summary>
/// The baseline: BM25 (k1 1.2, b 0.75) over the character bigrams of title, keywords and description as one text;
/// a query is the bigrams of its text. What a search engine without a Chinese segmenter or thesaurus would do.
/// </summary>
internal sealed class BigramBm25
{
    private readonly List<MatchRecord> _records;
    private readonly Dictionary<string, List<(int Doc, int Tf)>> _postings = new(StringComparer.Ordinal);
    private readonly int[] _lengths;
    private readonly double _average;

    public BigramBm25(IReadOnlyList<MatchRecord> records)
    {
        _records = records.ToList();
        _lengths = new int[_records.Count];
        for (var doc = 0; doc < _records.Count; doc++)
        {
            var grams = ChineseSegmenter.Bigrams(ChineseSegmenter.Normalize(Text(_records[doc]))).ToList();
            _lengths[doc] = grams.Count;
            foreach (var group in grams.GroupBy(g => g, StringComparer.Ordinal))
            {
                if (!_postings.TryGetValue(group.Key, out var list))
                {
                    _postings[group.Key] = list = [];
                }
                list.Add((doc, group.Count()));
            }
        }
        _average = Math.Max(_lengths.DefaultIfEmpty().Average(), 1);
    }

    public static string Text(MatchRecord record) => $"{record.Title} {string.Join(" ", record.KeywordList)} {record.Description}";

    public List<string> Top(string query, int k)
    {
        var scores = new Dictionary<int, double>();
        foreach (var gram in ChineseSegmenter.Bigrams(ChineseSegmenter.Normalize(query)).Distinct(StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(gram, out var list))
            {
                continue;
            }
            var idf = Math.Log(1 + (_records.Count - list.Count + 0.5) / (list.Count + 0.5));
            foreach (var (doc, tf) in list)
            {
                var norm = tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * _lengths[doc] / _average));
                scores[doc] = scores.GetValueOrDefault(doc) + idf * norm;
            }
        }
        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(k).Select(s => _records[s.Key].Id).ToList();
    }
}
