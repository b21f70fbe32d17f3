namespace Kechuang.Matching;

/// <summary>
/// Query terms from a search text or from a record (docs/domain.md § 产学研 — 检索与推荐): exact words weigh 1 (a
/// record's description words 0.6), the dictionary words inside a longer word half of that, each synonym from the
/// thesaurus 0.6 of its word, and the character bigrams of a word the dictionary does not know 0.5. Only the
/// strongest terms by weight × idf are kept, so a 500-character query costs no more than a long description.
/// </summary>
internal static class MatchQuery
{
    public const float SynonymWeight = 0.6f;
    public const float SubWordWeight = 0.5f;
    public const float PieceWeight = 0.5f;
    public const float DescriptionWeight = 0.6f;
    public const int MaxTerms = 40;

    /// <summary>BM25's idf of a term in a quarter of the records.</summary>
    private static readonly float CommonIdf = (float)Math.Log(1 + (0.75 + 0.5 / 1000) / (0.25 + 0.5 / 1000));

    /// <summary>Query texts are cut at this length: 500 characters and more get an answer from their beginning.</summary>
    public const int MaxText = 1000;

    public static List<QueryTerm> FromText(string? text, Thesaurus thesaurus, ChineseSegmenter segmenter)
    {
        var terms = new Dictionary<(string, bool), QueryTerm>();
        AddText(terms, text is { Length: > MaxText } ? text[..MaxText] : text, 1f, segmenter);
        return Expand(terms, thesaurus);
    }

    /// <summary>A record's query, from the words it was cut into (<see cref="IndexedRecord.Cut"/> with keepWords).</summary>
    public static List<QueryTerm> FromRecord(IndexedRecord record, Thesaurus thesaurus)
    {
        var terms = new Dictionary<(string, bool), QueryTerm>();
        var fields = record.FieldWords ?? throw new InvalidOperationException("record was cut without its words");
        AddWords(terms, fields[0], 1f);
        AddWords(terms, fields[1], 1f);
        AddWords(terms, fields[2], DescriptionWeight);
        return Expand(terms, thesaurus);
    }

    /// <summary>
    /// The strongest terms against one index: weight × idf. Terms no record has are dropped, and so are terms in more
    /// than a quarter of a large index: they barely separate records and cost the most to score.
    /// </summary>
    public static List<QueryTerm> Strongest(List<QueryTerm> terms, MatchIndex index) =>
        terms.Select(t => (Term: t, Idf: index.Idf(t.Term, t.Gram)))
            .Where(t => t.Idf > 0 && (index.Count < 1000 || t.Idf > CommonIdf))
            .Select(t => (t.Term, Strength: t.Term.Weight * t.Idf))
            .OrderByDescending(t => t.Strength).ThenBy(t => t.Term.Term, StringComparer.Ordinal)
            .Take(MaxTerms)
            .Select(t => t.Term)
            .ToList();

    private static void AddText(Dictionary<(string, bool), QueryTerm> terms, string? text, float weight, ChineseSegmenter segmenter) =>
        AddWords(terms, segmenter.Cut(text), weight);

    private static void AddWords(Dictionary<(string, bool), QueryTerm> terms, ChineseSegmenter.Words words, float weight)
    {
        foreach (var word in words.Terms)
        {
            Keep(terms, new QueryTerm(word, weight, Gram: false));
        }
        foreach (var word in words.SubTerms)
        {
            Keep(terms, new QueryTerm(word, weight * SubWordWeight, Gram: false));
        }
        foreach (var piece in words.Unknown)
        {
            foreach (var gram in ChineseSegmenter.Bigrams(piece))
            {
                Keep(terms, new QueryTerm(gram, weight * PieceWeight, Gram: true, For: piece));
            }
        }
    }

    private static List<QueryTerm> Expand(Dictionary<(string, bool), QueryTerm> terms, Thesaurus thesaurus)
    {
        foreach (var term in terms.Values.Where(t => !t.Gram && t.For is null).ToList())
        {
            foreach (var synonym in thesaurus.SynonymsOf(term.Term))
            {
                Keep(terms, new QueryTerm(synonym, term.Weight * SynonymWeight, Gram: false, For: term.Term));
            }
        }
        return terms.Values.ToList();
    }

    /// <summary>A term seen twice keeps its heaviest weight (and with it, whether it was exact or a synonym).</summary>
    private static void Keep(Dictionary<(string, bool), QueryTerm> terms, QueryTerm term)
    {
        if (!terms.TryGetValue((term.Term, term.Gram), out var old) || old.Weight < term.Weight)
        {
            terms[(term.Term, term.Gram)] = term;
        }
    }
}
