using System.Diagnostics;
using System.Globalization;
using Kechuang.Audit;
using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kechuang.Bench;

/// <summary>
/// Region loading at first start: the module's bulk path against plain EF (the path it replaces), and against a
/// baseline on the database's own fastest path measured in the same run (PostgreSQL COPY; SQLite one prepared
/// INSERT in one transaction, written by hand).
/// </summary>
internal static class RegionBench
{
    public static async Task RunAsync(string? postgres)
    {
        var regions = RegionCatalog.Load();
        Console.WriteLine($"regions: {regions.Count}");

        await Measure("SQLite", () => DatabaseTarget.Parse(Path.Combine(Path.GetTempPath(), $"kc-bench-{Guid.NewGuid():N}.db")));
        if (postgres is not null)
        {
            await Measure("PostgreSQL", () => DatabaseTarget.Parse(new NpgsqlConnectionStringBuilder(postgres) { Database = $"kc_bench_{Guid.NewGuid():N}" }.ConnectionString));
        }
        else
        {
            Console.WriteLine("PostgreSQL: skipped (pass a connection string or set KECHUANG_TEST_PG)");
        }

        async Task Measure(string name, Func<DatabaseTarget> newDatabase)
        {
            // One warm-up round for the JIT, then the mean of three.
            double bulk = 0, ef = 0, baseline = 0;
            for (var round = 0; round < 4; round++)
            {
                var b = await Time(newDatabase(), db => LoadRegions.InsertAsync(db, regions));
                var e = await Time(newDatabase(), async db =>
                {
                    db.Regions.AddRange(regions.Select(r => new Region { Code = r.Code, Name = r.Name, Level = r.Level, ParentCode = r.ParentCode }));
                    await db.SaveChangesAsync();
                });
                var l = await Time(newDatabase(), Baseline);
                if (round > 0)
                {
                    bulk += b / 3;
                    ef += e / 3;
                    baseline += l / 3;
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: baseline {baseline:0} ms · bulk path {bulk:0} ms ({bulk / baseline:0.00}× baseline) · EF AddRange {ef:0} ms ({ef / baseline:0.00}× baseline)"));
        }

        async Task<double> Time(DatabaseTarget target, Func<KechuangDbContext, Task> load)
        {
            var options = DatabaseSetup.Options(target, new SystemUser(), TimeProvider.System);
            await using (var setup = new KechuangDbContext(options))
            {
                await setup.Database.MigrateAsync();
            }
            await using var db = new KechuangDbContext(options);
            var clock = Stopwatch.StartNew();
            await load(db);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (await db.Regions.CountAsync() != regions.Count)
            {
                throw new InvalidOperationException("load incomplete");
            }
            await db.Database.EnsureDeletedAsync();
            return elapsed;
        }

        // The baseline: the database's own fastest plain path, no EF, no Kechuang code.
        async Task Baseline(KechuangDbContext db)
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            if (connection is NpgsqlConnection pg)
            {
                await using var writer = await pg.BeginTextImportAsync("""COPY "Regions" ("Code", "Name", "Level", "ParentCode") FROM STDIN""");
                foreach (var r in regions)
                {
                    await writer.WriteLineAsync($"{r.Code}\t{r.Name}\t{(int)r.Level}\t{r.ParentCode ?? "\\N"}");
                }
                return;
            }
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """INSERT INTO "Regions" ("Code", "Name", "Level", "ParentCode") VALUES (@c, @n, @l, @p)""";
            var parameters = new[] { "@c", "@n", "@l", "@p" }.Select(n => { var p = command.CreateParameter(); p.ParameterName = n; command.Parameters.Add(p); return p; }).ToArray();
            foreach (var r in regions)
            {
                parameters[0].Value = r.Code;
                parameters[1].Value = r.Name;
                parameters[2].Value = (int)r.Level;
                parameters[3].Value = (object?)r.ParentCode ?? DBNull.Value;
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
    }
}
