using System.Collections.Concurrent;

namespace Kechuang.Indicators.Derived;

/// <summary>
/// Derived figures by calculator, codes, year and region, each with the version of its register in that region it
/// was computed at (<see cref="RegisterChanges.VersionFor"/>). Per process; an entry is only used while its region's
/// version has not risen since, so a warm dashboard reads no register at all, any node sees another node's change
/// at once, and a write in one county leaves the figures of every region it is not in as they are (ADR 0025).
/// Stale regions are recomputed by one request at a time: the others wait for it and share its figures (ADR 0008).
/// </summary>
public sealed class DerivedFigureCache
{
    /// <summary>Calculators × codes × years × regions of a province stay well below this; beyond it the cache starts over.</summary>
    private const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, (long Version, IReadOnlyList<DerivedFigure> Figures)> _entries = new();

    /// <summary>One gate per set of stale regions while some request uses it; removed by the last one out, so it stays bounded.</summary>
    private readonly Dictionary<string, (SemaphoreSlim Gate, int Users)> _gates = [];

    /// <summary>A region to answer for, and the version of the register there that the request read.</summary>
    public readonly record struct Wanted(string Region, long Version);

    /// <summary>
    /// The figures of <paramref name="prefix"/> for the <paramref name="wanted"/> regions, each computed at the version
    /// read or a newer one. The regions found stale are computed together by <paramref name="compute"/>, once at a
    /// time per set: a request that finds the same set stale waits for the one in flight, then takes its figures
    /// where they cover the versions it read. Without this every concurrent request recomputed stale figures at
    /// once after each register write (docs/deploy.md, load drill).
    /// </summary>
    public async Task<IReadOnlyList<DerivedFigure>> GetOrComputeAsync(
        string prefix, IReadOnlyList<Wanted> wanted,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<DerivedFigure>>> compute, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var stale = Collect(prefix, wanted, figures);
        if (stale.Count == 0)
        {
            return figures;
        }
        var key = prefix + "|" + string.Join(",", stale.Select(w => w.Region));
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
                stale = Collect(prefix, stale, figures);
                if (stale.Count > 0)
                {
                    var computed = await compute([.. stale.Select(w => w.Region)], ct);
                    var byRegion = computed.GroupBy(f => f.RegionCode).ToDictionary(g => g.Key, g => (IReadOnlyList<DerivedFigure>)[.. g]);
                    foreach (var (region, version) in stale)
                    {
                        // A region with no figures (its register not in use) is remembered as such too.
                        var mine = byRegion.GetValueOrDefault(region, []);
                        Set(prefix, region, version, mine);
                        figures.AddRange(mine);
                    }
                }
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

    /// <summary>Adds the fresh regions' figures to <paramref name="figures"/> and returns the stale ones.</summary>
    private List<Wanted> Collect(string prefix, IReadOnlyList<Wanted> wanted, List<DerivedFigure> figures)
    {
        var stale = new List<Wanted>();
        foreach (var w in wanted)
        {
            if (TryGet(prefix, w.Region, w.Version, out var found))
            {
                figures.AddRange(found);
            }
            else
            {
                stale.Add(w);
            }
        }
        return stale;
    }

    /// <summary>Figures computed at <paramref name="version"/> or newer: every change the request could have seen is in them.</summary>
    public bool TryGet(string prefix, string region, long version, out IReadOnlyList<DerivedFigure> figures)
    {
        if (_entries.TryGetValue(prefix + "|" + region, out var entry) && entry.Version >= version)
        {
            figures = entry.Figures;
            return true;
        }
        figures = [];
        return false;
    }

    public void Set(string prefix, string region, long version, IReadOnlyList<DerivedFigure> figures)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        // Never replace figures with older ones (a request that read an older version may finish last).
        _entries.AddOrUpdate(prefix + "|" + region, (version, figures), (_, old) => old.Version > version ? old : (version, figures));
    }

    /// <summary>Sets of regions some request is waiting on or computing (for tests: the gates do not outlive their users).</summary>
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
