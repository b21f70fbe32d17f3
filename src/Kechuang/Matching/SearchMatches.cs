using Kechuang.Enterprises;

namespace Kechuang.Matching;

/// <summary>What to search: the text, the kinds of record, the filter and how many hits.</summary>
public sealed record MatchSearch(string? Text, IReadOnlyList<MatchKind>? Kinds = null, MatchFilter? Filter = null, int Top = 20);

/// <summary>One page of a search's hits, and how many hits the search found (up to its <see cref="MatchSearch.Top"/>).</summary>
public sealed record MatchPage(IReadOnlyList<MatchHit> Hits, int Total);

public sealed partial class MatchEngine
{
    /// <summary>
    /// One Chinese search over needs, achievements and experts: words (two characters are a word), synonyms, bigrams
    /// of unknown words, and pinyin initials of titles for a query of Latin letters (jqsj → 机器视觉). A query that
    /// gives no term but has a letter (one character: 锂) finds the titles and keywords containing it; an empty or
    /// punctuation-only query lists the filtered records by id: an answer, never an error.
    /// </summary>
    public IReadOnlyList<MatchHit> Search(MatchSearch search) => SearchPage(search, 0, int.MaxValue).Hits;

    /// <summary>
    /// The same search, its hits counted and ordered up to <see cref="MatchSearch.Top"/>, but only those from
    /// <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> given with their reasons: a page of
    /// 20 out of up to 1,000 (ADR 0019).
    /// </summary>
    public MatchPage SearchPage(MatchSearch search, int skip, int take)
    {
        var kinds = search.Kinds is { Count: > 0 } ? search.Kinds : Enum.GetValues<MatchKind>();
        var filter = search.Filter ?? MatchFilter.None;
        var top = Math.Clamp(search.Top, 1, 1000);
        var query = MatchQuery.FromText(search.Text, Thesaurus, _segmenter);
        var compact = new string(ChineseSegmenter.Normalize(search.Text).Where(c => !char.IsWhiteSpace(c)).ToArray());
        var initials = PinyinInitials.LooksLikeInitials(compact) ? compact : null;
        _lock.EnterReadLock();
        try
        {
            var ranked = Find(kinds, query, compact, initials, filter, top);
            return new MatchPage([.. ranked.Skip(Math.Max(skip, 0)).Take(Math.Max(take, 0)).Select(r => r.Hit())], ranked.Count);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Under the read lock: the hits in order, up to <paramref name="top"/>, without their reasons.</summary>
    private List<Ranked> Find(IReadOnlyList<MatchKind> kinds, List<QueryTerm> query, string compact, string? initials, MatchFilter filter, int top)
    {
        if (query.Count == 0 && initials is null && compact.Any(char.IsLetterOrDigit))
        {
            // One character (锂) or a word in no record: titles and keywords that contain the text as it is.
            return kinds.SelectMany(k => _indexes[k].All.Where(filter.Allows))
                .Where(r => ChineseSegmenter.Normalize(r.Record.Title).Contains(compact, StringComparison.Ordinal)
                    || r.Record.KeywordList.Any(w => ChineseSegmenter.Normalize(w).Contains(compact, StringComparison.Ordinal)))
                .OrderBy(r => r.Record.Kind).ThenBy(r => r.Record.Id, StringComparer.Ordinal)
                .Take(top)
                .Select(Ranked.Listed)
                .ToList();
        }
        if (query.Count == 0 && initials is null)
        {
            return kinds.SelectMany(k => _indexes[k].All.Where(filter.Allows))
                .OrderBy(r => r.Record.Kind).ThenBy(r => r.Record.Id, StringComparer.Ordinal)
                .Take(top)
                .Select(Ranked.Listed)
                .ToList();
        }
        return kinds.SelectMany(k => Candidates(k, query, null, initials, filter, top))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Record.Record.Kind).ThenBy(h => h.Record.Record.Id, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }
}
