using Kechuang.Enterprises;

namespace Kechuang.Matching;

/// <summary>
/// A record cut into terms once, when it is added: word terms and character bigrams with their counts per field,
/// the field lengths BM25F normalises by, the title's pinyin initials, and the words of title and keywords that
/// feedback compares pairs by. Cutting needs no lock, so a batch is cut in parallel before it is indexed.
/// </summary>
internal sealed class IndexedRecord
{
    /// <summary>Descriptions beyond this are not indexed: enough for any real description, and a bound on one record's cost.</summary>
    public const int MaxDescription = 4000;

    private IndexedRecord(MatchRecord record) => Record = record;

    public MatchRecord Record { get; }

    /// <summary>
    /// One copy of each term for all records: 100,000 records repeat the same few hundred thousand words and
    /// bigrams, and a string per occurrence would be most of the index's memory.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    /// <summary>Word terms with their counts per field (arrays: a record has a few dozen, a dictionary each would double the memory).</summary>
    public (string Term, FieldCounts Counts)[] Words { get; private set; } = [];

    /// <summary>Bigram terms, computed again from the text when needed (indexing, removal, reasons) rather than kept: they are most of a record's terms.</summary>
    public (string Term, FieldCounts Counts)[] Grams() => GramsOf(Record);

    /// <summary>The bigrams computed while cutting (in parallel), taken once by the index that adds the record.</summary>
    public (string Term, FieldCounts Counts)[]? FreshGrams { get; set; }

    public int[] WordLengths { get; } = new int[MatchIndex.FieldCount];

    public int[] GramLengths { get; } = new int[MatchIndex.FieldCount];

    public string Initials { get; private init; } = "";

    /// <summary>Title and keyword words: what a record is about, for comparing it with the records of past verdicts.</summary>
    public HashSet<string> Signature { get; } = new(StringComparer.Ordinal);

    public string NormalizedField { get; private init; } = "";

    /// <summary>The words of title, keywords and description, kept only for a record that is the source of a recommendation (its query).</summary>
    public ChineseSegmenter.Words[]? FieldWords { get; private set; }

    public bool HasWord(string term) => Array.Exists(Words, w => w.Term == term);

    public static bool HasGram(string term, (string Term, FieldCounts Counts)[] grams) => Array.Exists(grams, g => g.Term == term);

    public static IndexedRecord Cut(MatchRecord record, ChineseSegmenter segmenter, bool keepWords = false)
    {
        var words = new Dictionary<string, FieldCounts>(StringComparer.Ordinal);
        var indexed = new IndexedRecord(record)
        {
            Initials = PinyinInitials.Of(record.Title),
            NormalizedField = ChineseSegmenter.Normalize(record.Field).Trim(),
        };
        var texts = Texts(record);
        var fieldWords = new ChineseSegmenter.Words[MatchIndex.FieldCount];
        for (var field = 0; field < MatchIndex.FieldCount; field++)
        {
            var cut = fieldWords[field] = segmenter.Cut(texts[field]);
            foreach (var term in cut.Terms.Concat(cut.SubTerms))
            {
                Count(words, term, field);
                indexed.WordLengths[field]++;
                if (field < 2)
                {
                    indexed.Signature.Add(Pool.GetOrAdd(term, term));
                }
            }
            indexed.GramLengths[field] = ChineseSegmenter.Bigrams(ChineseSegmenter.Normalize(texts[field])).Count();
        }
        if (keepWords)
        {
            indexed.FieldWords = fieldWords;
        }
        // The holder is searchable (浙江大学) with the keywords, but is not what the record is about.
        var holder = segmenter.CutCached(record.Holder);
        foreach (var term in holder.Terms.Concat(holder.SubTerms))
        {
            Count(words, term, 1);
            indexed.WordLengths[1]++;
        }
        indexed.Words = words.Select(w => (Pool.GetOrAdd(w.Key, w.Key), w.Value)).ToArray();
        indexed.FreshGrams = GramsOf(record);
        return indexed;
    }

    private static string[] Texts(MatchRecord record)
    {
        var description = record.Description ?? "";
        return [record.Title ?? "", string.Join("；", record.KeywordList), description.Length > MaxDescription ? description[..MaxDescription] : description];
    }

    private static (string Term, FieldCounts Counts)[] GramsOf(MatchRecord record)
    {
        var grams = new Dictionary<string, FieldCounts>(StringComparer.Ordinal);
        var texts = Texts(record);
        for (var field = 0; field < MatchIndex.FieldCount; field++)
        {
            foreach (var gram in ChineseSegmenter.Bigrams(ChineseSegmenter.Normalize(texts[field])))
            {
                Count(grams, gram, field);
            }
        }
        return grams.Select(g => (Pool.GetOrAdd(g.Key, g.Key), g.Value)).ToArray();
    }

    private static void Count(Dictionary<string, FieldCounts> terms, string term, int field)
    {
        terms.TryGetValue(term, out var counts);
        terms[term] = field switch
        {
            0 => counts with { Title = Inc(counts.Title) },
            1 => counts with { Keywords = Inc(counts.Keywords) },
            _ => counts with { Description = Inc(counts.Description) },
        };
    }

    private static ushort Inc(ushort value) => value == ushort.MaxValue ? value : (ushort)(value + 1);
}
