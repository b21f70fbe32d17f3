using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.ServiceHall;

public sealed record ListAccountRequestsQuery(string? Status = null, string? Q = null, int? Page = null, int? PageSize = null);

/// <summary>GET /api/hall/requests: the registration requests of the caller's region, pending first.</summary>
public sealed class ListAccountRequests(KechuangDbContext db)
{
    public async Task<Page<AccountRequestDto>> HandleAsync(Caller caller, ListAccountRequestsQuery query, CancellationToken ct = default)
    {
        HallAccess.RequireBureauRead(caller);
        var (page, size) = Page<AccountRequestDto>.Normalize(query.Page, query.PageSize);
        var rows = db.HallAccountRequests.AsNoTracking().Within(r => r.RegionCode, caller.Region);
        if (Validation.Blank(query.Status) is { } status)
        {
            if (!AccountRequestStatus.All.Contains(status))
            {
                throw new ValidationFailedException("status", $"状态“{status}”不存在，可选：{string.Join("、", AccountRequestStatus.All)}");
            }
            rows = rows.Where(r => r.Status == status);
        }
        if (Validation.Blank(query.Q) is { } q)
        {
            rows = rows.Where(r => r.EnterpriseName.Contains(q) || r.Uscc == q.ToUpperInvariant() || r.DisplayName.Contains(q) || r.Phone == q);
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(r => r.Status == AccountRequestStatus.Pending ? 0 : 1).ThenByDescending(r => r.CreatedAt)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<AccountRequestDto>([.. items.Select(AccountRequestDto.From)], total, page, size);
    }
}
