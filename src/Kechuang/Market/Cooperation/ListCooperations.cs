using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Cooperation;

/// <summary>GET /api/market/cooperations: the bureau's projects of its region, an enterprise user's own; latest signed first.</summary>
public sealed class ListCooperations(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<CooperationDto>> HandleAsync(Caller caller, ListCooperationsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<CooperationDto>.Normalize(query.Page, query.PageSize);
        var today = clock.TodayInChina();
        var rows = Filtered(db, caller, query, today);
        var total = await rows.CountAsync(ct);
        var items = await rows.Include(c => c.Payments).OrderByDescending(c => c.SignedOn).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<CooperationDto>([.. items.Select(c => CooperationDto.From(c, today))], total, page, size);
    }

    internal static IQueryable<CooperationProject> Filtered(KechuangDbContext db, Caller caller, ListCooperationsQuery query, DateOnly today)
    {
        var rows = CooperationAccess.Visible(db, caller).AsNoTracking();
        if (caller.ScopeTo(query.Region) is { } region)
        {
            rows = CooperationAccess.InRegion(rows, db, region);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(c => EF.Functions.Like(c.Title, pattern, "\\") || EF.Functions.Like(c.EnterpriseName, pattern, "\\") || EF.Functions.Like(c.Holder, pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(query.Mode))
        {
            var mode = query.Mode.Trim();
            rows = rows.Where(c => c.Mode == mode);
        }
        if (query.Overdue == true)
        {
            rows = rows.Where(c => c.NextFollowUpOn < today);
        }
        if (query.Year is { } year)
        {
            var y = Math.Clamp(year, 2000, 2100);
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            rows = rows.Where(c => c.SignedOn >= from && c.SignedOn <= to);
        }
        return rows;
    }
}
