namespace Kechuang.Matching;

public sealed partial class MatchEngine
{
    /// <summary>
    /// The records of <paramref name="target"/> most likely to fit <paramref name="source"/>, best first, each with its
    /// reasons: for a need, achievements or experts; for an achievement or expert, needs. The source need not be
    /// indexed (the CLI recommends for records of a file); when it is, it is never its own match.
    /// </summary>
    public IReadOnlyList<MatchHit> Recommend(MatchRecord source, MatchKind target, int top = 10, MatchFilter? filter = null)
    {
        var cut = IndexedRecord.Cut(source, _segmenter, keepWords: true);
        var query = MatchQuery.FromRecord(cut, Thesaurus);
        _lock.EnterReadLock();
        try
        {
            return Rank(target, query, new Source(cut, source.Kind), null, filter ?? MatchFilter.None, Math.Clamp(top, 1, 1000));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Achievements (or experts) for an indexed need; empty when the need is not indexed.</summary>
    public IReadOnlyList<MatchHit> RecommendForNeed(string needId, MatchKind target = MatchKind.Achievement, int top = 10, MatchFilter? filter = null) =>
        Find(MatchKind.Need, needId) is { } need ? Recommend(need, target, top, filter) : [];
}
