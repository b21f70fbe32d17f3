using System.Collections.Concurrent;

namespace Kechuang.Indicators.Derived;

/// <summary>
/// Derived figures by calculator, codes, regions and year, each with the register version it was computed at.
/// Per process; an entry is only used while its register has not changed since (so a warm dashboard reads no
/// register at all, and any node sees another node's change at once).
/// </summary>
public sealed class DerivedFigureCache
{
    private const int MaxEntries = 2_000;

    /// <summary>The register's newest change id and the generation of commits heard from other nodes (<see cref="Data.ChangeSignals"/>).</summary>
    public readonly record struct Stamp(long Newest, long Generation);

    private readonly ConcurrentDictionary<string, (Stamp Version, IReadOnlyList<DerivedFigure> Figures)> _entries = new();

    public bool TryGet(string key, Stamp version, out IReadOnlyList<DerivedFigure> figures)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version)
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
        _entries[key] = (version, figures);
    }
}
