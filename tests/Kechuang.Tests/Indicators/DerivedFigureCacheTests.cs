using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Indicators;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Indicators;

/// <summary>A stale entry is recomputed once at a time, and never answers a request with figures older than the stamp it read.</summary>
public sealed class DerivedFigureCacheTests
{
    private const string Region = "330326";

    private static IReadOnlyList<DerivedFigure> Figures(decimal value, string region = Region) => [new DerivedFigure("x", region, 1, value)];

    private static Task<IReadOnlyList<DerivedFigure>> Load(DerivedFigureCache cache, long version, Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<DerivedFigure>>> compute, CancellationToken ct = default) =>
        cache.GetOrComputeAsync("k", [new(Region, version)], compute, ct);

    [Fact]
    public async Task Concurrent_requests_on_a_stale_region_share_one_computation()
    {
        var cache = new DerivedFigureCache();
        cache.Set("k", Region, 5, Figures(5));
        var calls = 0;
        var release = new TaskCompletionSource();
        async Task<IReadOnlyList<DerivedFigure>> Compute(IReadOnlyList<string> regions, CancellationToken ct)
        {
            Interlocked.Increment(ref calls);
            await release.Task;
            return Figures(6);
        }
        var requests = Enumerable.Range(0, 20).Select(_ => Task.Run(() => Load(cache, 6, Compute))).ToList();
        while (Volatile.Read(ref calls) == 0)
        {
            await Task.Delay(10);
        }
        await Task.Delay(200);   // let the others arrive at the gate; without it they would each compute
        release.SetResult();
        var answers = await Task.WhenAll(requests);
        Assert.Equal(1, calls);
        Assert.All(answers, a => Assert.Equal(6, a.Single().Value));
        Assert.Equal(0, cache.GatesInUse);
    }

    [Fact]
    public async Task A_request_that_read_a_newer_version_than_the_one_in_flight_computes_after_it()
    {
        var cache = new DerivedFigureCache();
        var calls = 0;
        var release = new TaskCompletionSource();
        var olderDone = false;
        var older = Load(cache, 5, async (_, _) =>
        {
            Interlocked.Increment(ref calls);
            await release.Task;
            olderDone = true;
            return Figures(5);
        });
        var running = 0;
        var newer = Load(cache, 6, (_, _) =>
        {
            // at most one computation per set of regions at a time: the older one has finished
            Assert.True(olderDone);
            Interlocked.Increment(ref calls);
            running++;
            return Task.FromResult(Figures(6));
        });
        Assert.False(newer.IsCompleted);
        release.SetResult();
        Assert.Equal(5, (await older).Single().Value);
        Assert.Equal(6, (await newer).Single().Value);
        Assert.Equal(2, calls);
        Assert.Equal(1, running);
        // The older request's figures never replace the newer ones, and the newer ones answer the older version too.
        cache.Set("k", Region, 5, Figures(5));
        Assert.True(cache.TryGet("k", Region, 6, out var six));
        Assert.Equal(6, six.Single().Value);
        Assert.True(cache.TryGet("k", Region, 5, out var five));
        Assert.Equal(6, five.Single().Value);
        Assert.False(cache.TryGet("k", Region, 7, out _));
    }

    [Fact]
    public async Task Only_the_stale_regions_are_computed_and_a_region_without_figures_is_remembered()
    {
        var cache = new DerivedFigureCache();
        var asked = new List<string>();
        Task<IReadOnlyList<DerivedFigure>> Compute(IReadOnlyList<string> regions, CancellationToken ct)
        {
            asked.AddRange(regions);
            // 330327 has no figures: its register is not in use there.
            return Task.FromResult<IReadOnlyList<DerivedFigure>>([.. regions.Where(r => r != "330327").Select(r => new DerivedFigure("x", r, 1, 1))]);
        }
        var first = await cache.GetOrComputeAsync("k", [new("330326", 1), new("330327", 1), new("330328", 1)], Compute, default);
        Assert.Equal(["330326", "330328"], first.Select(f => f.RegionCode).Order());
        asked.Clear();
        var second = await cache.GetOrComputeAsync("k", [new("330326", 1), new("330327", 1), new("330328", 2)], Compute, default);
        Assert.Equal(["330328"], asked);
        Assert.Equal(["330326", "330328"], second.Select(f => f.RegionCode).Order());
    }

    [Fact]
    public async Task A_cancelled_computation_hands_the_region_to_the_next_request()
    {
        var cache = new DerivedFigureCache();
        using var cancel = new CancellationTokenSource();
        var first = Load(cache, 6, async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return Figures(0);
        }, cancel.Token);
        var second = Load(cache, 6, (_, _) => Task.FromResult(Figures(6)));
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(6, (await second).Single().Value);
        Assert.Equal(0, cache.GatesInUse);
    }
}

public sealed class SqliteDerivedFiguresStampedeTests(SqliteTestDatabase db) : DerivedFiguresStampedeTests<SqliteTestDatabase>(db);

public sealed class PostgresDerivedFiguresStampedeTests(PostgresTestDatabase db) : DerivedFiguresStampedeTests<PostgresTestDatabase>(db)
{
    /// <summary>
    /// PostgreSQL allots change ids before commit, so a change that commits late may carry a lower id than one already
    /// seen. The change counts are what figures are stamped with: the late commit still raises them (SQLite commits one
    /// writer at a time and cannot interleave like this).
    /// </summary>
    [Fact]
    public async Task A_change_that_commits_after_a_newer_one_still_makes_the_figures_stale()
    {
        var cache = new DerivedFigureCache();
        await using var lateScope = Database.Scope();
        var late = lateScope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        await using var transaction = await late.Database.BeginTransactionAsync();
        RegisterChanges.Mark(late, LateRegister, Database.Clock.GetUtcNow(), LateRegion);
        await late.SaveChangesAsync();   // id taken, not committed

        await MarkAsync(LateRegister, "3303");   // a newer id, committed first (another scope: its count is another row)
        Assert.Equal(1, (await LoadAsync(cache, LateRegister, LateRegion))[LateRegion]);
        await transaction.CommitAsync();
        Assert.Equal(2, (await LoadAsync(cache, LateRegister, LateRegion))[LateRegion]);
    }
}

/// <summary>Many requests loading the same figures just after a register write run the calculator once, and see the write;
/// a write in one region leaves the others' figures cached.</summary>
public abstract class DerivedFiguresStampedeTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Code = "stampede_count";
    protected const string LateRegister = "late-test";
    protected const string LateRegion = "330383";
    private const string Ruian = "330381";
    private const string Yueqing = "330382";

    protected TDatabase Database => database;

    /// <summary>Answers each region's number of register changes so far, slowly, and counts its calls and regions.</summary>
    private sealed class CountingCalculator(KechuangDbContext db, string register) : IIndicatorCalculator
    {
        public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Calls = new();

        public string Register => register;

        public IReadOnlyCollection<string> Codes { get; } = [Code];

        public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
        {
            await Task.Delay(300, ct);   // long enough for every request to find the region stale
            var figures = new List<DerivedFigure>();
            foreach (var region in query.Regions)
            {
                Calls.AddOrUpdate(register + region.Value, 1, (_, n) => n + 1);
                var changes = db.RegisterChanges.Where(c => c.Register == register).AsEnumerable()
                    .Count(c => c.Scope.StartsWith(region.ScopePrefix, StringComparison.Ordinal) || region.ScopePrefix.StartsWith(c.Scope, StringComparison.Ordinal));
                figures.Add(new DerivedFigure(Code, region.Value, 1, changes));
            }
            return figures;
        }
    }

    protected Task<Dictionary<string, decimal>> LoadAsync(DerivedFigureCache cache, string register, params string[] regions) =>
        LoadAsync(cache, register, 2025, regions);

    protected async Task<Dictionary<string, decimal>> LoadAsync(DerivedFigureCache cache, string register, int year, params string[] regions)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var indicator = new Indicator { Code = Code, Name = "测试", Unit = "家", Kind = IndicatorWords.Flow };
        var figures = new DerivedFigures(db, [new CountingCalculator(db, register)], cache, database.Clock);
        var loaded = await figures.LoadAsync([indicator], [.. regions.Select(RegionCode.Parse)], [year], default);
        return loaded.ToDictionary(f => f.Key.Region, f => f.Value);
    }

    protected async Task MarkAsync(string register, string scope, int year = 0)
    {
        await using var serviceScope = database.Scope();
        var db = serviceScope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        RegisterChanges.Mark(db, register, database.Clock.GetUtcNow(), scope, year);
        await db.SaveChangesAsync();
    }

    private static int CallsFor(string register, string region) => CountingCalculator.Calls.GetValueOrDefault(register + region);

    [Fact]
    public async Task A_change_of_one_year_leaves_the_other_years_cached()
    {
        const string register = "year-test";
        var cache = new DerivedFigureCache();
        await LoadAsync(cache, register, 2024, Ruian);
        await LoadAsync(cache, register, 2025, Ruian);
        Assert.Equal(2, CallsFor(register, Ruian));

        await MarkAsync(register, Ruian, 2025);   // a year's facts
        await LoadAsync(cache, register, 2024, Ruian);
        Assert.Equal(2, CallsFor(register, Ruian));   // 2024 still cached
        await LoadAsync(cache, register, 2025, Ruian);
        Assert.Equal(3, CallsFor(register, Ruian));

        await MarkAsync(register, Ruian);   // a change for every year (a title, the enterprise itself)
        await LoadAsync(cache, register, 2024, Ruian);
        Assert.Equal(4, CallsFor(register, Ruian));
    }

    [Fact]
    public async Task Concurrent_loads_after_a_write_compute_once_and_show_the_write()
    {
        const string register = "stampede-test";
        var cache = new DerivedFigureCache();
        async Task<List<decimal>> LoadMany() => [.. (await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => LoadAsync(cache, register, Ruian))))).Select(f => f[Ruian])];
        Assert.All(await LoadMany(), v => Assert.Equal(0, v));
        Assert.Equal(1, CallsFor(register, Ruian));

        await MarkAsync(register, Ruian);
        Assert.All(await LoadMany(), v => Assert.Equal(1, v));
        Assert.Equal(2, CallsFor(register, Ruian));
    }

    [Fact]
    public async Task A_write_in_one_county_recomputes_that_county_and_its_city_only()
    {
        const string register = "scoped-test";
        var cache = new DerivedFigureCache();
        string[] regions = [Ruian, Yueqing, "330300"];
        await LoadAsync(cache, register, regions);
        Assert.All(regions, r => Assert.Equal(1, CallsFor(register, r)));

        await MarkAsync(register, Ruian);
        var figures = await LoadAsync(cache, register, regions);
        Assert.Equal(1, figures[Ruian]);
        Assert.Equal(0, figures[Yueqing]);
        Assert.Equal(1, figures["330300"]);
        Assert.Equal(2, CallsFor(register, Ruian));
        Assert.Equal(1, CallsFor(register, Yueqing));   // untouched: still cached
        Assert.Equal(2, CallsFor(register, "330300"));

        await MarkAsync(register, "");   // a change that cannot say where: every region
        figures = await LoadAsync(cache, register, regions);
        Assert.Equal(1, figures[Yueqing]);
        Assert.All(regions, r => Assert.Equal(r == Yueqing ? 2 : 3, CallsFor(register, r)));
    }

    [Fact]
    public async Task Saving_a_record_marks_the_regions_it_counts_in()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        async Task<string> NewestScope(string register) =>
            (await db.RegisterChanges.AsNoTracking().Where(c => c.Register == register).OrderByDescending(c => c.Id).FirstAsync()).Scope;

        var enterprise = new Enterprise { Name = "区域戳测试有限公司" + Guid.NewGuid().ToString("N")[..6], Uscc = Contracts.ContractBuilder.NewUscc(Ruian), RegionCode = Ruian };
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        Assert.Equal(Ruian, await NewestScope(EnterpriseIndicators.RegisterName));

        db.EnterpriseYears.Add(new EnterpriseYear { EnterpriseId = enterprise.Id, Year = 2025, Staff = 10 });
        await db.SaveChangesAsync();
        Assert.Equal(Ruian, await NewestScope(EnterpriseIndicators.RegisterName));   // the tracked enterprise tells the region
        Assert.Equal(2025, (await db.RegisterChanges.AsNoTracking().OrderByDescending(c => c.Id).FirstAsync(c => c.Register == EnterpriseIndicators.RegisterName)).Year);

        enterprise.RegionCode = Yueqing;   // moved: both counties' figures change
        await db.SaveChangesAsync();
        Assert.Equal("33038", await NewestScope(EnterpriseIndicators.RegisterName));

        var versions = await RegisterChanges.VersionsAsync(db, [EnterpriseIndicators.RegisterName], default);
        var mine = versions[EnterpriseIndicators.RegisterName].ToList();
        Assert.True(RegisterChanges.VersionFor(mine, "330381") >= 3);
        Assert.True(RegisterChanges.VersionFor(mine, "330381") > RegisterChanges.VersionFor(mine, "330326"));
    }
}
