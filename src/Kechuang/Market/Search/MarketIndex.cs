using System.Collections.Concurrent;
using Kechuang.Matching;

namespace Kechuang.Market.Search;

/// <summary>
/// The matching engines of the market, one per region asked about (and whether it holds the expert pool), kept in
/// step with the database (ADR 0019). Under the region's lock a request first runs its sync — which reads the
/// registers' watermarks and, only for a register whose watermark moved, the rows that changed — then its query, so
/// every answer is the database's as of the request, on every node, with no invalidation to forget; jieba cuts only
/// what changed.
/// </summary>
public sealed class MarketIndex
{
    internal sealed class Entry
    {
        public MatchEngine Engine { get; } = new();
        public Dictionary<(MatchKind, string), string> Stamps { get; } = [];
        public Dictionary<string, string> Watermarks { get; } = new(StringComparer.Ordinal);
        public SemaphoreSlim Gate { get; } = new(1, 1);
    }

    /// <summary>
    /// What a sync sees of one region's engine while it holds the lock: the watermark each register was last synced at,
    /// the stamp of each record held (its row version, or its text), and the writes that bring the engine to the database.
    /// </summary>
    public sealed class Synced
    {
        private readonly Entry _entry;
        private readonly MarketIndex _index;

        internal Synced(Entry entry, MarketIndex index) => (_entry, _index) = (entry, index);

        public MatchEngine Engine => _entry.Engine;

        /// <summary>The watermark <paramref name="register"/> was last synced at; null before its first sync.</summary>
        public string? Watermark(string register) => _entry.Watermarks.GetValueOrDefault(register);

        /// <summary>Records the watermark a register's sync started from: set only once its records are in.</summary>
        public void Mark(string register, string watermark) => _entry.Watermarks[register] = watermark;

        public bool Holds(MatchKind kind, string id, string stamp) => _entry.Stamps.TryGetValue((kind, id), out var held) && held == stamp;

        /// <summary>The ids of <paramref name="kind"/> the engine holds.</summary>
        public List<string> Held(MatchKind kind) => [.. _entry.Stamps.Keys.Where(k => k.Item1 == kind).Select(k => k.Item2)];

        /// <summary>Puts (replaces) records with their stamps; jieba cuts each.</summary>
        public void Put(IReadOnlyList<(MatchRecord Record, string Stamp)> records)
        {
            if (records.Count == 0)
            {
                return;
            }
            _entry.Engine.PutAll([.. records.Select(r => r.Record)]);
            foreach (var (record, stamp) in records)
            {
                _entry.Stamps[(record.Kind, record.Id)] = stamp;
            }
            _index.LastCut += records.Count;
        }

        public void Remove(MatchKind kind, string id)
        {
            if (_entry.Stamps.Remove((kind, id)))
            {
                _entry.Engine.Remove(kind, id);
            }
        }

        /// <summary>
        /// Brings the records of <paramref name="kinds"/> to exactly <paramref name="records"/>, comparing texts: what
        /// differs from the held copy is cut again, what is no longer there removed.
        /// </summary>
        public void SyncAll(IReadOnlyList<MatchRecord> records, IReadOnlyCollection<MatchKind> kinds)
        {
            var seen = new HashSet<(MatchKind, string)>();
            var changed = new List<(MatchRecord, string)>();
            foreach (var record in records)
            {
                seen.Add((record.Kind, record.Id));
                var stamp = Stamp(record);
                if (!Holds(record.Kind, record.Id, stamp))
                {
                    changed.Add((record, stamp));
                }
            }
            foreach (var gone in _entry.Stamps.Keys.Where(k => kinds.Contains(k.Item1) && !seen.Contains(k)).ToList())
            {
                Remove(gone.Item1, gone.Item2);
            }
            Put(changed);
        }

        /// <summary>Verdicts no longer in the database forgotten, the others recorded (a later verdict replaces an earlier one).</summary>
        public void SyncVerdicts(IReadOnlyList<PairVerdict> verdicts)
        {
            var feedback = _entry.Engine.Feedback;
            var wanted = verdicts.Select(v => (v.NeedId, v.OtherKind, v.OtherId)).ToHashSet();
            foreach (var old in feedback.Verdicts.Where(v => !wanted.Contains((v.NeedId, v.OtherKind, v.OtherId))).ToList())
            {
                feedback.Forget(old.NeedId, old.OtherId, old.OtherKind);
            }
            foreach (var verdict in verdicts)
            {
                feedback.Record(verdict);
            }
        }
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Brings the engine of <paramref name="key"/> to exactly <paramref name="records"/>, then runs <paramref name="query"/> on it.</summary>
    public Task<T> QueryAsync<T>(string key, IReadOnlyList<MatchRecord> records, Func<MatchEngine, T> query, CancellationToken ct) =>
        QueryAsync(key, records, [], query, ct);

    /// <summary>As above, the engine's brokers' verdicts also brought to exactly <paramref name="verdicts"/>.</summary>
    public Task<T> QueryAsync<T>(string key, IReadOnlyList<MatchRecord> records, IReadOnlyList<PairVerdict> verdicts, Func<MatchEngine, T> query, CancellationToken ct) =>
        QueryAsync(key, (synced, _) =>
        {
            synced.SyncAll(records, [MatchKind.Need, MatchKind.Achievement, MatchKind.Expert]);
            synced.SyncVerdicts(verdicts);
            return Task.CompletedTask;
        }, query, ct);

    /// <summary>Runs <paramref name="sync"/> then <paramref name="query"/> on the engine of <paramref name="key"/>, both under its lock.</summary>
    public async Task<T> QueryAsync<T>(string key, Func<Synced, CancellationToken, Task> sync, Func<MatchEngine, T> query, CancellationToken ct)
    {
        var entry = _entries.GetOrAdd(key, _ => new Entry());
        await entry.Gate.WaitAsync(ct);
        try
        {
            LastCut = 0;
            await sync(new Synced(entry, this), ct);
            return query(entry.Engine);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>How many records the last sync had to cut: for the tests and the bench (ADR 0019).</summary>
    public int LastCut { get; private set; }

    /// <summary>Everything the engine reads from a record: when none of it changed, the indexed copy is still right.</summary>
    private static string Stamp(MatchRecord r) =>
        string.Join('\u0001', r.Title, r.Description, r.Field, r.Holder, r.Region, string.Join('\u0002', r.KeywordList));
}
