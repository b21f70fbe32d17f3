using System.Diagnostics;
using System.Globalization;
using Kechuang.Audit;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kechuang.Bench;

/// <summary>
/// The assessment matrix's figure (ADR 0008): the county × indicator matrix of a city (温州, 12 counties × 40 indicators × 5 years of
/// months, plus the indicators derived from a province-sized enterprise register), server time, warm — next to
/// one hand-written SQL query computing the same reported figures, targets, last year's figures, ranks and
/// derived HTE counts, measured in the same run.
/// </summary>
internal static class IndicatorBench
{
    private const string City = "330300";
    private static readonly Caller CityUser = new("bench", "bench", new HashSet<string> { Roles.Leader }, RegionCode.Parse(City), null);

    public static async Task RunAsync(int enterprises, string? postgres)
    {
        await RunOnAsync("SQLite", DatabaseTarget.Parse(Path.Combine(Path.GetTempPath(), $"kc-bench-{Guid.NewGuid():N}.db")), enterprises);
        if (postgres is not null)
        {
            await RunOnAsync("PostgreSQL", DatabaseTarget.Parse(new NpgsqlConnectionStringBuilder(postgres) { Database = $"kc_bench_{Guid.NewGuid():N}" }.ConnectionString), enterprises);
        }
        else
        {
            Console.WriteLine("PostgreSQL: skipped (pass a connection string or set KECHUANG_TEST_PG)");
        }
    }

    private static async Task RunOnAsync(string name, DatabaseTarget target, int enterprises)
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
            var setup = Stopwatch.StartNew();
            await EnterpriseBench.GenerateAsync(plain.Options, enterprises, today);
            var figures = await FiguresAsync(plain.Options, today);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {enterprises} enterprises and {figures} monthly figures generated in {setup.Elapsed.TotalSeconds:0.0} s (setup, not measured)"));

            var (year, month) = AssessmentMath.LastMonth(today);
            var cache = new DerivedFigureCache();
            var ours = new List<double>();
            var baseline = new List<double>();
            var cells = 0;
            var sqlRows = 0;
            for (var i = 0; i < 60; i++)
            {
                await using var db = new KechuangDbContext(options);
                var watch = Stopwatch.StartNew();
                var matrix = await new GetAssessmentMatrix(db, new DerivedFigures(db, [new EnterpriseIndicators(db), new Contracts.ContractIndicatorCalculator(db)], cache, clock), clock).HandleAsync(CityUser, City, year, month);
                watch.Stop();
                cells = matrix.Regions.Sum(r => r.Rows.Count);
                var sql = Stopwatch.StartNew();
                sqlRows = await BaselineAsync(db, year, month);
                sql.Stop();
                if (i >= 10)
                {
                    ours.Add(watch.Elapsed.TotalMilliseconds);
                    baseline.Add(sql.Elapsed.TotalMilliseconds);
                }
            }
            var p50 = ours.Order().ElementAt(ours.Count / 2);
            var b50 = baseline.Order().ElementAt(baseline.Count / 2);
            var p95 = EnterpriseBench.P95(ours);
            var b95 = EnterpriseBench.P95(baseline);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: indicator matrix of {City} ({cells} cells) warm: p50 {p50:0.0} ms, p95 {p95:0.0} ms (goal < 50 ms); baseline (one SQL query, {sqlRows} rows) p50 {b50:0.0} ms, p95 {b95:0.0} ms; ratio p50 {p50 / b50:0.00}×"));

            // Cold: right after a change of unknown region every derived figure of the register is computed again.
            var cold = new List<double>();
            for (var i = 0; i < 10; i++)
            {
                await using var db = new KechuangDbContext(options);
                db.RegisterChanges.Add(new RegisterChange { Register = EnterpriseIndicators.RegisterName, At = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync();
                var watch = Stopwatch.StartNew();
                await new GetAssessmentMatrix(db, new DerivedFigures(db, [new EnterpriseIndicators(db), new Contracts.ContractIndicatorCalculator(db)], cache, clock), clock).HandleAsync(CityUser, City, year, month);
                cold.Add(watch.Elapsed.TotalMilliseconds);
            }
            var c50 = cold.Order().ElementAt(cold.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: the same matrix right after a register change (derived figures recomputed): p50 {c50:0.0} ms; ratio to the baseline p50 {c50 / b50:0.00}×"));
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

    /// <summary>40 reported indicators (the catalogue's plus bench ones), 12 counties, 5 years of months and targets.</summary>
    internal static Task<int> FiguresAsync(DbContextOptions<KechuangDbContext> options, DateOnly today) => FiguresAsync(options, today, null, 5);

    /// <summary>The same figures for <paramref name="regions"/> (the city's counties when null), over <paramref name="years"/> years up to last month.</summary>
    internal static async Task<int> FiguresAsync(DbContextOptions<KechuangDbContext> options, DateOnly today, IReadOnlyList<string>? regions, int years)
    {
        await using var db = new KechuangDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var reported = await db.Indicators.Where(i => i.Source == IndicatorWords.Reported).Select(i => i.Code).ToListAsync();
        for (var n = reported.Count; n < 40; n++)
        {
            var code = $"bench_{n}";
            db.Indicators.Add(new Indicator { Code = code, Name = $"基准测试指标{n}", Unit = "万元", Kind = IndicatorWords.Flow, SortOrder = 100 + n });
            reported.Add(code);
        }
        var counties = regions ?? await db.Regions.Where(r => r.ParentCode == City).Select(r => r.Code).ToListAsync();
        var random = new Random(4);
        var count = 0;
        var (lastYear, lastMonth) = AssessmentMath.LastMonth(today);
        foreach (var county in counties)
        {
            foreach (var code in reported)
            {
                for (var year = lastYear - years + 1; year <= lastYear; year++)
                {
                    var annual = (decimal)(random.NextDouble() * 1000);
                    db.IndicatorTargets.Add(new IndicatorTarget { IndicatorCode = code, RegionCode = county, Year = year, Value = decimal.Round(annual, 2) });
                    for (var month = 1; month <= (year == lastYear ? lastMonth : 12); month++)
                    {
                        db.IndicatorValues.Add(new IndicatorValue
                        {
                            IndicatorCode = code, RegionCode = county, Year = year, Month = month, Value = decimal.Round(annual * month / 12, 2),
                        });
                        count++;
                    }
                }
            }
        }
        await db.SaveChangesAsync();
        return count;
    }

    /// <summary>The baseline: reported figures with target, last year and rank by window function, and the HTE counts, in one query.</summary>
    private static async Task<int> BaselineAsync(KechuangDbContext db, int year, int month)
    {
        var first = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            WITH cur AS (SELECT "IndicatorCode" AS c, "RegionCode" AS r, "Value" AS v FROM "IndicatorValues" WHERE "Year" = @y AND "Month" = @m AND "RegionCode" LIKE '3303%'),
                 prev AS (SELECT "IndicatorCode" AS c, "RegionCode" AS r, "Value" AS v FROM "IndicatorValues" WHERE "Year" = @y - 1 AND "Month" = @m AND "RegionCode" LIKE '3303%'),
                 tgt AS (SELECT "IndicatorCode" AS c, "RegionCode" AS r, "Value" AS v FROM "IndicatorTargets" WHERE "Year" = @y AND "RegionCode" LIKE '3303%'),
                 hte AS (SELECT e."RegionCode" AS r,
                                COUNT(DISTINCT CASE WHEN q."IssuedOn" >= @first AND q."IssuedOn" <= @end THEN q."EnterpriseId" END) AS fresh,
                                COUNT(DISTINCT CASE WHEN q."IssuedOn" <= @end AND (q."ExpiresOn" IS NULL OR q."ExpiresOn" >= @end)
                                                     AND (q."RevokedOn" IS NULL OR q."RevokedOn" > @end) THEN q."EnterpriseId" END) AS valid
                         FROM "Qualifications" q JOIN "Enterprises" e ON e."Id" = q."EnterpriseId"
                         WHERE q."Type" = '高新技术企业' AND e."RegionCode" LIKE '3303%' GROUP BY e."RegionCode")
            SELECT cur.c, cur.r, cur.v, tgt.v, prev.v, RANK() OVER (PARTITION BY cur.c ORDER BY cur.v DESC)
            FROM cur LEFT JOIN tgt ON tgt.c = cur.c AND tgt.r = cur.r LEFT JOIN prev ON prev.c = cur.c AND prev.r = cur.r
            UNION ALL
            SELECT 'hte', r, fresh, valid, NULL, RANK() OVER (ORDER BY valid DESC) FROM hte
            """;
        Add(command, "@y", year);
        Add(command, "@m", month);
        Add(command, "@first", first);
        Add(command, "@end", end);
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

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
