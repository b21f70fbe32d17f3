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
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kechuang.Bench;

/// <summary>
/// A province on PostgreSQL for the load drill (docs/deploy.md, 省级数据与压力测试): 浙江省, its cities and counties as the
/// division list has them, enterprises with three years of figures over every county, three years of technology
/// contracts through the contract import, monthly indicator figures for every county and city, and a staff and a
/// leader user for every bureau. The generators are the benches' own; each step skips what an earlier run loaded,
/// so a run killed halfway finishes the job next time.
/// </summary>
internal static class ProvinceBench
{
    public const string Province = "330000";
    public const string Password = SeedDemoData.Password;
    private static readonly Caller ProvinceAdmin = new("bench", "bench", new HashSet<string> { Roles.Admin }, RegionCode.Parse(Province), null);

    public static async Task<int> RunAsync(string? postgres)
    {
        if (postgres is null)
        {
            Console.Error.WriteLine("province: pass a PostgreSQL connection string (e.g. \"Host=127.0.0.1;Port=55500;Username=postgres;Password=postgres;Database=kechuang_province\") or set KECHUANG_TEST_PG");
            return 2;
        }
        var builder = new NpgsqlConnectionStringBuilder(postgres);
        if (string.IsNullOrEmpty(builder.Database) || builder.Database == "postgres")
        {
            builder.Database = "kechuang_province";
        }
        // Import statements on three million rows run longer than Npgsql's 30 s default.
        builder.CommandTimeout = 3600;
        var target = DatabaseTarget.Parse(builder.ConnectionString);
        var enterprises = Size("KECHUANG_PROVINCE_ENTERPRISES", 200_000);
        var contractsPerYear = Size("KECHUANG_PROVINCE_CONTRACTS_PER_YEAR", 1_000_000);
        var today = Common.ChinaClock.TodayInChina(TimeProvider.System);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"province {Province} into {target.Display}: {enterprises:N0} enterprises, 3 × {contractsPerYear:N0} contracts, indicators and users for every bureau"));

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(target);
        services.AddScoped<ICurrentUser>(_ => new SystemUser("bench"));
        services.AddKechuangCore();
        await using var provider = services.BuildServiceProvider();
        var plain = new DbContextOptionsBuilder<KechuangDbContext>();
        plain.UseKechuangDatabase(target);
        var total = Stopwatch.StartNew();

        // As the first start of `kechuang serve` does it: migrations, the division list, the roles, `admin`.
        await StepAsync("migrations, regions, roles", async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<InitializeDatabase>().HandleAsync(Password);
            return result.AdminCreated ? "admin created with the known password" : "already initialised";
        });

        List<Region> counties, cities;
        await using (var db = new KechuangDbContext(plain.Options))
        {
            var regions = await db.Regions.AsNoTracking().Where(r => r.Code.StartsWith("33") && r.RetiredOn == null).ToListAsync();
            counties = regions.Where(r => r.Level == RegionLevel.County).OrderBy(r => r.Code).ToList();
            cities = regions.Where(r => r.Level == RegionLevel.Prefecture).OrderBy(r => r.Code).ToList();
        }
        Console.WriteLine($"浙江省: {cities.Count} cities, {counties.Count} counties");

        await StepAsync("enterprises with 3 years of figures", async () =>
        {
            await using var db = new KechuangDbContext(plain.Options);
            var existing = await db.Enterprises.CountAsync(e => e.RegionCode.StartsWith("33"));
            if (existing >= enterprises)
            {
                return $"skipped: {existing:N0} there";
            }
            await EnterpriseBench.GenerateAsync(plain.Options, enterprises, today, from: existing);
            return $"{enterprises - existing:N0} added to {existing:N0}";
        });

        try
        {
            await ContractsAsync(provider, target, counties, contractsPerYear, today);
        }
        catch (ProvinceRefused e)
        {
            Console.Error.WriteLine("province: " + e.Message);
            return 1;
        }

        await StepAsync("monthly indicator figures and targets", async () =>
        {
            await using var db = new KechuangDbContext(plain.Options);
            var bureaus = counties.Concat(cities).Select(r => r.Code).Append(Province).ToList();
            var done = await db.IndicatorValues.Where(v => v.RegionCode.StartsWith("33")).Select(v => v.RegionCode).Distinct().ToListAsync();
            var missing = bureaus.Except(done).ToList();
            if (missing.Count == 0)
            {
                return $"skipped: all {bureaus.Count} bureaus have figures";
            }
            var figures = await IndicatorBench.FiguresAsync(plain.Options, today, missing, years: 3);
            return $"{figures:N0} monthly figures for {missing.Count} bureaus";
        });

        await StepAsync("users", async () => $"{await UsersAsync(provider, counties, cities)} created");

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalSeconds:0.0} s"));
        await CountsAsync(plain.Options);
        return 0;
    }

    /// <summary>Each year's contracts as one CSV through the contract import (checks, upsert, rollup), as a registry loads its register.</summary>
    private static async Task ContractsAsync(ServiceProvider provider, DatabaseTarget target, List<Region> counties, int perYear, DateOnly today)
    {
        var sellers = counties.Select(c => ContractGenerator.Sellers(c.Code, c.Name, 2000, int.Parse(c.Code, CultureInfo.InvariantCulture))).ToList();
        // One generator through the three years: 登记编号 run on per county and year, so a year loaded alone never
        // reuses a number an earlier year's import gave (the import would update that contract instead).
        var generator = new ContractGenerator(seed: 2026, today);
        var random = new Random(2026);
        for (var year = today.Year - 2; year <= today.Year; year++)
        {
            var first = new DateOnly(year, 1, 1);
            // Received at least 31 days ago, so all are decided by today (ContractGenerator: within 30 days).
            var last = year == today.Year ? today.AddDays(-31) : new DateOnly(year, 12, 31);
            await StepAsync($"contracts received in {year}", async () =>
            {
                long existing;
                await using (var scope = provider.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
                    existing = await db.TechContracts.LongCountAsync(c => c.SellerRegionCode.StartsWith("33") && c.ReceivedOn >= first && c.ReceivedOn <= last);
                }
                if (existing >= perYear)
                {
                    await ContractBench.WriteCsvAsync(null, generator, random, sellers, perYear, first, last);
                    return $"skipped: {existing:N0} there";
                }
                if (existing > 0)
                {
                    throw new ProvinceRefused(
                        $"{year} has {existing:N0} contracts, not 0 or {perYear:N0}: another size was loaded before; drop the database ({target.Display}) or load the same size");
                }
                var csv = Path.Combine(Path.GetTempPath(), $"kc-province-{year}-{Guid.NewGuid():N}.csv");
                try
                {
                    var writing = Stopwatch.StartNew();
                    await using (var writer = new StreamWriter(csv, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16))
                    {
                        await ContractBench.WriteCsvAsync(writer, generator, random, sellers, perYear, first, last);
                    }
                    var written = writing.Elapsed;
                    var importing = Stopwatch.StartNew();
                    ImportReport report;
                    await using (var scope = provider.CreateAsyncScope())
                    await using (var input = new FileStream(csv, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
                    {
                        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
                        // The bench's upload cap: a million rows are ~220 MB, above the 200 MB a browser may send.
                        report = await new ImportContracts(db, TimeProvider.System, new SystemUser("bench"), ContractBench.Limits)
                            .HandleAsync(ProvinceAdmin, input, new ImportOptions());
                    }
                    if (report.Created != perYear)
                    {
                        throw new InvalidOperationException($"import created {report.Created} of {perYear}: {report.Summary} {string.Join("; ", report.Errors.Take(5))}");
                    }
                    return string.Create(CultureInfo.InvariantCulture,
                        $"{report.Created:N0} imported (CSV written in {written.TotalSeconds:0.0} s, import {importing.Elapsed.TotalSeconds:0.0} s)");
                }
                finally
                {
                    File.Delete(csv);
                }
            });
        }
    }

    /// <summary>
    /// A staff user s{code} and a leader l{code} for every county, city and the province, through the use case an
    /// administrator uses; all with the one known password.
    /// </summary>
    private static async Task<int> UsersAsync(ServiceProvider provider, List<Region> counties, List<Region> cities)
    {
        HashSet<string> existing;
        await using (var scope = provider.CreateAsyncScope())
        {
            existing = (await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Users.Select(u => u.UserName!).ToListAsync()).ToHashSet();
        }
        var bureaus = counties.Concat(cities).Select(r => (r.Code, r.Name)).Prepend((Province, "浙江省")).ToList();
        var created = 0;
        foreach (var (code, name) in bureaus)
        {
            foreach (var (prefix, role, title) in new[] { ("s", Roles.Staff, "科室人员"), ("l", Roles.Leader, "局领导") })
            {
                var userName = prefix + code;
                if (existing.Contains(userName))
                {
                    continue;
                }
                await using var scope = provider.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CreateUser>().HandleAsync(ProvinceAdmin,
                    new CreateUserRequest(userName, $"{name}{title}", Password, code, [role]));
                created++;
            }
        }
        return created;
    }

    private static async Task CountsAsync(DbContextOptions<KechuangDbContext> options)
    {
        await using var db = new KechuangDbContext(options);
        var counts = new (string Name, long Count)[]
        {
            ("regions under 33", await db.Regions.LongCountAsync(r => r.Code.StartsWith("33"))),
            ("enterprises", await db.Enterprises.LongCountAsync()),
            ("enterprise years (facts)", await db.EnterpriseYears.LongCountAsync()),
            ("qualifications", await db.Qualifications.LongCountAsync()),
            ("technology contracts", await db.TechContracts.LongCountAsync()),
            ("  of them registered", await db.TechContracts.LongCountAsync(c => c.Status == ContractStatus.Registered)),
            ("indicators", await db.Indicators.LongCountAsync()),
            ("indicator values (monthly)", await db.IndicatorValues.LongCountAsync()),
            ("indicator targets", await db.IndicatorTargets.LongCountAsync()),
            ("users", await db.Users.LongCountAsync()),
        };
        Console.WriteLine("row counts:");
        foreach (var (name, count) in counts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-28} {count,12:N0}"));
        }
    }

    private static async Task StepAsync(string name, Func<Task<string>> step)
    {
        var clock = Stopwatch.StartNew();
        var what = await step();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {what} — {clock.Elapsed.TotalSeconds:0.0} s"));
    }

    private static int Size(string variable, int fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}

/// <summary>The database holds another size of province than asked for: the run stops with a message, not a stack.</summary>
internal sealed class ProvinceRefused(string message) : Exception(message);
