using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>GET /api/patents: the patents the caller sees (docs/domain.md §7.8), newest application first.</summary>
public sealed class ListPatents(KechuangDbContext db)
{
    public async Task<Page<PatentDto>> HandleAsync(Caller caller, ListPatentsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<PatentDto>.Normalize(query.Page, query.PageSize);
        var rows = Filtered(IpAccess.Patents(db, caller, query.Region), query);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(p => p.AppliedOn).ThenBy(p => p.Number).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<PatentDto>([.. items.Select(PatentDto.From)], total, page, size);
    }

    internal static IQueryable<Patent> Filtered(IQueryable<Patent> rows, ListPatentsQuery query)
    {
        if (query.EnterpriseId is { } enterprise)
        {
            rows = rows.Where(p => p.EnterpriseId == enterprise);
        }
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = PatentRules.Kind(query.Kind) ?? throw new ValidationFailedException("kind", "专利类型应为发明、实用新型或外观设计");
            rows = rows.Where(p => p.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = query.Status.Trim();
            if (!PatentRules.Statuses.Contains(status))
            {
                throw new ValidationFailedException("status", $"法律状态应为{string.Join("、", PatentRules.Statuses)}之一");
            }
            rows = rows.Where(p => p.Status == status);
        }
        if (query.Year is { } year)
        {
            if (year is < 1985 or > 2100)
            {
                throw new ValidationFailedException("year", "年份应在1985年以后");
            }
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            rows = rows.Where(p => (p.AppliedOn >= from && p.AppliedOn <= to) || (p.GrantedOn >= from && p.GrantedOn <= to));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            // A number typed as printed (ZL…, spaces) is found by its application number.
            var number = PatentNumber.Parse(q).Number?.Application;
            var pattern = Like.Anywhere(q);
            rows = number is not null
                ? rows.Where(p => p.Number == number)
                : rows.Where(p => EF.Functions.Like(p.Number, pattern, "\\") || EF.Functions.Like(p.Applicant, pattern, "\\")
                    || (p.Title != null && EF.Functions.Like(p.Title, pattern, "\\")));
        }
        return rows;
    }
}
