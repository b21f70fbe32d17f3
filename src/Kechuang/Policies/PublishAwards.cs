using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>
/// POST /api/policies/{code}/awards/publish: the drafted list goes to 公示 for the period posted (docs/domain.md §7.5; the
/// period is local: 5 working days or 7 days, so it is what the bureau posted, at least 5 days).
/// </summary>
public sealed class PublishAwards(KechuangDbContext db, TimeProvider clock)
{
    public const int MinimumDays = 5;

    public async Task<int> HandleAsync(Caller caller, string code, PublishRequest request, CancellationToken ct = default)
    {
        var clause = await PolicyAccess.ClauseAsync(db, caller, code, track: false, ct);
        PolicyAccess.RequireWriter(caller, clause);
        var y = ListBeneficiaries.Year(request.Year, clause);
        var v = new Validation();
        v.Require(request.From is not null, "from", "请填写公示开始日期");
        v.Require(request.To is not null, "to", "请填写公示结束日期");
        v.ThrowIfAny();
        v.Require(request.To!.Value.DayNumber - request.From!.Value.DayNumber + 1 >= MinimumDays, "to", $"公示期不少于{MinimumDays}天");
        v.Require(request.From.Value <= clock.TodayInChina().AddDays(30), "from", "公示开始日期不能晚于30天后");
        v.ThrowIfAny();
        var listed = await Listed(db, caller, clause, y).ToListAsync(ct);
        if (listed.Count == 0)
        {
            throw new ConflictException("没有待公示的名单：请先生成名单");
        }
        foreach (var award in listed)
        {
            award.Status = AwardStatus.Public;
            award.PublicFrom = request.From;
            award.PublicTo = request.To;
            award.UpdatedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
        return listed.Count;
    }

    private static IQueryable<PolicyAward> Listed(KechuangDbContext db, Caller caller, PolicyClause clause, int year) =>
        PolicyAccess.InRegion(db.PolicyAwards, PolicyAccess.Scope(caller, clause), Regions.RegionScope.MatchFor(db))
            .Where(a => a.Code == clause.Code && a.Year == year && a.Status == AwardStatus.Listed);
}
