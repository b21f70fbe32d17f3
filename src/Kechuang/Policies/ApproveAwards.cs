using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>
/// POST /api/policies/{code}/awards/approve: after the 公示 period has ended and every objection is answered, the list is
/// approved (docs/domain.md §7.5) on the day of the bureau's decision (today unless recorded later). 409 while the period
/// runs or an objection waits.
/// </summary>
public sealed class ApproveAwards(KechuangDbContext db, TimeProvider clock)
{
    public async Task<int> HandleAsync(Caller caller, string code, ApproveRequest request, CancellationToken ct = default)
    {
        var clause = await PolicyAccess.ClauseAsync(db, caller, code, track: false, ct);
        PolicyAccess.RequireWriter(caller, clause);
        var y = ListBeneficiaries.Year(request.Year, clause);
        var awards = await PolicyAccess.InRegion(db.PolicyAwards, PolicyAccess.Scope(caller, clause), Regions.RegionScope.MatchFor(db))
            .Where(a => a.Code == clause.Code && a.Year == y && (a.Status == AwardStatus.Public || a.Status == AwardStatus.Objected))
            .ToListAsync(ct);
        if (awards.Count == 0)
        {
            throw new ConflictException("没有公示中的名单");
        }
        var objected = awards.Count(a => a.Status == AwardStatus.Objected);
        if (objected > 0)
        {
            throw new ConflictException($"还有 {objected} 条异议未处理，处理后才能批准");
        }
        var today = clock.TodayInChina();
        var approvedOn = request.ApprovedOn ?? today;
        if (approvedOn > today)
        {
            throw new ValidationFailedException("approvedOn", "批准日期不能晚于今天");
        }
        if (awards.Max(a => a.PublicTo) is { } end && end >= approvedOn)
        {
            throw new ConflictException($"公示期至 {end:yyyy-MM-dd} 结束，期满后才能批准");
        }
        foreach (var award in awards)
        {
            award.Status = AwardStatus.Approved;
            award.ApprovedOn = approvedOn;
            award.UpdatedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
        return awards.Count;
    }
}
