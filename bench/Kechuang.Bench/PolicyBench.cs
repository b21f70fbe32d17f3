using System.Diagnostics;
using System.Globalization;
using Kechuang.Audit;
using Kechuang.Data;
using Kechuang.Policies;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kechuang.Bench;

/// <summary>
/// 政策兑现 (docs/domain.md §7.5, ADR 0021): 20 clauses evaluated for every enterprise of a province-sized register with a
/// trace — the facts read once through the use case's named queries, then the calculator — next to one hand-written SQL
/// query reading the same facts (enterprises, two years of figures, the two titles), measured in the same run. Goal:
/// under 10 s. Memory is the managed heap allocated during the evaluation and the process's peak working set.
/// </summary>
internal static class PolicyBench
{
    private static readonly (string Condition, string Amount, decimal? Cap)[] Shapes =
    [
        ("hte_new", "100000", null),
        ("hte_valid && rd >= 3000000", "rd * 0.05", 500_000m),
        ("rd > rd_prev && rd >= 1000000", "(rd - rd_prev) * 0.1", 300_000m),
        ("techsme_new", "20000", null),
        ("techsme_valid && sales >= 5000000", "Min(sales * 0.001, 50000)", null),
        ("contracts_sold >= 1000000", "contracts_sold * 0.01", 200_000m),
        ("staff > 0 && tech_staff / staff >= 0.1", "tech_staff * 1000", 100_000m),
        ("high_tech_income >= sales * 0.6", "if(hte_valid, 30000, 10000)", null),
        ("sales > sales_prev * 1.2", "Max((sales - sales_prev) * 0.005, 5000)", 200_000m),
        ("hte_valid || techsme_valid", "rd * 0.02", 100_000m),
    ];

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
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {enterprises} enterprises generated in {setup.Elapsed.TotalSeconds:0.0} s (setup, not measured)"));
            var year = today.Year - 1;
            var clauses = Enumerable.Range(0, 20).Select(i =>
            {
                var (condition, amount, cap) = Shapes[i % Shapes.Length];
                return new PolicyClause
                {
                    Code = $"B{i:D2}", Name = "基准条款" + i, RegionCode = "330000", Year = year, Condition = condition, Amount = amount, Cap = cap,
                    Budget = i % 4 == 0 ? 5_000_000m : null, OverBudget = i % 8 == 0 ? PolicyRules.InOrder : PolicyRules.Prorate, AutoGrant = true,
                };
            }).ToList();

            for (var round = 0; round < 2; round++)   // the first warms up
            {
                await using var db = new KechuangDbContext(options);
                GC.Collect();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var ours = Stopwatch.StartNew();
                var facts = await PolicyRuns.FactsAsync(db, RegionCode.Parse("330000"), year, CancellationToken.None);
                var read = ours.Elapsed;
                var runs = new List<ClauseRun>();
                foreach (var clause in clauses)
                {
                    runs.Add(await PolicyRuns.RunAsync(db, clause, year, null, null, fixedBudget: true, CancellationToken.None));
                }
                var results = PolicyCalculator.ComputeAll(runs, facts);
                ours.Stop();
                var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                var eligible = results.Sum(r => r.Count(b => b.Status == Beneficiary.Eligible));
                var unknown = results.Sum(r => r.Count(b => b.Status == Beneficiary.Unknown));
                var lines = results.Sum(r => r.Sum(b => b.Steps));
                // The trace's text is written when a row is opened or exported; writing all of it is measured apart.
                var written = Stopwatch.StartNew();
                var texts = results.Sum(r => r.Sum(b => b.Trace.Count));
                written.Stop();
                var baseline = Stopwatch.StartNew();
                var rows = await BaselineAsync(db, year);
                baseline.Stop();
                if (round == 1)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name}: 20 clauses × {facts.Enterprises.Count} enterprises with a trace: {ours.Elapsed.TotalSeconds:0.00} s (goal < 10 s; facts read {read.TotalSeconds:0.00} s), {eligible} eligible and {unknown} unknown, {lines} trace lines kept as values; allocated {bytes / 1048576.0:0} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB"));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name}: writing all {texts} trace lines as text (export of every list) {written.Elapsed.TotalSeconds:0.00} s more"));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name}: baseline (one SQL query reading the same {rows} rows) {baseline.Elapsed.TotalSeconds:0.00} s; ratio {ours.Elapsed / baseline.Elapsed:0.0}×"));
                }
            }
        }
        finally
        {
            await using var db = new KechuangDbContext(options);
            await db.Database.EnsureDeletedAsync();
        }
    }

    /// <summary>The enterprises of the province with the two years' figures and their 高企 and 科技型中小企业 titles, read to the end.</summary>
    private static async Task<int> BaselineAsync(KechuangDbContext db, int year)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT e."Id", e."Name", e."Uscc", e."RegionCode", f."Id", f."Year", f."Staff", f."TechStaff", f."SalesRevenue", f."RdExpense", f."HighTechIncome",
                   q."Id", q."Type", q."Number", q."IssuedOn", q."ExpiresOn", q."RevokedOn"
            FROM "Enterprises" e
            LEFT JOIN "EnterpriseYears" f ON f."EnterpriseId" = e."Id" AND f."Year" BETWEEN {year - 1} AND {year}
            LEFT JOIN "Qualifications" q ON q."EnterpriseId" = e."Id" AND q."Type" IN ('高新技术企业', '科技型中小企业')
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
}
