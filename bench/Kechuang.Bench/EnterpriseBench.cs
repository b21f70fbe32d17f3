using System.Diagnostics;
using System.Globalization;
using Kechuang.Audit;
using Kechuang.Data;
using Kechuang.Demo;
using Kechuang.Enterprises;
using Kechuang.Enterprises.Evaluations;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kechuang.Bench;

/// <summary>
/// The enterprise register's figures (README, Benchmarks; ADR 0009) on a province-sized register (COUNT enterprises over Zhejiang's counties, three years of
/// figures each): batch HTE + tech-SME evaluation of all of them, and enterprise search p95 — each next to a
/// hand-written SQL baseline that reads the same rows, measured in the same run.
/// </summary>
internal static class EnterpriseBench
{
    private static readonly Caller Province = new("bench", "bench", new HashSet<string> { Roles.Admin }, RegionCode.Parse("330000"), null);

    public static async Task RunAsync(int count, string? postgres)
    {
        // KECHUANG_BENCH_SQLITE=0 measures PostgreSQL alone.
        if (Environment.GetEnvironmentVariable("KECHUANG_BENCH_SQLITE") != "0")
        {
            await RunOnAsync("SQLite", DatabaseTarget.Parse(Path.Combine(Path.GetTempPath(), $"kc-bench-{Guid.NewGuid():N}.db")), count);
        }
        if (postgres is not null)
        {
            await RunOnAsync("PostgreSQL", DatabaseTarget.Parse(new NpgsqlConnectionStringBuilder(postgres) { Database = $"kc_bench_{Guid.NewGuid():N}" }.ConnectionString), count);
        }
        else
        {
            Console.WriteLine("PostgreSQL: skipped (pass a connection string or set KECHUANG_TEST_PG)");
        }
    }

    /// <summary>Search p95 alone, on a database an earlier run kept (a SQLite file or a PostgreSQL connection string).</summary>
    public static async Task SearchOnlyAsync(string database)
    {
        var target = DatabaseTarget.Parse(database);
        var options = DatabaseSetup.Options(target, new SystemUser("bench"), TimeProvider.System);
        var migrate = Stopwatch.StartNew();
        await using (var db = new KechuangDbContext(options))
        {
            await db.Database.MigrateAsync();
            await NameGrams.EnsureAsync(db);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Provider}: migrations (with any index build) {migrate.Elapsed.TotalSeconds:0.0} s"));
        await IndexBuildAsync(target.Provider.ToString(), options);
        await SearchAsync(target.Provider.ToString(), options, TimeProvider.System);
    }

    /// <summary>The evaluation again on a database kept by KECHUANG_BENCH_KEEP=1 (to try a change without generating the register again).</summary>
    public static async Task EvaluateOnlyAsync(string database)
    {
        var target = DatabaseTarget.Parse(database);
        await EvaluationAsync(target.Provider.ToString(), DatabaseSetup.Options(target, new SystemUser("bench"), TimeProvider.System), TimeProvider.System);
    }

    /// <summary>
    /// The batch evaluation of the province against one query reading the same rows: after a warm-up each is run three
    /// times, taking turns, and the medians are compared (this machine is shared: one run of either can be slowed by
    /// another's load; the three times are printed too). The figure is the cultivation view's first page, which
    /// evaluates, counts and sorts every enterprise and writes the texts of the rows it shows; the rows with every
    /// enterprise's texts (what the Excel export writes) are timed beside it.
    /// </summary>
    private static async Task EvaluationAsync(string name, DbContextOptions<KechuangDbContext> options, TimeProvider clock)
    {
        var today = Common.ChinaClock.TodayInChina(clock);
        var year = today.Year - 1;
        await using var db = new KechuangDbContext(options);
        var evaluate = new EvaluateRegion(db, clock);
        var view = new EvaluateRegionQuery("330000", year, Page: 1);
        var enterprises = (await evaluate.HandleAsync(Province, view)).Total; // warm-up
        await evaluate.EvaluateAllAsync(Province, "330000", year, today, CancellationToken.None);
        var read = await ReadAllFactsAsync(db, year);
        var (ours, all, baseline) = (new List<double>(), new List<double>(), new List<double>());
        var (allocated, paused) = (0L, TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            var (allocatedBefore, pausedBefore) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
            var watch = Stopwatch.StartNew();
            await evaluate.HandleAsync(Province, view);
            ours.Add(watch.Elapsed.TotalSeconds);
            (allocated, paused) = (allocated + GC.GetTotalAllocatedBytes() - allocatedBefore, paused + GC.GetTotalPauseDuration() - pausedBefore);
            watch.Restart();
            await ReadAllFactsAsync(db, year);
            baseline.Add(watch.Elapsed.TotalSeconds);
            watch.Restart();
            await evaluate.EvaluateAllAsync(Province, "330000", year, today, CancellationToken.None);
            all.Add(watch.Elapsed.TotalSeconds);
        }
        var (median, allMedian, baseMedian) = (Median(ours), Median(all), Median(baseline));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: batch HTE + tech-SME evaluation of {enterprises} enterprises (the cultivation view, first page): {median:0.00} s (median of {Times(ours)}; goal < 5 s); baseline (one SQL query reading the same {read} rows) {baseMedian:0.00} s (median of {Times(baseline)}); ratio {median / baseMedian:0.00}× (goal ≤ 1.5×); {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {allocated / 3 / 1e6:0} MB allocated and {paused.TotalSeconds / 3:0.00} s paused per evaluation"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: every row with its texts (the Excel export's rows): {allMedian:0.00} s (median of {Times(all)}); {allMedian / baseMedian:0.00}× the baseline"));
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

    private static string Times(List<double> times) => string.Join(", ", times.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)));

    /// <summary>
    /// The SQLite import alone, twice on fresh databases: as shipped, then with the name index's triggers dropped,
    /// to show what keeping the index in the writing transaction costs.
    /// </summary>
    public static async Task ImportOnlyAsync(int count)
    {
        foreach (var triggers in new[] { true, false })
        {
            var target = DatabaseTarget.Parse(Path.Combine(Path.GetTempPath(), $"kc-bench-{Guid.NewGuid():N}.db"));
            var options = DatabaseSetup.Options(target, new SystemUser("bench"), TimeProvider.System);
            try
            {
                await using (var db = new KechuangDbContext(options))
                {
                    await db.Database.MigrateAsync();
                    await LoadRegions.IfEmptyAsync(db);
                    if (!triggers)
                    {
                        await db.Database.ExecuteSqlRawAsync("""
                            DROP TRIGGER "EnterpriseNameSearch_Insert"; DROP TRIGGER "EnterpriseNameSearch_Update"; DROP TRIGGER "EnterpriseNameSearch_Delete";
                            """);
                    }
                }
                await ImportBench.RunAsync(triggers ? "SQLite, name index kept by triggers" : "SQLite, without the name index", options, count, Common.ChinaClock.TodayInChina(TimeProvider.System));
            }
            finally
            {
                await using var db = new KechuangDbContext(options);
                await db.Database.EnsureDeletedAsync();
            }
        }
    }

    /// <summary>How long the name index takes to build from the whole register: what a repair at start costs.</summary>
    private static async Task IndexBuildAsync(string name, DbContextOptions<KechuangDbContext> options)
    {
        await using var db = new KechuangDbContext(options);
        var count = await db.Enterprises.CountAsync();
        var watch = Stopwatch.StartNew();
        if (db.Database.IsSqlite())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync(NameGrams.Rebuild);
            await transaction.CommitAsync();
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("""REINDEX INDEX "IX_Enterprises_Name_grams" """);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: name index built from {count} enterprises in {watch.Elapsed.TotalSeconds:0.0} s"));
    }

    private static async Task RunOnAsync(string name, DatabaseTarget target, int count)
    {
        var clock = TimeProvider.System;
        var today = Common.ChinaClock.TodayInChina(clock);
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
            // KECHUANG_BENCH_IMPORT=0 skips the Excel import, for a run (or a trace) of the evaluation alone.
            if (Environment.GetEnvironmentVariable("KECHUANG_BENCH_IMPORT") != "0")
            {
                await ImportBench.RunAsync(name, options, Math.Min(count, 100_000), today);
            }
            var load = Stopwatch.StartNew();
            await GenerateAsync(plain.Options, count, today);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: generated {count} enterprises with 3 years of figures in {load.Elapsed.TotalSeconds:0.0} s (setup, not measured)"));

            await EvaluationAsync(name, options, clock);
            // KECHUANG_BENCH_SEARCH=0 stops after the evaluation.
            if (Environment.GetEnvironmentVariable("KECHUANG_BENCH_SEARCH") != "0")
            {
                await IndexBuildAsync(name, options);
                await SearchAsync(name, options, clock);
            }
        }
        finally
        {
            // KECHUANG_BENCH_KEEP=1 keeps the database for a look at query plans.
            if (Environment.GetEnvironmentVariable("KECHUANG_BENCH_KEEP") == "1")
            {
                Console.WriteLine($"{name}: kept {target.Display}");
            }
            else
            {
                await using var db = new KechuangDbContext(options);
                await db.Database.EnsureDeletedAsync();
            }
        }
    }

    /// <summary>Enterprises number <paramref name="from"/> to <paramref name="count"/> - 1 (a later run adds to an earlier one: codes follow the number).</summary>
    internal static async Task GenerateAsync(DbContextOptions<KechuangDbContext> options, int count, DateOnly today, int from = 0)
    {
        List<Region> counties;
        ILookup<string, string> towns;
        await using (var db = new KechuangDbContext(options))
        {
            counties = await db.Regions.AsNoTracking().Where(r => r.Code.StartsWith("33") && r.Level == RegionLevel.County).OrderBy(r => r.Code).ToListAsync();
            towns = (await db.Regions.AsNoTracking().Where(r => r.Code.StartsWith("33") && r.Level == RegionLevel.Town).Select(r => r.Code).ToListAsync()).ToLookup(c => c[..6]);
        }
        var generator = new EnterpriseGenerator(seed: 7, today);
        const int batch = 5_000;
        for (var start = from; start < count; start += batch)
        {
            await using var db = new KechuangDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var county = counties[i % counties.Count];
                var generated = generator.Next(county.Code, county.Name, towns[county.Code].ToList(), i);
                db.Enterprises.Add(generated.Enterprise);
                db.EnterpriseYears.AddRange(generated.Years);
                db.Qualifications.AddRange(generated.Qualifications);
            }
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The baseline: one hand-written query over the same enterprises and years, read to the end.</summary>
    private static async Task<int> ReadAllFactsAsync(KechuangDbContext db, int year)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT e."Id", e."Name", e."Uscc", e."RegionCode", e."FoundedOn", e."TechnologyField",
                   f."Year", f."Staff", f."TechStaff", f."SalesRevenue", f."TotalIncome", f."HighTechIncome", f."RdExpense",
                   f."RdExpenseDomestic", f."TotalCostsAndExpenses", f."TotalAssets", f."NetAssets", f."ClassOneIp",
                   f."ClassTwoIp", f."Conversions", f."MajorViolation"
            FROM "Enterprises" e LEFT JOIN "EnterpriseYears" f ON f."EnterpriseId" = e."Id" AND f."Year" BETWEEN {year - 2} AND {year}
            WHERE e."RegionCode" LIKE '33%'
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }
        await connection.CloseAsync();
        return rows;
    }

    /// <summary>p95 of 20 searches per term by name fragment or USCC prefix, through the use case and as one SQL query.</summary>
    private static async Task SearchAsync(string name, DbContextOptions<KechuangDbContext> options, TimeProvider clock)
    {
        // Common fragments and code prefixes, then rare ones that the whole register must be searched for: a pair
        // across two words (创电), a county's firm (平阳华创), a term nobody has (量子), one in nearly every name.
        var terms = new[] { "华创", "精工", "新材料", "星辰", "生物", "913303", "913302", "智联", "汇泽", "软件", "创电", "平阳华创", "量子", "科技" };
        var ours = new List<double>();
        var baseline = new List<double>();
        var slowest = terms.ToDictionary(t => t, _ => 0.0);
        for (var i = 0; i < 20 + 20 * terms.Length; i++)
        {
            var term = terms[i % terms.Length];
            await using var db = new KechuangDbContext(options);
            var watch = Stopwatch.StartNew();
            await new ListEnterprises(db, clock).HandleAsync(Province, new ListEnterprisesQuery(Q: term, Page: 1 + i % 5));
            watch.Stop();
            var sql = Stopwatch.StartNew();
            await BaselineSearchAsync(db, term, 1 + i % 5);
            sql.Stop();
            if (i >= 20)
            {
                ours.Add(watch.Elapsed.TotalMilliseconds);
                baseline.Add(sql.Elapsed.TotalMilliseconds);
                slowest[term] = Math.Max(slowest[term], watch.Elapsed.TotalMilliseconds);
            }
        }
        var p95 = P95(ours);
        var b95 = P95(baseline);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: enterprise search p95 {p95:0.0} ms (goal < 50 ms); baseline (count + page as two SQL queries) p95 {b95:0.0} ms; ratio {p95 / b95:0.0}×"));
        Console.WriteLine($"{name}: slowest search per term, ms: " + string.Join(", ", slowest.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:0}"))));
    }

    private static async Task BaselineSearchAsync(KechuangDbContext db, string term, int page)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            """SELECT COUNT(*) FROM "Enterprises" WHERE "RegionCode" LIKE '33%' AND ("Name" LIKE @like OR "Uscc" LIKE @prefix)""",
            """SELECT * FROM "Enterprises" WHERE "RegionCode" LIKE '33%' AND ("Name" LIKE @like OR "Uscc" LIKE @prefix) ORDER BY "RegionCode", "Name" LIMIT 20 OFFSET @skip""",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "@like", $"%{term}%");
            Add(command, "@prefix", $"{term}%");
            Add(command, "@skip", (page - 1) * 20);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }
        await connection.CloseAsync();
    }

    internal static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    internal static double P95(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1];
    }
}
