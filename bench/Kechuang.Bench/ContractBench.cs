using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kechuang.Audit;
using Kechuang.Common.Excel;
using Kechuang.Contracts;
using Kechuang.Contracts.Import;
using Kechuang.Data;
using Kechuang.Demo;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kechuang.Bench;

/// <summary>
/// The contract import's figures (docs/contracts.md, ADR 0010): a CSV of COUNT contracts over 温州's 12 counties imported through the use case (every row
/// checked, staged, upserted, rollup recomputed, one transaction) against the database's own bulk loader reading
/// the same file without checks — into a typed table with the unique 登记编号 index, then CREATE INDEX of the register's
/// two secondary indexes (the baseline), and into a bare text table — with
/// the import's peak memory at 100,000 rows and at COUNT; then the city's year-to-date statistics, warm, against
/// one hand-written GROUP BY over the contracts.
/// </summary>
internal static class ContractBench
{
    private static readonly Caller Nation = new("bench", "bench", new HashSet<string> { Roles.Admin }, RegionCode.Country, null);

    /// <summary>A million generated rows are ~220 MB, above the upload cap of 200 MB: the bench measures the import, not the cap.</summary>
    internal static readonly UploadLimits Limits = new() { Contracts = new UploadLimit("技术合同", 1024L * 1024 * 1024, 4096L * 1024 * 1024, 10_000_000) };

    public static async Task RunAsync(int count, string? postgres)
    {
        var dir = Directory.CreateTempSubdirectory("kc-contract-bench-").FullName;
        try
        {
            var today = Common.ChinaClock.TodayInChina(TimeProvider.System);
            var sizes = count > 100_000 ? new[] { 100_000, count } : [count];
            var files = new Dictionary<int, string>();
            foreach (var size in sizes)
            {
                var clock = Stopwatch.StartNew();
                files[size] = Path.Combine(dir, $"contracts-{size}.csv");
                await WriteCsvAsync(files[size], size, today);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {size} contracts: {new FileInfo(files[size]).Length / 1024.0 / 1024:0} MB in {clock.Elapsed.TotalSeconds:0.0} s (setup)"));
            }
            // KECHUANG_BENCH_SQLITE=0 measures PostgreSQL alone.
            if (Environment.GetEnvironmentVariable("KECHUANG_BENCH_SQLITE") != "0")
            {
                await RunOnAsync("SQLite", () => DatabaseTarget.Parse(Path.Combine(dir, $"kc-{Guid.NewGuid():N}.db")), files, today, dir);
            }
            if (postgres is not null)
            {
                await RunOnAsync("PostgreSQL", () => DatabaseTarget.Parse(new NpgsqlConnectionStringBuilder(postgres) { Database = $"kc_bench_{Guid.NewGuid():N}" }.ConnectionString), files, today, dir);
            }
            else
            {
                Console.WriteLine("PostgreSQL: skipped (pass a connection string or set KECHUANG_TEST_PG)");
            }
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("KECHUANG_BENCH_KEEP") == "1")
            {
                Console.WriteLine($"kept {dir}");
            }
            else
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static async Task RunOnAsync(string name, Func<DatabaseTarget> newTarget, Dictionary<int, string> files, DateOnly today, string dir)
    {
        foreach (var (size, file) in files)
        {
            var target = newTarget();
            var options = DatabaseSetup.Options(target, new SystemUser("bench"), TimeProvider.System);
            try
            {
                await using (var db = new KechuangDbContext(options))
                {
                    await db.Database.MigrateAsync();
                    await LoadRegions.IfEmptyAsync(db);
                }
                if (size == files.Keys.Max() && name == "SQLite")
                {
                    await ReadAndCheckAsync(options, file, size);
                }
                var bare = await LoaderAsync(target, file, typed: false, dir);
                var typed = await LoaderAsync(target, file, typed: true, dir);

                GC.Collect();
                using var sampler = new PeakMemory();
                // KECHUANG_BENCH_MEMORY=1: a full blocking collection every 100,000 rows read gives the memory the import
                // really holds at those points; it costs time, so that run's duration is not the figure.
                var live100k = Environment.GetEnvironmentVariable("KECHUANG_BENCH_MEMORY") == "1" ? new LiveEvery100k() : null;
                var ours = Stopwatch.StartNew();
                ImportReport report;
                await using (var db = new KechuangDbContext(options))
                await using (var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
                {
                    report = await new ImportContracts(db, TimeProvider.System, new SystemUser("bench"), Limits).HandleAsync(Nation, input, new ImportOptions(), live100k);
                }
                ours.Stop();
                var (peak, heap, live, full) = sampler.Stop();
                if (live100k is not null)
                {
                    Console.WriteLine($"{name}: {size:N0} contracts, live after a full blocking collection every 100,000 rows: {string.Join(", ", live100k.Live.Select(b => $"{b / 1024 / 1024} MB"))} (this run's time is not a figure)");
                }
                if (report.Created != size)
                {
                    throw new InvalidOperationException($"import created {report.Created} of {size}: {report.Summary} {string.Join("; ", report.Errors.Take(5))}");
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: import of {size:N0} contracts {ours.Elapsed.TotalSeconds:0.0} s, peak working set +{peak / 1024 / 1024} MB{(name == "SQLite" ? " (with SQLite's page caches and memory-mapped file)" : "")}, peak managed heap {heap / 1024 / 1024} MB (of which live after a collection at most {live / 1024 / 1024} MB, kept by a full collection {(full < 0 ? "none ran" : $"at most {full / 1024 / 1024} MB")}); baseline {typed.TotalSeconds:0.00} s ({(name == "SQLite" ? "sqlite3 .import" : "COPY")} into a typed table with the unique 登记编号 index, then CREATE INDEX of the two secondary indexes): ratio {ours.Elapsed / typed:0.00}× (goal ≤ 2×); into a bare text table {bare.TotalSeconds:0.00} s ({ours.Elapsed / bare:0.0}×)"));
                // KECHUANG_BENCH_STATS=0 skips the statistics query, for repeated runs of the import alone.
                if (size == files.Keys.Max() && Environment.GetEnvironmentVariable("KECHUANG_BENCH_STATS") != "0")
                {
                    await StatsAsync(name, options, today);
                }
            }
            finally
            {
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
    }

    /// <summary>The import's reading and checking alone, no writes: how much of the import the parser is.</summary>
    private static async Task ReadAndCheckAsync(DbContextOptions<KechuangDbContext> options, string file, int size)
    {
        Func<string, Region?> regions;
        await using (var db = new KechuangDbContext(options))
        {
            regions = await Regions.RegionLookup.AllAsync(db, CancellationToken.None);
        }
        var today = Common.ChinaClock.TodayInChina(TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var read = 0;
        await using (var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        using (var contracts = ContractFile.Open(input, Limits.Contracts))
        {
            foreach (var _ in contracts.Rows())
            {
                read++;
            }
        }
        var reading = clock.Elapsed;
        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var good = 0;
        var errors = new List<ImportError>();
        await using (var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        using (var contracts = ContractFile.Open(input, Limits.Contracts))
        {
            var parser = new ContractRowParser(regions, today, Nation);
            foreach (var row in contracts.Rows())
            {
                errors.Clear();
                good += parser.Parse(row, errors) is null ? 0 : 1;
            }
        }
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (read != size || good != size)
        {
            throw new InvalidOperationException($"read {read}, good {good} of {size}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read only {size:N0} rows: {reading.TotalSeconds:0.00} s; read and check: {clock.Elapsed.TotalSeconds:0.00} s ({cpu.TotalSeconds:0.00} s of CPU)"));
    }

    private static async Task StatsAsync(string name, DbContextOptions<KechuangDbContext> options, DateOnly today)
    {
        const string city = "330300";
        // The last complete month: asked for the month of today the statistics run to today and compare with the same
        // days last year (docs/contracts.md, Period), which a GROUP BY of whole months cannot match.
        var lastComplete = today.AddDays(-today.Day);
        var (year, month) = (lastComplete.Year, lastComplete.Month);
        ContractStats? last = null;
        var ours = await TimeAsync(async () =>
        {
            await using var db = new KechuangDbContext(options);
            last = await new GetContractStats(db, TimeProvider.System).HandleAsync(Nation, city, year, month);
        });
        long counted = 0;
        var baseline = await TimeAsync(async () =>
        {
            await using var db = new KechuangDbContext(options);
            counted = await GroupByAsync(db, year, month);
        });
        if (counted != (long)(last!.Total.Count.Value + last.Total.Count.LastYear))
        {
            throw new InvalidOperationException($"statistics disagree: rollup {last.Total.Count.Value}+{last.Total.Count.LastYear}, GROUP BY {counted}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: city stats year to date (warm, {last.Total.Count.Value:N0} contracts this year, {last.Total.Count.LastYear:N0} last): p50 {ours.P50:0.0} ms, p95 {ours.P95:0.0} ms (goal < 50 ms); hand-written GROUP BY p50 {baseline.P50:0.0} ms, p95 {baseline.P95:0.0} ms; ratio p50 {ours.P50 / baseline.P50:0.00}×, p95 {ours.P95 / baseline.P95:0.00}×"));
    }

    /// <summary>The baseline: the same year-to-date figures for both years, by type and month, straight from the register.</summary>
    private static async Task<long> GroupByAsync(KechuangDbContext db, int year, int month)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT "Type", "RegisteredPeriod", COUNT(*), SUM("Turnover"), SUM("TechTransaction") FROM "TechContracts"
            WHERE "Status" = 'registered' AND "SellerRegionCode" LIKE '3303%'
              AND ("RegisteredPeriod" BETWEEN {year * 100 + 1} AND {year * 100 + month} OR "RegisteredPeriod" BETWEEN {(year - 1) * 100 + 1} AND {(year - 1) * 100 + month})
            GROUP BY "Type", "RegisteredPeriod"
            """;
        await using var reader = await command.ExecuteReaderAsync();
        long total = 0;
        while (await reader.ReadAsync())
        {
            total += reader.GetInt64(2);
            _ = reader.GetValue(3);
            _ = reader.GetValue(4);
        }
        return total;
    }

    private static async Task<(double P50, double P95)> TimeAsync(Func<Task> run)
    {
        for (var i = 0; i < 5; i++)
        {
            await run();
        }
        var times = new List<double>();
        for (var i = 0; i < 40; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
    }

    /// <summary>sqlite3's .import, or PostgreSQL's COPY, of the same file with no checks at all.</summary>
    private static async Task<TimeSpan> LoaderAsync(DatabaseTarget target, string file, bool typed, string dir)
    {
        const string typedColumns = """
            "RegistrationNo" varchar(40), "Name" varchar(200) NOT NULL, "Type" varchar(30) NOT NULL, "SellerName" varchar(200) NOT NULL,
            "SellerUscc" varchar(18) NOT NULL, "SellerRegionCode" varchar(12) NOT NULL, "BuyerName" varchar(200) NOT NULL, "BuyerUscc" varchar(18),
            "BuyerRegionCode" varchar(12), "SignedOn" date NOT NULL, "ReceivedOn" date NOT NULL, "RegisteredOn" date, "Turnover" numeric(18,2) NOT NULL,
            "TechTransaction" numeric(18,2) NOT NULL
            """;
        var table = typed ? "loaded_typed" : "loaded_bare";
        // As the import does it: the unique index on 登记编号 in place while loading, the register's two secondary
        // indexes built afterwards (the file has no 状态 column; the seller's region and 收件日期 stand for that index).
        var unique = $"""CREATE UNIQUE INDEX {table}_no ON {table} ("RegistrationNo") WHERE "RegistrationNo" <> '';""";
        var indexes = $"""
            CREATE INDEX {table}_region ON {table} ("SellerRegionCode", "ReceivedOn");
            CREATE INDEX {table}_uscc ON {table} ("SellerUscc");
            """;
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var scratch = Path.Combine(dir, $"loader-{Guid.NewGuid():N}.db");
            var script = typed
                ? $"CREATE TABLE {table} ({typedColumns.Replace("date", "TEXT", StringComparison.Ordinal)});\n{unique}\n.mode csv\n.import --skip 1 '{file}' {table}\n{indexes}\n"
                : $".mode csv\n.import '{file}' {table}\n";
            var clock = Stopwatch.StartNew();
            var info = new ProcessStartInfo("sqlite3", scratch) { RedirectStandardInput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            await process.StandardInput.WriteAsync(script);
            process.StandardInput.Close();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            clock.Stop();
            if (process.ExitCode != 0 || error.Length > 0)
            {
                throw new InvalidOperationException("sqlite3 .import failed: " + error);
            }
            File.Delete(scratch);
            return clock.Elapsed;
        }
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(typed
            ? $"CREATE TABLE {table} ({typedColumns}); {unique.Replace("<> ''", "IS NOT NULL", StringComparison.Ordinal)}"
            : $"CREATE TABLE {table} ({string.Join(", ", Enumerable.Range(1, 14).Select(i => $"c{i} text"))})", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        var copy = Stopwatch.StartNew();
        await using (var writer = await connection.BeginTextImportAsync($"COPY {table} FROM STDIN (FORMAT csv, HEADER true)"))
        using (var reader = new StreamReader(file, Encoding.UTF8))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, read));
            }
        }
        if (typed)
        {
            await using var index = new NpgsqlCommand(indexes, connection);
            await index.ExecuteNonQueryAsync();
        }
        copy.Stop();
        await using (var drop = new NpgsqlCommand($"DROP TABLE {table}", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }
        return copy.Elapsed;
    }

    /// <summary>The generated register as the import's CSV: received over the last two years, most registered.</summary>
    internal static async Task WriteCsvAsync(string path, int count, DateOnly today)
    {
        var counties = new[] { "330302", "330303", "330304", "330305", "330324", "330326", "330327", "330328", "330329", "330381", "330382", "330383" };
        var sellers = counties.Select(c => ContractGenerator.Sellers(c, "温州", 2000, int.Parse(c, CultureInfo.InvariantCulture))).ToArray();
        var start = new DateOnly(today.Year - 1, 1, 1);
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        await WriteCsvAsync(writer, new ContractGenerator(seed: 2026, today), new Random(2026), sellers, count, start, today.AddDays(-31));
    }

    /// <summary>
    /// <paramref name="count"/> contracts received from <paramref name="first"/> to <paramref name="last"/> by sellers of
    /// the given counties, as the import's CSV; with no writer the generator only moves on (its 登记编号 continue from there).
    /// </summary>
    internal static async Task WriteCsvAsync(
        StreamWriter? writer, ContractGenerator generator, Random random, IReadOnlyList<List<ContractGenerator.Seller>> sellers, int count, DateOnly first, DateOnly last)
    {
        var days = last.DayNumber - first.DayNumber + 1;
        if (writer is not null)
        {
            await writer.WriteLineAsync(string.Join(",", ContractColumns.All.Select(c => c.Header)));
        }
        for (var i = 0; i < count; i++)
        {
            var county = sellers[random.Next(sellers.Count)];
            var c = generator.Next(county[random.Next(county.Count)], DateOnly.FromDayNumber(first.DayNumber + random.Next(days)));
            if (writer is null)
            {
                continue;
            }
            var registered = c.Status == ContractStatus.Registered;
            await writer.WriteLineAsync(string.Join(",",
                registered ? c.RegistrationNo : "", c.Name, ContractTypes.Chinese(c.Type), c.SellerName, c.SellerUscc, c.SellerRegionCode,
                c.BuyerName, c.BuyerUscc ?? "", c.BuyerRegionCode ?? "", Date(c.SignedOn), Date(c.ReceivedOn), registered ? Date(c.DecidedOn!.Value) : "",
                c.Turnover.ToString(CultureInfo.InvariantCulture), c.TechTransaction.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Samples every 10 ms the working set (its peak above the level at start), the managed heap (its peak) and what a
    /// collection left of it (its peak): the first includes SQLite's native page caches and mapped file pages, the second
    /// what the import allocated and the collector has not yet reclaimed (server GC lets that grow with the allocation
    /// rate), the third what the import holds.
    /// </summary>
    /// <summary>Runs on the import's reading thread, so the collection happens with the import's objects in place.</summary>
    private sealed class LiveEvery100k : IProgress<ContractImportProgress>
    {
        public List<long> Live { get; } = [];

        public void Report(ContractImportProgress value)
        {
            if (value.Stage == ContractImportStage.Checking && value.Rows % 100_000 == 0)
            {
                Live.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }
    }

    private sealed class PeakMemory : IDisposable
    {
        private readonly long _start = Environment.WorkingSet;
        private readonly long _firstGc = GC.GetGCMemoryInfo().Index;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _task;
        private long _peak;
        private long _heap;
        private long _live;
        private long _full = -1;

        public PeakMemory()
        {
            _peak = _start;
            _task = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    _peak = Math.Max(_peak, Environment.WorkingSet);
                    _heap = Math.Max(_heap, GC.GetTotalMemory(false));
                    var last = GC.GetGCMemoryInfo();
                    _live = Math.Max(_live, last.HeapSizeBytes - last.FragmentedBytes);
                    // What a full collection (blocking or background) found still referenced: the import's own memory,
                    // not the garbage a younger collection leaves in gen 2 nor the young generations' budgets.
                    foreach (var kind in new[] { GCKind.FullBlocking, GCKind.Background })
                    {
                        var full = GC.GetGCMemoryInfo(kind);
                        if (full.Index > _firstGc)
                        {
                            _full = Math.Max(_full, full.PromotedBytes);
                        }
                    }
                    await Task.Delay(10);
                }
            });
        }

        /// <summary>Peak working set growth, peak heap, the most a collection left, and the most a full collection kept (-1: none ran).</summary>
        public (long WorkingSet, long Heap, long Live, long Full) Stop()
        {
            _stop.Cancel();
            _task.Wait();
            return (_peak - _start, _heap, _live, _full);
        }

        public void Dispose() => _stop.Dispose();
    }
}
