using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Needs;

/// <summary>Filters of the needs list: <see cref="Q"/> matches title, enterprise or keywords' text; the others exactly.</summary>
public sealed record ListNeedsQuery(
    string? Region = null, string? Q = null, string? Field = null, string? Status = null, string? Review = null, int? Page = null, int? PageSize = null);

/// <summary>GET /api/market/needs: the caller's needs (docs/domain.md §7.1), newest first.</summary>
public sealed class ListNeeds(KechuangDbContext db)
{
    public async Task<Page<NeedDto>> HandleAsync(Caller caller, ListNeedsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<NeedDto>.Normalize(query.Page, query.PageSize);
        var needs = Filtered(NeedAccess.Listed(db, caller, query.Region), query);
        var total = await needs.CountAsync(ct);
        var items = await needs.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<NeedDto>([.. items.Select(NeedDto.From)], total, page, size);
    }

    /// <summary>The filters, shared with the export so the sheet holds what the list shows.</summary>
    internal static IQueryable<TechNeed> Filtered(IQueryable<TechNeed> needs, ListNeedsQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            needs = needs.Where(n => EF.Functions.Like(n.Title, pattern, "\\") || EF.Functions.Like(n.EnterpriseName, pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            var field = query.Field.Trim();
            needs = needs.Where(n => n.Field == field);
        }
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = query.Status.Trim();
            needs = needs.Where(n => n.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.Review))
        {
            var review = query.Review.Trim();
            needs = needs.Where(n => n.Review == review);
        }
        return needs;
    }
}
