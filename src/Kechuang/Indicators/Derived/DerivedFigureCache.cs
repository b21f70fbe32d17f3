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
    private readonly ConcurrentDictionary<string, (long Version, IReadOnlyList<DerivedFigure> Figures)> _entries = new();

    public bool TryGet(string key, long version, out IReadOnlyList<DerivedFigure> figures)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version)
        {
            figures = entry.Figures;
            return true;
        }
        figures = [];
        return false;
    }

    public void Set(string key, long version, IReadOnlyList<DerivedFigure> figures)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        _entries[key] = (version, figures);
    }
}
