using System.Collections.Concurrent;
using Kechuang.Matching;

namespace Kechuang.Market.Search;

/// <summary>
/// The matching engines of the market, one per region asked about (and whether it holds the expert pool), kept in
/// step with the database (ADR 0019). Each request reads the region's records from the database — cheap, no text
/// cut — and the sync puts into the engine only the records whose text changed since the last request
/// and removes the ones gone, so jieba cuts only what changed. Every answer is therefore the database's as of the
/// request, on every node, with no invalidation to forget; the lock keeps one region's sync and query together.
/// </summary>
public sealed class MarketIndex
{
    private sealed class Entry
    {
        public MatchEngine Engine { get; } = new();
        public Dictionary<(MatchKind, string), string> Stamps { get; } = [];
        public SemaphoreSlim Gate { get; } = new(1, 1);
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Brings the engine of <paramref name="key"/> to exactly <paramref name="records"/>, then runs <paramref name="query"/> on it.</summary>
    public Task<T> QueryAsync<T>(string key, IReadOnlyList<MatchRecord> records, Func<MatchEngine, T> query, CancellationToken ct) =>
        QueryAsync(key, records, [], query, ct);

    /// <summary>As above, the engine's brokers' verdicts also brought to exactly <paramref name="verdicts"/> (the region's, from the database).</summary>
    public async Task<T> QueryAsync<T>(string key, IReadOnlyList<MatchRecord> records, IReadOnlyList<PairVerdict> verdicts, Func<MatchEngine, T> query, CancellationToken ct)
    {
        var entry = _entries.GetOrAdd(key, _ => new Entry());
        await entry.Gate.WaitAsync(ct);
        try
        {
            Sync(entry, records);
            SyncVerdicts(entry.Engine.Feedback, verdicts);
            return query(entry.Engine);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>How many records the last sync of each key had to cut: for the tests and the bench (ADR 0019).</summary>
    public int LastCut { get; private set; }

    private void Sync(Entry entry, IReadOnlyList<MatchRecord> records)
    {
        var seen = new HashSet<(MatchKind, string)>();
        var changed = new List<MatchRecord>();
        foreach (var record in records)
        {
            var key = (record.Kind, record.Id);
            seen.Add(key);
            var stamp = Stamp(record);
            if (!entry.Stamps.TryGetValue(key, out var old) || old != stamp)
            {
                changed.Add(record);
                entry.Stamps[key] = stamp;
            }
        }
        foreach (var gone in entry.Stamps.Keys.Where(k => !seen.Contains(k)).ToList())
        {
            entry.Engine.Remove(gone.Item1, gone.Item2);
            entry.Stamps.Remove(gone);
        }
        if (changed.Count > 0)
        {
            entry.Engine.PutAll(changed);
        }
        LastCut = changed.Count;
    }

    /// <summary>Verdicts no longer in the database forgotten, the others recorded (a later verdict replaces an earlier one).</summary>
    private static void SyncVerdicts(MatchFeedback feedback, IReadOnlyList<PairVerdict> verdicts)
    {
        var wanted = verdicts.Select(v => (v.NeedId, v.OtherKind, v.OtherId)).ToHashSet();
        foreach (var old in feedback.Verdicts.Where(v => !wanted.Contains((v.NeedId, v.OtherKind, v.OtherId))))
        {
            feedback.Forget(old.NeedId, old.OtherId, old.OtherKind);
        }
        foreach (var verdict in verdicts)
        {
            feedback.Record(verdict);
        }
    }

    /// <summary>Everything the engine reads from a record: when none of it changed, the indexed copy is still right.</summary>
    private static string Stamp(MatchRecord r) =>
        string.Join('\u0001', r.Title, r.Description, r.Field, r.Holder, r.Region, string.Join('\u0002', r.KeywordList));
}
