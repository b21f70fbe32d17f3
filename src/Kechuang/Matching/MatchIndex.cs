using System.Buffers;

namespace Kechuang.Matching;

/// <summary>
/// The in-memory inverted index of one kind of record (ADR 0018): word terms and character bigrams, each with its
/// frequency in the title, the keywords and the description, scored by BM25F. Records are added, replaced and
/// removed one at a time: a removed record's postings stay until enough have died, then the index compacts itself.
/// Not thread-safe on its own; <see cref="MatchEngine"/> holds the lock.
/// </summary>
internal sealed class MatchIndex
{
    internal const int FieldCount = 3;

    // BM25F (Robertson & Zaragoza): a title or keyword hit counts three description hits; long descriptions are
    // normalised more than titles. k1 as in Lucene.
    private static readonly float[] FieldWeight = [3f, 3f, 1f];
    private static readonly float[] FieldB = [0.5f, 0.3f, 0.75f];
    private const float K1 = 1.2f;

    private readonly Dictionary<string, Postings> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Postings> _grams = new(StringComparer.Ordinal);
    private readonly List<IndexedRecord?> _slots = [];
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly double[] _wordLengths = new double[FieldCount];
    private readonly double[] _gramLengths = new double[FieldCount];
    private int _dead;

    // Field lengths by slot × 3, flat: scoring reads them for every posting, and a record object each time would
    // be a cache miss each time.
    private readonly List<int> _wordLength = [];
    private readonly List<int> _gramLength = [];

    // Region and normalised 技术领域 by slot, flat, one shared string per value: a filter reads them for every scored slot.
    private readonly List<string> _regionOf = [];
    private readonly List<string> _fieldOf = [];
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public int Count => _slotOf.Count;

    public int SlotCount => _slots.Count;

    public IndexedRecord? Find(string id) => _slotOf.TryGetValue(id, out var slot) ? _slots[slot] : null;

    public IndexedRecord? At(int slot) => _slots[slot];

    public string RegionAt(int slot) => _regionOf[slot];

    public string FieldAt(int slot) => _fieldOf[slot];

    public IEnumerable<IndexedRecord> All => _slots.OfType<IndexedRecord>();

    /// <summary>Adds a record, or replaces the one with its id.</summary>
    public void Put(IndexedRecord record)
    {
        Remove(record.Record.Id);
        var slot = _slots.Count;
        _slots.Add(record);
        _slotOf[record.Record.Id] = slot;
        Post(_words, record.Words, slot, _wordLengths, record.WordLengths);
        Post(_grams, record.FreshGrams ?? record.Grams(), slot, _gramLengths, record.GramLengths);
        record.FreshGrams = null;
        for (var f = 0; f < FieldCount; f++)
        {
            _wordLength.Add(record.WordLengths[f]);
            _gramLength.Add(record.GramLengths[f]);
        }
        _regionOf.Add(Shared(record.Record.Region ?? ""));
        _fieldOf.Add(Shared(record.NormalizedField));
    }

    private string Shared(string value)
    {
        if (!_values.TryGetValue(value, out var shared))
        {
            _values[value] = shared = value;
        }
        return shared;
    }

    public bool Remove(string id)
    {
        if (!_slotOf.Remove(id, out var slot))
        {
            return false;
        }
        var record = _slots[slot]!;
        _slots[slot] = null;
        foreach (var (term, _) in record.Words)
        {
            _words[term].Live--;
        }
        foreach (var (term, _) in record.Grams())
        {
            _grams[term].Live--;
        }
        for (var f = 0; f < FieldCount; f++)
        {
            _wordLengths[f] -= record.WordLengths[f];
            _gramLengths[f] -= record.GramLengths[f];
        }
        if (++_dead > 1024 && _dead > _slotOf.Count)
        {
            Compact();
        }
        return true;
    }

    /// <summary>How rare a term is here (BM25's idf); 0 for a term no live record has.</summary>
    public float Idf(string term, bool gram)
    {
        var live = (gram ? _grams : _words).TryGetValue(term, out var postings) ? postings.Live : 0;
        return live == 0 ? 0f : (float)Math.Log(1 + (Count - live + 0.5) / (live + 0.5));
    }

    /// <summary>Adds each query term's BM25F contribution to the records that have it.</summary>
    public void Score(IReadOnlyList<QueryTerm> terms, Accumulator scores)
    {
        var count = Math.Max(Count, 1);
        Span<float> wordAverage = stackalloc float[FieldCount];
        Span<float> gramAverage = stackalloc float[FieldCount];
        for (var f = 0; f < FieldCount; f++)
        {
            wordAverage[f] = (float)Math.Max(_wordLengths[f] / count, 1);
            gramAverage[f] = (float)Math.Max(_gramLengths[f] / count, 1);
        }
        foreach (var term in terms)
        {
            if (!(term.Gram ? _grams : _words).TryGetValue(term.Term, out var postings) || postings.Live == 0)
            {
                continue;
            }
            var weight = term.Weight * Idf(term.Term, term.Gram);
            var average = term.Gram ? gramAverage : wordAverage;
            var lengths = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(term.Gram ? _gramLength : _wordLength);
            foreach (var posting in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(postings.List))
            {
                if (_slots[posting.Slot] is null)
                {
                    continue;
                }
                var at = posting.Slot * FieldCount;
                var tf = FieldWeight[0] * posting.Title / (1 - FieldB[0] + FieldB[0] * lengths[at] / average[0])
                    + FieldWeight[1] * posting.Keywords / (1 - FieldB[1] + FieldB[1] * lengths[at + 1] / average[1])
                    + FieldWeight[2] * posting.Description / (1 - FieldB[2] + FieldB[2] * lengths[at + 2] / average[2]);
                scores.Add(posting.Slot, weight * tf / (K1 + tf));
            }
        }
    }

    private static void Post(Dictionary<string, Postings> index, (string Term, FieldCounts Counts)[] terms, int slot, double[] totals, int[] lengths)
    {
        foreach (var (term, counts) in terms)
        {
            if (!index.TryGetValue(term, out var postings))
            {
                index[term] = postings = new Postings();
            }
            postings.List.Add(new Posting(slot, counts.Title, counts.Keywords, counts.Description));
            postings.Live++;
        }
        for (var f = 0; f < FieldCount; f++)
        {
            totals[f] += lengths[f];
        }
    }

    /// <summary>Renumbers the live records and rebuilds the postings from what each record kept (no re-segmenting).</summary>
    private void Compact()
    {
        var live = All.ToList();
        _words.Clear();
        _grams.Clear();
        _slots.Clear();
        _slotOf.Clear();
        _wordLength.Clear();
        _gramLength.Clear();
        _regionOf.Clear();
        _fieldOf.Clear();
        _values.Clear();
        Array.Clear(_wordLengths);
        Array.Clear(_gramLengths);
        _dead = 0;
        foreach (var record in live)
        {
            Put(record);
        }
    }

    private sealed class Postings
    {
        public readonly List<Posting> List = [];
        public int Live;
    }

    private readonly record struct Posting(int Slot, ushort Title, ushort Keywords, ushort Description);
}

/// <summary>How often a term occurs in each field of one record.</summary>
internal record struct FieldCounts(ushort Title, ushort Keywords, ushort Description)
{
    public readonly bool InTitleOrKeywords => Title > 0 || Keywords > 0;
}

/// <summary>One query term: a word or a character bigram, its weight, and the query word it stands for when it is a synonym or a piece.</summary>
internal sealed record QueryTerm(string Term, float Weight, bool Gram, string? For = null);

/// <summary>Scores per slot for one query, on a pooled array, with the slots that scored at all.</summary>
internal sealed class Accumulator : IDisposable
{
    private readonly float[] _scores;
    private readonly List<int> _touched = [];

    public Accumulator(int slots)
    {
        _scores = ArrayPool<float>.Shared.Rent(Math.Max(slots, 1));
        Array.Clear(_scores, 0, Math.Max(slots, 1));
    }

    public IReadOnlyList<int> Touched => _touched;

    public float this[int slot] => _scores[slot];

    public void Add(int slot, float score)
    {
        if (_scores[slot] == 0)
        {
            _touched.Add(slot);
        }
        _scores[slot] += score;
    }

    public void Dispose() => ArrayPool<float>.Shared.Return(_scores);
}
