using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

public sealed record ListVisitsQuery(string? Region = null, int? Year = null, string? Q = null, int? Page = null, int? PageSize = null);

/// <summary>GET /api/visits: the visits of the bureau's region, newest first.</summary>
public sealed class ListVisits(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<VisitDto>> HandleAsync(Caller caller, ListVisitsQuery query, CancellationToken ct = default)
    {
        VisitAccess.RequireBureau(caller);
        return await PageAsync(Filtered(db, caller, query), query, ct);
    }

    private async Task<Page<VisitDto>> PageAsync(IQueryable<Visit> rows, ListVisitsQuery query, CancellationToken ct)
    {
        var (page, size) = Page<VisitDto>.Normalize(query.Page, query.PageSize);
        var total = await rows.CountAsync(ct);
        var items = await rows.Include(v => v.Problems).ThenInclude(p => p.FollowUps).AsSplitQuery()
            .OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.CreatedAt).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var today = clock.TodayInChina();
        return new Page<VisitDto>([.. items.Select(v => VisitDto.From(v, today))], total, page, size);
    }

    /// <summary>The filters, shared with the export.</summary>
    internal static IQueryable<Visit> Filtered(KechuangDbContext db, Caller caller, ListVisitsQuery query)
    {
        VisitAccess.RequireBureau(caller);
        var rows = VisitAccess.Visible(db, caller, caller.ScopeTo(query.Region)).AsNoTracking();
        if (query.Year is { } year)
        {
            rows = rows.Where(v => v.VisitedOn >= new DateOnly(year, 1, 1) && v.VisitedOn <= new DateOnly(year, 12, 31));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(v => EF.Functions.Like(v.EnterpriseName, pattern, "\\") || EF.Functions.Like(v.Visitors, pattern, "\\")
                || EF.Functions.Like(v.Summary, pattern, "\\"));
        }
        return rows;
    }
}
