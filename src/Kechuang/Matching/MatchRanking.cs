namespace Kechuang.Matching;

/// <summary>Which records a search or a recommendation may return: a 技术领域, a region code and the codes under it, and records left out by id.</summary>
public sealed record MatchFilter(string? Field = null, string? Region = null, IReadOnlySet<string>? Exclude = null)
{
    public static MatchFilter None { get; } = new();

    internal bool Allows(IndexedRecord record) =>
        (string.IsNullOrWhiteSpace(Field) || record.NormalizedField == ChineseSegmenter.Normalize(Field).Trim())
        && (string.IsNullOrWhiteSpace(Region) || (record.Record.Region ?? "").StartsWith(Region.Trim(), StringComparison.Ordinal))
        && Exclude?.Contains(record.Record.Id) != true;

    /// <summary>
    /// The same test for the slots of one index, the field normalised once and the region and field read from the
    /// index's flat per-slot arrays: a search tests thousands of scored slots, and following each to its record and
    /// its region string is a cache miss each time (ADR 0019).
    /// </summary>
    internal Func<int, bool> For(MatchIndex index)
    {
        var field = string.IsNullOrWhiteSpace(Field) ? null : ChineseSegmenter.Normalize(Field).Trim();
        var region = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim();
        var exclude = Exclude;
        return slot => (field is null || index.FieldAt(slot) == field)
            && (region is null || index.RegionAt(slot).StartsWith(region, StringComparison.Ordinal))
            && exclude?.Contains(index.At(slot)!.Record.Id) != true;
    }
}

/// <summary>
/// Ranking shared by search and recommendations (docs/domain.md § 产学研 — 检索与推荐): BM25F over the strongest query
/// terms, pinyin initials of titles for a query of Latin letters, ×1.2 for the source's 技术领域 and ×1.1 for its
/// region, then the brokers' verdicts on the best candidates, and the reasons of those returned.
/// </summary>
public sealed partial class MatchEngine
{
    /// <summary>A title whose initials contain the query scores like a strong word match; starting with them, more.</summary>
    private const float InitialsScore = 4f;

    /// <summary>Candidates feedback looks at: enough below the cut that a confirmed pair can climb into it.</summary>
    private const int FeedbackPool = 50;

    private sealed record Source(IndexedRecord Record, MatchKind Kind);

    /// <summary>
    /// A ranked candidate before its reasons are worked out: a search asks for up to 1,000 to count them and order
    /// them, but a page shows 20, and the reasons (a record's bigrams cut again, its words looked up) are most of what
    /// a hit costs (ADR 0019, amendment "the page's reasons only").
    /// </summary>
    private readonly record struct Ranked(IndexedRecord Record, double Score, List<QueryTerm>? Terms, Source? Source, bool Initials, FeedbackReason? Feedback)
    {
        /// <summary>A record listed, not ranked (an empty query, one character): no reasons.</summary>
        public static Ranked Listed(IndexedRecord record) => new(record, 0, null, null, false, null);

        public MatchHit Hit() => new(Record.Record, Score, Terms is null ? MatchReasons.None : Reasons(Record, Terms, Source, Initials, Feedback));
    }

    /// <summary>Under the read lock.</summary>
    private List<MatchHit> Rank(MatchKind kind, List<QueryTerm> query, Source? source, string? initials, MatchFilter filter, int top) =>
        [.. Candidates(kind, query, source, initials, filter, top).Select(r => r.Hit())];

    /// <summary>Under the read lock: the best <paramref name="top"/> of <paramref name="kind"/>, ranked, without their reasons.</summary>
    private List<Ranked> Candidates(MatchKind kind, List<QueryTerm> query, Source? source, string? initials, MatchFilter filter, int top)
    {
        var index = _indexes[kind];
        var terms = MatchQuery.Strongest(query, index);
        using var scores = new Accumulator(index.SlotCount);
        index.Score(terms, scores);
        var initialsHits = new HashSet<int>();
        if (initials is { Length: >= 2 })
        {
            for (var slot = 0; slot < index.SlotCount; slot++)
            {
                if (index.At(slot) is { } record && record.Initials.Contains(initials, StringComparison.Ordinal))
                {
                    scores.Add(slot, record.Initials.StartsWith(initials, StringComparison.Ordinal) ? InitialsScore * 1.5f : InitialsScore);
                    initialsHits.Add(slot);
                }
            }
        }
        var verdicts = source is null ? [] : Feedback.Verdicts;
        var pool = verdicts.Count > 0 ? Math.Max(top * 4, FeedbackPool) : top;
        var best = new PriorityQueue<(int Slot, double Score), double>();
        var allows = filter.For(index);
        foreach (var slot in scores.Touched)
        {
            var record = index.At(slot)!;
            var score = scores[slot] * (SameField(source, record) ? FieldBonus : 1) * (SameRegion(source, record) ? RegionBonus : 1);
            // A score that would not enter a full queue needs no filter: the same hits, most slots never tested.
            if (best.Count >= pool && (!best.TryPeek(out _, out var floor) || score <= floor))
            {
                continue;
            }
            if (!allows(slot) || (source is not null && source.Kind == kind && record.Record.Id == source.Record.Record.Id))
            {
                continue;
            }
            if (best.Count < pool)
            {
                best.Enqueue((slot, score), score);
            }
            else if (best.TryPeek(out _, out var lowest) && score > lowest)
            {
                best.DequeueEnqueue((slot, score), score);
            }
        }
        var ranked = new List<(int Slot, IndexedRecord Record, double Score, FeedbackReason? Feedback)>();
        while (best.TryDequeue(out var candidate, out _))
        {
            var record = index.At(candidate.Slot)!;
            var feedback = source is null ? null : Judge(source, kind, record, verdicts);
            ranked.Add((candidate.Slot, record, candidate.Score * (feedback?.Factor ?? 1), feedback));
        }
        return ranked
            .OrderByDescending(r => r.Score).ThenBy(r => r.Record.Record.Id, StringComparer.Ordinal)
            .Take(top)
            .Select(r => new Ranked(r.Record, Math.Round(r.Score, 4), terms, source, initialsHits.Contains(r.Slot), r.Feedback))
            .ToList();
    }

    /// <summary>The verdicts' factor for (source, candidate), and the verdict that weighed most; null when none applies.</summary>
    private FeedbackReason? Judge(Source source, MatchKind kind, IndexedRecord candidate, IReadOnlyList<PairVerdict> verdicts)
    {
        // The pair is always (need, other): which side is the source depends on the direction.
        var (need, other, otherKind) = source.Kind == MatchKind.Need ? (source.Record, candidate, kind) : (candidate, source.Record, source.Kind);
        if (need.Record.Kind != MatchKind.Need || other.Record.Kind == MatchKind.Need)
        {
            return null;
        }
        double confirmed = 0, rejected = 0, strongest = 0;
        PairVerdict? named = null;
        foreach (var verdict in verdicts.Where(v => v.OtherKind == otherKind))
        {
            var similarity = Similar(need, MatchKind.Need, verdict.NeedId) * Similar(other, otherKind, verdict.OtherId);
            if (similarity <= 0.05)
            {
                continue;
            }
            var weight = similarity * (verdict.Verdict == Verdict.Confirmed ? MatchFeedback.ConfirmedWeight : MatchFeedback.RejectedWeight);
            if (verdict.Verdict == Verdict.Confirmed)
            {
                confirmed += similarity;
            }
            else
            {
                rejected += similarity;
            }
            if (weight > strongest)
            {
                (strongest, named) = (weight, verdict);
            }
        }
        if (named is null)
        {
            return null;
        }
        var factor = Math.Clamp(1 + MatchFeedback.ConfirmedWeight * confirmed - MatchFeedback.RejectedWeight * rejected, MatchFeedback.MinFactor, MatchFeedback.MaxFactor);
        var namedSimilarity = Similar(need, MatchKind.Need, named.NeedId) * Similar(other, otherKind, named.OtherId);
        return new FeedbackReason(named, Math.Round(namedSimilarity, 2), Math.Round(factor, 2));
    }

    private double Similar(IndexedRecord record, MatchKind kind, string judgedId) =>
        record.Record.Id == judgedId && record.Record.Kind == kind ? 1
        : _indexes[kind].Find(judgedId) is { } judged ? MatchFeedback.Similarity(record.Signature, judged.Signature)
        : 0;

    private static bool SameField(Source? source, IndexedRecord candidate) =>
        source is not null && source.Record.NormalizedField.Length > 0 && source.Record.NormalizedField == candidate.NormalizedField;

    private static bool SameRegion(Source? source, IndexedRecord candidate) =>
        source is not null && !string.IsNullOrWhiteSpace(source.Record.Record.Region) && source.Record.Record.Region == candidate.Record.Region;

    private static MatchReasons Reasons(IndexedRecord record, List<QueryTerm> terms, Source? source, bool initials, FeedbackReason? feedback)
    {
        var grams = terms.Any(t => t.Gram) ? record.Grams() : [];
        var words = new List<string>();
        var synonyms = new List<SynonymUse>();
        var pieces = new List<string>();
        foreach (var term in terms)
        {
            if (term.Gram)
            {
                if (IndexedRecord.HasGram(term.Term, grams))
                {
                    pieces.Add(term.Term);
                }
            }
            else if (record.HasWord(term.Term))
            {
                if (term.For is { } word)
                {
                    synonyms.Add(new SynonymUse(word, term.Term));
                }
                else
                {
                    words.Add(term.Term);
                }
            }
        }
        return new MatchReasons(words.Take(12).ToList(), synonyms.Take(8).ToList(), pieces.Take(8).ToList(),
            SameField(source, record), SameRegion(source, record), initials, feedback);
    }
}
