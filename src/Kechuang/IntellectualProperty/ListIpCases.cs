using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>GET /api/ip/cases: the disputes of the caller's region, newest first; <c>status</c> 已受理/处理中/已结案.</summary>
public sealed class ListIpCases(KechuangDbContext db)
{
    public async Task<Page<IpCaseDto>> HandleAsync(Caller caller, string? regionCode, string? status, string? q, int? pageNumber, int? pageSize, CancellationToken ct = default)
    {
        var (page, size) = Page<IpCaseDto>.Normalize(pageNumber, pageSize);
        var rows = IpAccess.InRegion(db.IpCases.AsNoTracking(), c => c.RegionCode, IpAccess.BureauScope(caller, regionCode), db);
        rows = status?.Trim() switch
        {
            null or "" => rows,
            "已受理" => rows.Where(c => c.HandledOn == null && c.ClosedOn == null),
            "处理中" => rows.Where(c => c.HandledOn != null && c.ClosedOn == null),
            "已结案" => rows.Where(c => c.ClosedOn != null),
            _ => throw new ValidationFailedException("status", "状态应为已受理、处理中或已结案"),
        };
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like.Anywhere(q.Trim());
            rows = rows.Where(c => EF.Functions.Like(c.Title, pattern, "\\") || EF.Functions.Like(c.Complainant, pattern, "\\") || EF.Functions.Like(c.Respondent, pattern, "\\"));
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(c => c.ReceivedOn).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<IpCaseDto>([.. items.Select(IpCaseDto.From)], total, page, size);
    }
}
