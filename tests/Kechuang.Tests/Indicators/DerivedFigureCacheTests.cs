using Kechuang.Data;
using Kechuang.Indicators;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Indicators;

/// <summary>A stale entry is recomputed once at a time, and never answers a request with figures older than the stamp it read.</summary>
public sealed class DerivedFigureCacheTests
{
    private static readonly DerivedFigureCache.Stamp Five = new(5, 0);
    private static readonly DerivedFigureCache.Stamp Six = new(6, 0);

    private static IReadOnlyList<DerivedFigure> Figures(decimal value) => [new DerivedFigure("x", "330326", 1, value)];

    [Fact]
    public async Task Concurrent_requests_on_a_stale_key_share_one_computation()
    {
        var cache = new DerivedFigureCache();
        cache.Set("k", Five, Figures(5));
        var calls = 0;
        var release = new TaskCompletionSource();
        async Task<IReadOnlyList<DerivedFigure>> Compute(CancellationToken ct)
        {
            Interlocked.Increment(ref calls);
            await release.Task;
            return Figures(6);
        }
        var requests = Enumerable.Range(0, 20).Select(_ => Task.Run(() => cache.GetOrComputeAsync("k", Six, Compute, default))).ToList();
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
    public async Task A_request_that_read_a_newer_stamp_than_the_one_in_flight_computes_after_it()
    {
        var cache = new DerivedFigureCache();
        var calls = 0;
        var release = new TaskCompletionSource();
        var olderDone = false;
        var older = cache.GetOrComputeAsync("k", Five, async _ =>
        {
            Interlocked.Increment(ref calls);
            await release.Task;
            olderDone = true;
            return Figures(5);
        }, default);
        var running = 0;
        var newer = cache.GetOrComputeAsync("k", Six, _ =>
        {
            // at most one computation per key at a time: the older one has finished
            Assert.True(olderDone);
            Interlocked.Increment(ref calls);
            running++;
            return Task.FromResult(Figures(6));
        }, default);
        Assert.False(newer.IsCompleted);
        release.SetResult();
        Assert.Equal(5, (await older).Single().Value);
        Assert.Equal(6, (await newer).Single().Value);
        Assert.Equal(2, calls);
        Assert.Equal(1, running);
        // The older request's figures never replace the newer ones, and the newer ones answer the older stamp too.
        cache.Set("k", Five, Figures(5));
        Assert.True(cache.TryGet("k", Six, out var six));
        Assert.Equal(6, six.Single().Value);
        Assert.True(cache.TryGet("k", Five, out var five));
        Assert.Equal(6, five.Single().Value);
        Assert.False(cache.TryGet("k", new(6, 1), out _));   // a notification heard since: stale
    }

    [Fact]
    public async Task A_cancelled_computation_hands_the_key_to_the_next_request()
    {
        var cache = new DerivedFigureCache();
        using var cancel = new CancellationTokenSource();
        var first = cache.GetOrComputeAsync("k", Six, async ct =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return Figures(0);
        }, cancel.Token);
        var second = cache.GetOrComputeAsync("k", Six, _ => Task.FromResult(Figures(6)), default);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(6, (await second).Single().Value);
        Assert.Equal(0, cache.GatesInUse);
    }
}

public sealed class SqliteDerivedFiguresStampedeTests(SqliteTestDatabase db) : DerivedFiguresStampedeTests<SqliteTestDatabase>(db);

public sealed class PostgresDerivedFiguresStampedeTests(PostgresTestDatabase db) : DerivedFiguresStampedeTests<PostgresTestDatabase>(db);

/// <summary>Many requests loading the same figures just after a register write run the calculator once, and see the write.</summary>
public abstract class DerivedFiguresStampedeTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Register = "stampede-test";
    private const string Code = "stampede_count";

    /// <summary>Answers the number of register changes so far, slowly, and counts its calls.</summary>
    private sealed class CountingCalculator(KechuangDbContext db) : IIndicatorCalculator
    {
        public static int Calls;

        public string Register => DerivedFiguresStampedeTests<TDatabase>.Register;

        public IReadOnlyCollection<string> Codes { get; } = [Code];

        public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
        {
            Interlocked.Increment(ref Calls);
            await Task.Delay(300, ct);   // long enough for every request to find the key stale
            var changes = db.RegisterChanges.Count(c => c.Register == Register);
            return [new DerivedFigure(Code, query.Regions[0].Value, 1, changes)];
        }
    }

    private async Task<List<decimal>> LoadManyAsync(DerivedFigureCache cache, ChangeSignals signals, int count)
    {
        var indicator = new Indicator { Code = Code, Name = "测试", Unit = "家", Kind = IndicatorWords.Flow };
        var loads = Enumerable.Range(0, count).Select(_ => Task.Run(async () =>
        {
            await using var scope = database.Scope();
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            var figures = new DerivedFigures(db, [new CountingCalculator(db)], cache, signals, database.Clock);
            var loaded = await figures.LoadAsync([indicator], [RegionCode.Parse("330381")], [2025], default);
            return loaded.Values.Single();
        }));
        return [.. await Task.WhenAll(loads)];
    }

    [Fact]
    public async Task Concurrent_loads_after_a_write_compute_once_and_show_the_write()
    {
        var cache = new DerivedFigureCache();
        var signals = new ChangeSignals(database.Target);
        signals.Listening(true);   // PostgreSQL: as if the listener were connected
        CountingCalculator.Calls = 0;
        Assert.All(await LoadManyAsync(cache, signals, 12), v => Assert.Equal(0, v));
        Assert.Equal(1, CountingCalculator.Calls);

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            RegisterChanges.Mark(db, Register, database.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        Assert.All(await LoadManyAsync(cache, signals, 12), v => Assert.Equal(1, v));
        Assert.Equal(2, CountingCalculator.Calls);
    }
}
