using Kechuang.Common;
using Kechuang.Matching;
using Kechuang.Users;

namespace Kechuang.Market.Search;

/// <summary>What to search: the text, one kind (need, achievement, expert) or all, a 技术领域, a sub-region, the page.</summary>
public sealed record MarketSearchQuery(string? Q = null, string? Kind = null, string? Field = null, string? Region = null, int? Page = null, int? PageSize = null);

/// <summary>
/// GET /api/market/search (docs/domain.md §7.1, § 产学研 — 检索与推荐): one search over the region's published needs, its
/// achievements and, for the bureau, its expert pool, ranked by the matching engine. Any text gets an answer, never an
/// error: blank or only punctuation an empty list, 500 characters the hits of its beginning.
/// </summary>
public sealed class SearchMarket(MarketRecords records)
{
    private const int MaxHits = 1000;

    public async Task<MarketSearchResult> HandleAsync(Caller caller, MarketSearchQuery query, CancellationToken ct = default)
    {
        MarketRecords.RequireSearcher(caller);
        var (page, size) = Page<MarketHit>.Normalize(query.Page, query.PageSize);
        MatchKind[] kinds;
        if (string.IsNullOrWhiteSpace(query.Kind))
        {
            kinds = MarketRecords.SeesExperts(caller) ? [MatchKind.Need, MatchKind.Achievement, MatchKind.Expert] : [MatchKind.Need, MatchKind.Achievement];
        }
        else
        {
            var kind = MarketHit.KindOf(query.Kind) ?? throw new ValidationFailedException("kind", "检索类别应为 need（技术需求）、achievement（科技成果）或 expert（专家）");
            if (kind == MatchKind.Expert && !MarketRecords.SeesExperts(caller))
            {
                throw new ForbiddenException("专家库仅供科技局使用");
            }
            kinds = [kind];
        }
        var region = caller.ScopeTo(query.Region);
        if (!(query.Q ?? "").Any(char.IsLetterOrDigit))
        {
            // Nothing to look for (blank, or only punctuation): an empty answer. Browsing is the lists' job.
            return new MarketSearchResult([], 0, page, size);
        }
        var filter = new MatchFilter(string.IsNullOrWhiteSpace(query.Field) ? null : query.Field.Trim(), region?.ScopePrefix);
        // Up to 1,000 hits counted and ordered, only the page's with their reasons and highlights (ADR 0019).
        var found = await records.QueryAsync(caller, engine => engine.SearchPage(new MatchSearch(query.Q, kinds, filter, MaxHits), (int)Math.Min((page - 1L) * size, MaxHits), size), ct);
        return new MarketSearchResult([.. found.Hits.Select(MarketHit.From)], found.Total, page, size);
    }
}
