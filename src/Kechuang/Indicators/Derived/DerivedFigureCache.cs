using System.Collections.Concurrent;

namespace Kechuang.Indicators.Derived;

/// <summary>
/// Derived figures by calculator, codes, regions and year, each with the register version it was computed at.
/// Per process; an entry is only used while its register has not changed since (so a warm dashboard reads no
/// register at all, and any node sees another node's change at once). A stale entry is recomputed by one request
/// at a time: the others wait for it and share its figures (ADR 0008, one computation per key).
/// </summary>
public sealed class DerivedFigureCache
{
    private const int MaxEntries = 2_000;

    /// <summary>The register's newest change id and the generation of commits heard from other nodes (<see cref="Data.ChangeSignals"/>).</summary>
    public readonly record struct Stamp(long Newest, long Generation)
    {
        /// <summary>
        /// Figures computed at this stamp may answer a request that read <paramref name="read"/>: both parts are at
        /// least as new, so the computation began after every change the request could have seen.
        /// </summary>
        public bool Covers(Stamp read) => Newest >= read.Newest && Generation >= read.Generation;
    }

    private readonly ConcurrentDictionary<string, (Stamp Version, IReadOnlyList<DerivedFigure> Figures)> _entries = new();

    /// <summary>One gate per key while some request uses it; removed by the last one out, so it stays bounded.</summary>
    private readonly Dictionary<string, (SemaphoreSlim Gate, int Users)> _gates = [];

    public bool TryGet(string key, Stamp version, out IReadOnlyList<DerivedFigure> figures)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Version.Covers(version))
        {
            figures = entry.Figures;
            return true;
        }
        figures = [];
        return false;
    }

    public void Set(string key, Stamp version, IReadOnlyList<DerivedFigure> figures)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        // Never replace figures with older ones (a request that read an older stamp may finish last).
        _entries.AddOrUpdate(key, (version, figures), (_, old) => old.Version.Covers(version) && old.Version != version ? old : (version, figures));
    }

    /// <summary>
    /// The figures of <paramref name="key"/> at <paramref name="version"/> or newer, computing them when stale. Only one
    /// computation per key runs at a time: a request that finds the key stale waits for the one in flight, then
    /// takes its figures if they cover the stamp it read, else computes itself. Without this every concurrent
    /// request recomputed a stale entry at once after each register write (docs/deploy.md, load drill).
    /// </summary>
    public async Task<IReadOnlyList<DerivedFigure>> GetOrComputeAsync(
        string key, Stamp version, Func<CancellationToken, Task<IReadOnlyList<DerivedFigure>>> compute, CancellationToken ct)
    {
        if (TryGet(key, version, out var figures))
        {
            return figures;
        }
        SemaphoreSlim gate;
        lock (_gates)
        {
            gate = _gates.TryGetValue(key, out var held) ? held.Gate : new SemaphoreSlim(1, 1);
            _gates[key] = (gate, held.Users + 1);
        }
        try
        {
            await gate.WaitAsync(ct);
            try
            {
                if (TryGet(key, version, out figures))
                {
                    return figures;
                }
                figures = await compute(ct);
                Set(key, version, figures);
                return figures;
            }
            finally
            {
                gate.Release();
            }
        }
        finally
        {
            lock (_gates)
            {
                var held = _gates[key];
                if (held.Users == 1)
                {
                    _gates.Remove(key);
                }
                else
                {
                    _gates[key] = (held.Gate, held.Users - 1);
                }
            }
        }
    }

    /// <summary>Keys some request is waiting on or computing (for tests: the gates do not outlive their users).</summary>
    internal int GatesInUse
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }
}
