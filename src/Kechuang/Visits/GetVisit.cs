using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

/// <summary>GET /api/visits/{id}: the visit with its problems and follow-ups (outside the caller's reach: 404).</summary>
public sealed class GetVisit(KechuangDbContext db, TimeProvider clock)
{
    public async Task<VisitDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var visit = await VisitAccess.Visible(db, caller).AsNoTracking().Include(v => v.Problems).ThenInclude(p => p.FollowUps).AsSplitQuery()
            .FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException("未找到该走访记录");
        return VisitDto.From(visit, clock.TodayInChina());
    }
}
