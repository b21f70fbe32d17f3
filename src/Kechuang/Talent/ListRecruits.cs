using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>GET /api/talent/recruits: the postgraduates and postdocs the caller sees (docs/domain.md §7.7), newest first.</summary>
public sealed class ListRecruits(KechuangDbContext db)
{
    public async Task<Page<RecruitDto>> HandleAsync(Caller caller, ListRecruitsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<RecruitDto>.Normalize(query.Page, query.PageSize);
        var rows = Filtered(TalentAccess.Recruits(db, caller, query.Region), query);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(r => r.RecruitedOn).ThenBy(r => r.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<RecruitDto>([.. items.Select(RecruitDto.From)], total, page, size);
    }

    internal static IQueryable<TalentRecruit> Filtered(IQueryable<TalentRecruit> rows, ListRecruitsQuery query)
    {
        if (query.EnterpriseId is { } enterprise)
        {
            rows = rows.Where(r => r.EnterpriseId == enterprise);
        }
        if (!string.IsNullOrWhiteSpace(query.Degree))
        {
            var degree = query.Degree.Trim();
            if (!TalentRules.RecruitDegrees.Contains(degree))
            {
                throw new ValidationFailedException("degree", "学历应为硕士、博士或博士后");
            }
            rows = rows.Where(r => r.Degree == degree);
        }
        if (query.Year is { } year)
        {
            if (year is < 2000 or > 2100)
            {
                throw new ValidationFailedException("year", "年份应在2000年以后");
            }
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            rows = rows.Where(r => r.RecruitedOn >= from && r.RecruitedOn <= to);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(r => EF.Functions.Like(r.PersonName, pattern, "\\") || EF.Functions.Like(r.Employer, pattern, "\\")
                || EF.Functions.Like(r.School, pattern, "\\") || (r.Major != null && EF.Functions.Like(r.Major, pattern, "\\")));
        }
        return rows;
    }
}
