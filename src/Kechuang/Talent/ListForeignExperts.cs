using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>
/// GET /api/talent/experts: the foreign experts of the caller's region (the bureau), permits ending soonest first;
/// <c>expiring=true</c> lists the permits that end within 60 days (docs/domain.md §7.7).
/// </summary>
public sealed class ListForeignExperts(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<ExpertDto>> HandleAsync(Caller caller, ListExpertsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<ExpertDto>.Normalize(query.Page, query.PageSize);
        var today = clock.TodayInChina();
        var rows = Filtered(db, caller, query, today);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(e => e.ValidTo).ThenBy(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<ExpertDto>([.. items.Select(e => ExpertDto.From(e, today))], total, page, size);
    }

    internal static IQueryable<ForeignExpert> Filtered(KechuangDbContext db, Caller caller, ListExpertsQuery query, DateOnly today)
    {
        var rows = TalentAccess.InRegion(db.ForeignExperts.AsNoTracking(), e => e.RegionCode, TalentAccess.BureauScope(caller, query.Region), db);
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var category = TalentRules.Category(query.Category) ?? throw new ValidationFailedException("category", "工作许可类别应为A类、B类或C类");
            rows = rows.Where(e => e.PermitCategory == category);
        }
        if (query.Expiring == true)
        {
            var until = today.AddDays(TalentRules.ExpiringDays);
            rows = rows.Where(e => e.ValidTo >= today && e.ValidTo <= until);
        }
        if (query.Valid == true)
        {
            rows = rows.Where(e => e.ValidFrom <= today && e.ValidTo >= today);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(e => EF.Functions.Like(e.Name, pattern, "\\") || EF.Functions.Like(e.Employer, pattern, "\\") || EF.Functions.Like(e.Nationality, pattern, "\\"));
        }
        return rows;
    }
}
