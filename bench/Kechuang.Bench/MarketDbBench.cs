using System.Diagnostics;
using System.Globalization;
using Kechuang.Audit;
using Kechuang.Data;
using Kechuang.Market;
using Kechuang.Market.Achievements;
using Kechuang.Market.Needs;
using Kechuang.Market.Search;
using Kechuang.Matching;
using Kechuang.Projects.Experts;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kechuang.Bench;

/// <summary>
/// The technology market's search and recommendations end to end through the database (docs/domain.md §7.1, ADR 0019):
/// N generated needs and achievements (the matching bench's generator) and 300 experts in one county, bulk-inserted,
/// then the use cases the API calls (<see cref="SearchMarket"/>, <see cref="RecommendForNeed"/>) for a staff user of the
/// county, each request on its own DbContext and one <see cref="MarketIndex"/> as the web app's singleton. Goal: search
/// p95 &lt; 50 ms, one need's recommendations p95 &lt; 100 ms. Baselines in the same run: one hand-written SQL query
/// reading the region's published needs and achievements (what the index was fed from on every request), and the
/// engine alone on the same records.
/// </summary>
internal static class MarketDbBench
{
    private const string County = "330326";   // 平阳县
    private static readonly Caller Staff = new("bench", "bench", new HashSet<string> { Roles.Staff }, RegionCode.Parse(County), null);

    // Typical queries: words, a two-character word, a synonym (图像识别 for 机器视觉), pinyin initials, a sentence.
    private static readonly string[] Queries =
        ["机器视觉", "电池", "图像识别", "jqsj", "缺陷检测", "锂电池 隔膜", "废水处理", "新能源汽车 电机", "注塑模具的毛刺问题", "传感器"];

    public static async Task RunAsync(int records, string? postgres)
    {
        _ = new MatchEngine().Search(new MatchSearch("机器视觉"));   // jieba's dictionary loads once per process (ADR 0018)
        await RunOnAsync("SQLite", DatabaseTarget.Parse(Path.Combine(Path.GetTempPath(), $"kc-bench-{Guid.NewGuid():N}.db")), records);
        if (postgres is not null)
        {
            await RunOnAsync("PostgreSQL", DatabaseTarget.Parse(new NpgsqlConnectionStringBuilder(postgres) { Database = $"kc_bench_{Guid.NewGuid():N}" }.ConnectionString), records);
        }
        else
        {
            Console.WriteLine("PostgreSQL: skipped (pass a connection string or set KECHUANG_TEST_PG)");
        }
    }

    private static async Task RunOnAsync(string name, DatabaseTarget target, int records)
    {
        var clock = TimeProvider.System;
        var options = DatabaseSetup.Options(target, new SystemUser("bench"), clock);
        var plain = new DbContextOptionsBuilder<KechuangDbContext>();
        plain.UseKechuangDatabase(target);
        try
        {
            await using (var db = new KechuangDbContext(options))
            {
                await db.Database.MigrateAsync();
                await LoadRegions.IfEmptyAsync(db);
            }
            var setup = Stopwatch.StartNew();
            var (needIds, achievementIds, list) = await GenerateAsync(plain.Options, records, clock.GetUtcNow());
            if (target.Provider == DatabaseProvider.Postgres)
            {
                // What autovacuum does after a bulk insert: the visibility map lets the watermark read the index alone.
                await using var db = new KechuangDbContext(options);
                await db.Database.ExecuteSqlRawAsync("""VACUUM ANALYZE "TechNeeds", "Achievements", "Experts" """);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {records:N0} needs and achievements and 300 experts inserted in {setup.Elapsed.TotalSeconds:0.0} s (setup, not measured)"));

            // KECHUANG_BENCH_ROUNDS (default 20) scales the runs: rounds × 10 searches, 5 × rounds recommendations, rounds changes.
            var rounds = int.TryParse(Environment.GetEnvironmentVariable("KECHUANG_BENCH_ROUNDS"), out var n) ? n : 20;
            var index = new MarketIndex();
            async Task<double> Search(string q)
            {
                await using var db = new KechuangDbContext(options);
                var watch = Stopwatch.StartNew();
                await new SearchMarket(new MarketRecords(db, new ListExperts(db), new ExpertPoolVersion(db), index)).HandleAsync(Staff, new MarketSearchQuery(Q: q));
                return watch.Elapsed.TotalMilliseconds;
            }
            async Task<double> Recommend(Guid need)
            {
                await using var db = new KechuangDbContext(options);
                var watch = Stopwatch.StartNew();
                await new RecommendForNeed(db, new MarketRecords(db, new ListExperts(db), new ExpertPoolVersion(db), index)).HandleAsync(Staff, need);
                return watch.Elapsed.TotalMilliseconds;
            }

            var cold = await Search(Queries[0]);
            for (var i = 0; i < 10; i++)
            {
                await Search(Queries[i % Queries.Length]);
            }
            var searches = new List<double>();
            for (var i = 0; i < rounds * Queries.Length; i++)
            {
                searches.Add(await Search(Queries[i % Queries.Length]));
            }
            var recommendations = new List<double>();
            for (var i = 0; i < 5 * rounds; i++)
            {
                recommendations.Add(await Recommend(needIds[(i * 97) % needIds.Count]));
            }
            // The split of one search inside the request (the same steps SearchMarket takes): the gate and the sync, the
            // engine's query (region filter, up to 1,000 hits, their reasons), the page's DTOs and highlights; the rest is
            // the DbContext's start. GC pauses in the same runs, for a heap holding 100,000 indexed records.
            var split = new List<(double Total, double Sync, double Engine, double Page)>();
            var pauses = GC.GetTotalPauseDuration();
            var gen2 = GC.CollectionCount(2);
            for (var i = 0; i < rounds * Queries.Length; i++)
            {
                split.Add(await SplitAsync(options, index, Queries[i % Queries.Length]));
            }
            pauses = GC.GetTotalPauseDuration() - pauses;
            gen2 = GC.CollectionCount(2) - gen2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: split of one search (median / p95 ms): total {Median([.. split.Select(x => x.Total)]):0.0} / {P95([.. split.Select(x => x.Total)]):0.0}; gate + sync {Median([.. split.Select(x => x.Sync)]):0.0} / {P95([.. split.Select(x => x.Sync)]):0.0}; engine {Median([.. split.Select(x => x.Engine)]):0.0} / {P95([.. split.Select(x => x.Engine)]):0.0}; page DTOs {Median([.. split.Select(x => x.Page)]):0.0} / {P95([.. split.Select(x => x.Page)]):0.0}; GC pauses {pauses.TotalMilliseconds:0} ms in {split.Count} searches ({gen2} gen-2)"));
            // One achievement edited by "another node": its own DbContext, the register's write path (version bumped by the
            // interceptor), never through the index; the next search must see it.
            var changed = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                await using (var db = new KechuangDbContext(options))
                {
                    var id = achievementIds[(i * 31) % achievementIds.Count];
                    var a = await db.Achievements.FirstAsync(x => x.Id == id);
                    a.Title += "改进型";
                    a.UpdatedAt = clock.GetUtcNow();
                    await db.SaveChangesAsync();
                }
                changed.Add(await Search(Queries[i % Queries.Length]));
            }

            // Baselines, same run: the SQL read of the region's records, and the engine alone on the same records.
            var sql = new List<double>();
            for (var i = 0; i < 10; i++)
            {
                await using var db = new KechuangDbContext(options);
                var watch = Stopwatch.StartNew();
                await ReadAllAsync(db);
                sql.Add(watch.Elapsed.TotalMilliseconds);
            }
            var engine = new MatchEngine();
            engine.PutAll(list);
            var engineSearch = new List<double>();
            for (var i = 0; i < 10 + 20 * Queries.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                engine.Search(new MatchSearch(Queries[i % Queries.Length], [MatchKind.Need, MatchKind.Achievement, MatchKind.Expert], Top: 1000));
                if (i >= 10)
                {
                    engineSearch.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            // The engine alone asked for one page (20 hits) instead of 1,000: what the reasons of 980 unseen hits cost.
            var enginePage = new List<double>();
            for (var i = 0; i < 10 + 20 * Queries.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                engine.Search(new MatchSearch(Queries[i % Queries.Length], [MatchKind.Need, MatchKind.Achievement, MatchKind.Expert], Top: 20));
                if (i >= 10)
                {
                    enginePage.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            var engineRecommend = new List<double>();
            var needs = list.Where(r => r.Kind == MatchKind.Need).ToList();
            for (var i = 0; i < 100; i++)
            {
                var need = needs[(i * 97) % needs.Count];
                var watch = Stopwatch.StartNew();
                engine.Recommend(need, MatchKind.Achievement, RecommendForNeed.Top);
                engine.Recommend(need, MatchKind.Expert, RecommendForNeed.Top);
                engineRecommend.Add(watch.Elapsed.TotalMilliseconds);
            }

            var (s, r, c, q, es, er) = (P95(searches), P95(recommendations), P95(changed), P95(sql), P95(engineSearch), P95(engineRecommend));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: first (cold) search {cold:0} ms (builds the county's engine from {records:N0} records)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: search p95 {s:0.0} ms (goal < 50 ms; {searches.Count} over {Queries.Length} queries); engine alone p95 {es:0.0} ms ({s / es:0.0}×); SQL read of the region's records p95 {q:0.0} ms ({s / q:0.0}×); engine alone for 20 hits p95 {P95(enginePage):0.0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: recommendations for one need p95 {r:0.0} ms (goal < 100 ms); engine alone p95 {er:0.0} ms ({r / er:0.0}×); SQL read p95 {q:0.0} ms ({r / q:0.0}×)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: search after one achievement changed by another context p95 {c:0.0} ms, median {Median(changed):0.0} ms ({c / es:0.0}× the engine alone)"));
        }
        finally
        {
            await using var db = new KechuangDbContext(options);
            await db.Database.EnsureDeletedAsync();
        }
    }

    private static async Task<(double Total, double Sync, double Engine, double Page)> SplitAsync(DbContextOptions<KechuangDbContext> options, MarketIndex index, string q)
    {
        await using var db = new KechuangDbContext(options);
        var watch = Stopwatch.StartNew();
        double sync = 0, engine = 0;
        var records = new MarketRecords(db, new ListExperts(db), new ExpertPoolVersion(db), index);
        var hits = await records.QueryAsync(Staff, e =>
        {
            sync = watch.Elapsed.TotalMilliseconds;
            var found = e.SearchPage(new MatchSearch(q, [MatchKind.Need, MatchKind.Achievement, MatchKind.Expert], new MatchFilter(null, County), 1000), 0, 20);
            engine = watch.Elapsed.TotalMilliseconds - sync;
            return found;
        }, default);
        var before = watch.Elapsed.TotalMilliseconds;
        _ = new MarketSearchResult([.. hits.Hits.Select(MarketHit.From)], hits.Total, 1, 20);
        var total = watch.Elapsed.TotalMilliseconds;
        return (total, sync, engine, total - before);
    }

    private static async Task<(List<Guid> Needs, List<Guid> Achievements, List<MatchRecord> Records)> GenerateAsync(DbContextOptions<KechuangDbContext> options, int records, DateTimeOffset now)
    {
        var generator = new MatchingBench.RecordGenerator(new Random(20261206));
        var (needIds, achievementIds, list) = (new List<Guid>(), new List<Guid>(), new List<MatchRecord>(records + 300));
        const int Batch = 5_000;
        for (var start = 0; start < records; start += Batch)
        {
            await using var db = new KechuangDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(records, start + Batch); i++)
            {
                var need = i % 2 == 0;
                var r = generator.Next("", need ? MatchKind.Need : MatchKind.Achievement) with { Region = County };
                var id = Guid.CreateVersion7();
                if (need)
                {
                    db.TechNeeds.Add(new TechNeed
                    {
                        Id = id, EnterpriseId = Guid.NewGuid(), EnterpriseName = r.Holder, RegionCode = County, Title = r.Title, Description = r.Description, Field = r.Field,
                        Keywords = [.. r.KeywordList], CooperationMode = "技术开发", Review = MarketWords.Published, PublishedAt = now, CreatedAt = now, UpdatedAt = now,
                    });
                    needIds.Add(id);
                }
                else
                {
                    db.Achievements.Add(new Achievement
                    {
                        Id = id, Holder = r.Holder, RegionCode = County, Title = r.Title, Description = r.Description, Field = r.Field, Keywords = [.. r.KeywordList],
                        Stage = "中试", TransferMode = "许可", CreatedAt = now, UpdatedAt = now,
                    });
                    achievementIds.Add(id);
                }
                list.Add(r with { Id = MarketRecords.Id(id) });
            }
            if (start == 0)
            {
                for (var i = 0; i < 300; i++)
                {
                    var r = generator.Next("", MatchKind.Expert);
                    var expert = new Expert
                    {
                        Name = "专家" + i.ToString(CultureInfo.InvariantCulture), Organisation = r.Holder, Title = "教授", Fields = [r.Field, .. r.KeywordList.Take(2)],
                        RegionCode = County, CreatedAt = now, UpdatedAt = now,
                    };
                    db.Experts.Add(expert);
                    list.Add(new MatchRecord(MarketRecords.Id(expert.Id), MatchKind.Expert, expert.Name, "教授\n" + string.Join("、", expert.Fields), r.Field, expert.Fields, r.Holder, County));
                }
            }
            await db.SaveChangesAsync();
        }
        return (needIds, achievementIds, list);
    }

    /// <summary>The baseline: the region's published needs and its achievements, the engine's columns, read to the end.</summary>
    private static async Task<int> ReadAllAsync(KechuangDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var rows = 0;
        foreach (var sql in new[]
        {
            $"""SELECT "Id", "Title", "Description", "TargetParameters", "Field", "Keywords", "EnterpriseName", "RegionCode" FROM "TechNeeds" WHERE "RegionCode" = '{County}' AND "Review" = '{MarketWords.Published}'""",
            $"""SELECT "Id", "Title", "Description", "Field", "Keywords", "Holder", "RegionCode" FROM "Achievements" WHERE "RegionCode" = '{County}'""",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                rows++;
            }
        }
        await connection.CloseAsync();
        return rows;
    }

    private static double P95(List<double> times) => times.Order().ElementAt((int)Math.Ceiling(times.Count * 0.95) - 1);

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
