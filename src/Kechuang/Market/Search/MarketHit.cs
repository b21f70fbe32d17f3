using Kechuang.Matching;

namespace Kechuang.Market.Search;

/// <summary>
/// A record found or recommended: what it is, the spans of its title and text with the matched words marked (plain
/// text, for a page to show as text), and why it ranks here in one line of Chinese.
/// </summary>
public sealed record MarketHit(
    string Kind,
    Guid Id,
    string Title,
    string Holder,
    string Field,
    string Region,
    double Score,
    string Reasons,
    IReadOnlyList<string> Terms,
    IReadOnlyList<HighlightSpan> TitleSpans,
    IReadOnlyList<HighlightSpan> TextSpans)
{
    /// <summary>The broker's verdict on this pair (<c>confirmed</c> or <c>rejected</c>) in a recommendation list; null when none.</summary>
    public string? Verdict { get; init; }

    public const string Need = "need";
    public const string Achievement = "achievement";
    public const string Expert = "expert";

    /// <summary>The words a page marks: matched words, the synonyms that matched, character pairs.</summary>
    public static MarketHit From(MatchHit hit) => new(
        KindName(hit.Record.Kind), Guid.Parse(hit.Record.Id), hit.Record.Title, hit.Record.Holder, hit.Record.Field, hit.Record.Region, hit.Score,
        hit.Reasons.Describe(),
        [.. hit.Reasons.Terms.Concat(hit.Reasons.Synonyms.Select(s => s.Synonym)).Concat(hit.Reasons.Pieces).Distinct(StringComparer.Ordinal)],
        MatchHighlight.Spans(hit.Record.Title, hit.Reasons),
        MatchHighlight.Spans(hit.Record.Description, hit.Reasons));

    public static string KindName(MatchKind kind) => kind switch
    {
        MatchKind.Need => Need,
        MatchKind.Achievement => Achievement,
        _ => Expert,
    };

    /// <summary>The verdicts on (need, other) pairs as their hits show them.</summary>
    public static IReadOnlyList<MarketHit> WithVerdicts(IEnumerable<MarketHit> hits, MatchFeedback feedback, Func<MarketHit, (string NeedId, MatchKind Kind, string OtherId)> pair)
    {
        var verdicts = feedback.Verdicts.ToDictionary(v => (v.NeedId, v.OtherKind, v.OtherId));
        return [.. hits.Select(h => verdicts.TryGetValue(pair(h), out var v)
            ? h with { Verdict = v.Verdict == Matching.Verdict.Confirmed ? Market.Feedback.BrokerVerdict.Confirmed : Market.Feedback.BrokerVerdict.Rejected }
            : h)];
    }

    public static MatchKind? KindOf(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Need or "需求" => MatchKind.Need,
        Achievement or "成果" => MatchKind.Achievement,
        Expert or "专家" => MatchKind.Expert,
        _ => null,
    };
}

/// <summary>A page of search hits; <see cref="Total"/> counts the hits up to the engine's cut of 1,000.</summary>
public sealed record MarketSearchResult(IReadOnlyList<MarketHit> Items, int Total, int PageNumber, int PageSize);

/// <summary>Recommendations for one record, by kind of partner.</summary>
public sealed record MarketRecommendations(IReadOnlyList<MarketHit> Achievements, IReadOnlyList<MarketHit> Experts, IReadOnlyList<MarketHit> Needs);
