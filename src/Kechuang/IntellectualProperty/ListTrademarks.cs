using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>GET /api/ip/trademarks: the trademarks of the caller's region, newest first; <c>q</c> matches name, holder or number.</summary>
public sealed class ListTrademarks(KechuangDbContext db)
{
    public async Task<Page<TrademarkDto>> HandleAsync(Caller caller, string? regionCode, string? q, int? pageNumber, int? pageSize, CancellationToken ct = default)
    {
        var (page, size) = Page<TrademarkDto>.Normalize(pageNumber, pageSize);
        var rows = IpAccess.InRegion(db.Trademarks.AsNoTracking(), t => t.RegionCode, IpAccess.BureauScope(caller, regionCode), db);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like.Anywhere(q.Trim());
            rows = rows.Where(t => EF.Functions.Like(t.Name, pattern, "\\") || EF.Functions.Like(t.Holder, pattern, "\\") || EF.Functions.Like(t.RegistrationNumber, pattern, "\\"));
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(t => t.RegisteredOn).ThenBy(t => t.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<TrademarkDto>([.. items.Select(TrademarkDto.From)], total, page, size);
    }
}
