using System.Diagnostics;
using System.Globalization;
using Kechuang.Market.Search;
using Kechuang.Matching;

namespace Kechuang.Bench;

/// <summary>
/// The market's index strategy (ADR 0019): for a region of N records, what a search costs when the engine is built
/// from the records on every request, against <see cref="MarketIndex"/>'s sync (compare each record's text with what
/// the engine holds, cut only the changed ones) with nothing changed and with one record changed. The database read
/// that both strategies share is not in these figures.
/// </summary>
public static class MarketBench
{
    public static async Task RunAsync(int records)
    {
        var random = new Random(20261205);
        var generator = new MatchingBench.RecordGenerator(random);
        var list = Enumerable.Range(1, records).Select(i => generator.Next($"R{i}", i % 3 == 0 ? MatchKind.Need : MatchKind.Achievement)).ToList();
        var query = new MatchSearch("机器视觉 缺陷检测", Top: 1000);
        _ = new MatchEngine().Search(query);   // jieba's dictionary loads once per process

        var rebuild = Time(5, () =>
        {
            var engine = new MatchEngine();
            engine.PutAll(list);
            engine.Search(query);
        });
        var index = new MarketIndex();
        await index.QueryAsync("bench", list, e => e.Search(query), CancellationToken.None);
        var built = new MatchEngine();
        built.PutAll(list);
        var searchOnly = Time(20, () => built.Search(query));
        var unchanged = await TimeAsync(20, () => index.QueryAsync("bench", list, e => e.Search(query), CancellationToken.None));
        var step = 0;
        var original = list[0];
        var oneChanged = await TimeAsync(20, () =>
        {
            list[0] = original with { Title = original.Title + (++step % 2 == 0 ? "" : "改进型") };
            return index.QueryAsync("bench", list, e => e.Search(query), CancellationToken.None);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"market index, {records:N0} records, median: rebuild per request {rebuild:0.0} ms; search alone {searchOnly:0.00} ms; sync + search, nothing changed {unchanged:0.00} ms; one record changed {oneChanged:0.00} ms (cut {index.LastCut})"));
    }

    private static double Time(int runs, Action action) =>
        Median(Enumerable.Range(0, runs).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            action();
            return clock.Elapsed.TotalMilliseconds;
        }).ToList());

    private static async Task<double> TimeAsync<T>(int runs, Func<Task<T>> action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return Median(times);
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
