using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Experts;

/// <summary>Filters of the pool: <see cref="Q"/> matches the name, the organisation or the title; <see cref="Field"/> one field exactly.</summary>
public sealed record ListExpertsQuery(
    string? RegionCode = null, string? Q = null, string? Field = null, bool? Available = null, int? Page = null, int? PageSize = null);

public sealed class ListExperts(KechuangDbContext db)
{
    public async Task<Page<ExpertDto>> HandleAsync(Caller caller, ListExpertsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<ExpertDto>.Normalize(query.Page, query.PageSize);
        var experts = Filtered(ExpertAccess.Scoped(db, caller, query.RegionCode), query);
        var total = await experts.CountAsync(ct);
        var items = await experts.OrderBy(e => e.RegionCode).ThenBy(e => e.Organisation).ThenBy(e => e.Name)
            .Include(e => e.Relations).AsSplitQuery().Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. items.Select(e => e.RegionCode).Distinct()]);
        return new Page<ExpertDto>([.. items.Select(e => ExpertDto.From(e, c => regions(c)?.Name))], total, page, size);
    }

    /// <summary>The filters, shared with the export so the sheet holds what the list shows.</summary>
    internal static IQueryable<Expert> Filtered(IQueryable<Expert> experts, ListExpertsQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            experts = experts.Where(e => EF.Functions.Like(e.Name, pattern, "\\") || EF.Functions.Like(e.Organisation, pattern, "\\")
                || EF.Functions.Like(e.Title!, pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            var field = query.Field.Trim();
            experts = experts.Where(e => e.Fields.Contains(field));
        }
        if (query.Available is { } available)
        {
            experts = experts.Where(e => e.Available == available);
        }
        return experts;
    }
}
