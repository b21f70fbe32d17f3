using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Calls;

/// <summary>Filters: year, <see cref="Q"/> in the title or programme, and a status (草稿, 未开始, 征集中, 已截止) on today.</summary>
public sealed record ListCallsQuery(string? RegionCode = null, int? Year = null, string? Q = null, string? Status = null, int? Page = null, int? PageSize = null);

public sealed class ListCalls(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<CallDto>> HandleAsync(Caller caller, ListCallsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<CallDto>.Normalize(query.Page, query.PageSize);
        var today = clock.TodayInChina();
        var calls = CallAccess.Visible(db, caller, query.RegionCode);
        if (query.Year is { } year)
        {
            calls = calls.Where(c => c.Year == year);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            calls = calls.Where(c => EF.Functions.Like(c.Title, pattern, "\\") || EF.Functions.Like(c.Programme, pattern, "\\"));
        }
        calls = query.Status?.Trim() switch
        {
            null or "" => calls,
            CallStatus.Draft => calls.Where(c => c.PublishedAt == null),
            CallStatus.Upcoming => calls.Where(c => c.PublishedAt != null && c.OpensOn > today),
            CallStatus.Open => calls.Where(c => c.PublishedAt != null && c.OpensOn <= today && c.ClosesOn >= today),
            CallStatus.Closed => calls.Where(c => c.PublishedAt != null && c.ClosesOn < today),
            var other => throw new ValidationFailedException("status", $"状态“{other}”无效：应为{string.Join("、", CallStatus.All)}"),
        };
        var total = await calls.CountAsync(ct);
        var items = await calls.OrderByDescending(c => c.Year).ThenByDescending(c => c.OpensOn).ThenBy(c => c.Title)
            .Include(c => c.Criteria).AsSplitQuery().Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. items.Select(c => c.RegionCode).Distinct()]);
        return new Page<CallDto>([.. items.Select(c => CallDto.From(c, regions(c.RegionCode)?.Name, today))], total, page, size);
    }
}
