using System.Diagnostics;
using System.Globalization;
using Kechuang.Audit;
using Kechuang.Common.Excel;
using Kechuang.Contracts.Import;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Kechuang.Reports.Output;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kechuang.Bench;

/// <summary>
/// The work summary's figure (docs/reports.md, ADR 0011): drafting a county's annual summary with its .docx at province data size (a province-sized
/// enterprise register, 12 counties × 40 indicators × 5 years, a contract register) — first call and warm — next to
/// one hand-written SQL query over the same registers (the contract and HTE figures of the county and year).
/// </summary>
internal static class SummaryBench
{
    private const string County = "330326";
    private static readonly Caller Leader = new("bench", "bench", new HashSet<string> { Roles.Leader }, RegionCode.Parse("330300"), null);
    private static readonly Caller Nation = new("bench", "bench", new HashSet<string> { Roles.Admin }, RegionCode.Country, null);

    public static async Task RunAsync(int enterprises, int contracts, string? postgres)
    {
        await RunOnAsync("SQLite", DatabaseTarget.Parse(Path.Combine(Path.GetTempPath(), $"kc-bench-{Guid.NewGuid():N}.db")), enterprises, contracts);
        if (postgres is not null)
        {
            await RunOnAsync("PostgreSQL", DatabaseTarget.Parse(new NpgsqlConnectionStringBuilder(postgres) { Database = $"kc_bench_{Guid.NewGuid():N}" }.ConnectionString), enterprises, contracts);
        }
        else
        {
            Console.WriteLine("PostgreSQL: skipped (pass a connection string or set KECHUANG_TEST_PG)");
        }
    }

    private static async Task RunOnAsync(string name, DatabaseTarget target, int enterprises, int contracts)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(target);
        services.AddScoped<ICurrentUser>(_ => new SystemUser("bench"));
        services.AddKechuangCore();
        await using var provider = services.BuildServiceProvider();
        var today = Common.ChinaClock.TodayInChina(TimeProvider.System);
        var year = today.Year - 1;
        try
        {
            var setup = Stopwatch.StartNew();
            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
                await db.Database.MigrateAsync();
                await LoadRegions.IfEmptyAsync(db);
            }
            var plain = new DbContextOptionsBuilder<KechuangDbContext>();
            plain.UseKechuangDatabase(target);
            await EnterpriseBench.GenerateAsync(plain.Options, enterprises, today);
            await IndicatorBench.FiguresAsync(plain.Options, today);
            var csv = Path.Combine(Path.GetTempPath(), $"kc-summary-{Guid.NewGuid():N}.csv");
            await ContractBench.WriteCsvAsync(csv, contracts, today);
            await using (var scope = provider.CreateAsyncScope())
            await using (var input = File.OpenRead(csv))
            {
                await scope.ServiceProvider.GetRequiredService<ImportContracts>().HandleAsync(Nation, input, new ImportOptions());
            }
            File.Delete(csv);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {enterprises} enterprises, 40 indicators × 12 counties × 5 years, {contracts} contracts generated in {setup.Elapsed.TotalSeconds:0.0} s (setup, not measured)"));

            var times = new List<double>();
            var baseline = new List<double>();
            var size = 0;
            var figures = 0;
            for (var i = 0; i < 21; i++)
            {
                await using var scope = provider.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                var doc = await scope.ServiceProvider.GetRequiredService<GetSummary>().HandleAsync(Leader, County, year, SummaryPeriod.FullYear);
                size = SummaryDocx.Render(doc, appendix: true).Length;
                watch.Stop();
                figures = doc.Figures.Count;
                times.Add(watch.Elapsed.TotalMilliseconds);
                var sql = Stopwatch.StartNew();
                await BaselineAsync(scope.ServiceProvider.GetRequiredService<KechuangDbContext>(), year);
                baseline.Add(sql.Elapsed.TotalMilliseconds);
            }
            var warm = times.Skip(1).Order().ToList();
            var sqlWarm = baseline.Skip(1).Order().ToList();
            var p50 = warm[warm.Count / 2];
            var b50 = sqlWarm[sqlWarm.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {County} summary {year} with .docx ({figures} figures, {size / 1024.0:0} KB): first {times[0]:0} ms, warm p50 {p50:0} ms, max {warm[^1]:0} ms (goal < 1000 ms); baseline (one SQL query) first {baseline[0]:0} ms, p50 {b50:0} ms; ratio p50 {p50 / b50:0.00}×"));
        }
        finally
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Database.EnsureDeletedAsync();
        }
    }

    /// <summary>The county's contract count and amounts for the year and its new and valid HTEs, by hand in one query.</summary>
    private static async Task BaselineAsync(KechuangDbContext db, int year)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), SUM("Turnover"), SUM("TechTransaction"), 0, 0 FROM "TechContracts"
            WHERE "SellerRegionCode" = @county AND "Status" = 'registered' AND "RegisteredPeriod" BETWEEN @y * 100 + 1 AND @y * 100 + 12
            UNION ALL
            SELECT 0, 0, 0,
                   COUNT(DISTINCT CASE WHEN q."IssuedOn" >= @first THEN q."EnterpriseId" END),
                   COUNT(DISTINCT CASE WHEN (q."ExpiresOn" IS NULL OR q."ExpiresOn" >= @end) AND (q."RevokedOn" IS NULL OR q."RevokedOn" > @end) THEN q."EnterpriseId" END)
            FROM "Qualifications" q JOIN "Enterprises" e ON e."Id" = q."EnterpriseId"
            WHERE e."RegionCode" = @county AND q."Type" = '高新技术企业' AND q."IssuedOn" <= @end
            """;
        EnterpriseBench.Add(command, "@county", County);
        EnterpriseBench.Add(command, "@y", year);
        EnterpriseBench.Add(command, "@first", new DateOnly(year, 1, 1));
        EnterpriseBench.Add(command, "@end", new DateOnly(year, 12, 31));
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
            }
        }
        await connection.CloseAsync();
    }
}
