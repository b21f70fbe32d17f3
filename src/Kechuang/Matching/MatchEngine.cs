namespace Kechuang.Matching;

/// <summary>
/// The 产学研 search and recommendation engine (docs/domain.md § 产学研 — 检索与推荐, ADR 0018): one in-memory index
/// per kind of record, a thesaurus, and the brokers' verdicts. No database: the registers feed it records and keep
/// it current with <see cref="Put"/> and <see cref="Remove"/>, one record at a time. Safe for concurrent readers
/// and writers (a read-write lock; cutting text into words happens outside it).
/// </summary>
public sealed partial class MatchEngine
{
    /// <summary>Score factors for a candidate in the source's 技术领域 or region: a nudge, not a filter.</summary>
    internal const double FieldBonus = 1.2;
    internal const double RegionBonus = 1.1;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<MatchKind, MatchIndex> _indexes = Enum.GetValues<MatchKind>().ToDictionary(k => k, _ => new MatchIndex());
    private readonly ChineseSegmenter _segmenter = ChineseSegmenter.Instance;

    public MatchEngine(Thesaurus? thesaurus = null, MatchFeedback? feedback = null)
    {
        Thesaurus = thesaurus ?? Thesaurus.Default;
        Feedback = feedback ?? new MatchFeedback();
        // Thesaurus terms must stay whole words, or 视觉检测 would never be seen as one term. Records indexed
        // before a new thesaurus was loaded keep their old cut: a changed thesaurus means a new engine.
        _segmenter.AddWords(Thesaurus.Terms);
    }

    public Thesaurus Thesaurus { get; }

    public MatchFeedback Feedback { get; }

    /// <summary>Adds a record or replaces the one of the same kind and id.</summary>
    public void Put(MatchRecord record) => PutAll([record]);

    /// <summary>Adds or replaces many records; their text is cut in parallel, then indexed under one write lock.</summary>
    public void PutAll(IEnumerable<MatchRecord> records)
    {
        var list = records.ToList();
        if (list.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Id)) is { } blank)
        {
            throw new ArgumentException($"记录缺少编号：{blank.Title}", nameof(records));
        }
        var cut = new IndexedRecord[list.Count];
        Parallel.For(0, list.Count, i => cut[i] = IndexedRecord.Cut(list[i], _segmenter));
        _lock.EnterWriteLock();
        try
        {
            foreach (var record in cut)
            {
                _indexes[record.Record.Kind].Put(record);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public bool Remove(MatchKind kind, string id)
    {
        _lock.EnterWriteLock();
        try
        {
            return _indexes[kind].Remove(id);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public int Count(MatchKind kind) => Read(() => _indexes[kind].Count);

    public MatchRecord? Find(MatchKind kind, string id) => Read(() => _indexes[kind].Find(id)?.Record);

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }
}
