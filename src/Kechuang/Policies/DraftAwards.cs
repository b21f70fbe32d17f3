using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>
/// POST /api/policies/{code}/awards/draft?year=Y: the list to publish (docs/domain.md §7.5). For a 免申即享 clause every
/// qualifying enterprise of the caller's part of the region; otherwise the enterprises that applied. Amounts come from the
/// current edition within the budget still free; drafting again replaces the entries not yet published. Unknown ones
/// are reported with their reasons and not listed until their facts are filed.
/// </summary>
public sealed class DraftAwards(KechuangDbContext db, TimeProvider clock)
{
    public async Task<DraftResult> HandleAsync(Caller caller, string code, int? year, CancellationToken ct = default)
    {
        var clause = await PolicyAccess.ClauseAsync(db, caller, code, track: false, ct);
        PolicyAccess.RequireWriter(caller, clause);
        var y = ListBeneficiaries.Year(year, clause);
        var scope = PolicyAccess.Scope(caller, clause);
        var existing = await GetPolicy.Awards(db, caller, clause).Where(a => a.Year == y).ToListAsync(ct);
        var settled = existing.Where(a => a.Status is not (AwardStatus.Listed or AwardStatus.Applied)).Select(a => a.EnterpriseId).ToHashSet();
        var applicants = existing.Where(a => a.Status == AwardStatus.Applied).ToList();
        IReadOnlySet<Guid>? candidates = clause.AutoGrant ? null : applicants.Select(a => a.EnterpriseId).ToHashSet();
        var run = await PolicyRuns.RunAsync(db, clause, y, candidates,
            applicants.Where(a => a.AppliedAt is not null).ToDictionary(a => a.EnterpriseId, a => a.AppliedAt!.Value), fixedBudget: true, ct);
        var facts = await PolicyRuns.FactsAsync(db, scope, y, ct);
        var results = PolicyCalculator.Compute(run, facts).Where(b => !settled.Contains(b.EnterpriseId)).ToList();

        var now = clock.GetUtcNow();
        db.PolicyAwards.RemoveRange(await db.PolicyAwards.Where(a => existing.Select(e => e.Id).Contains(a.Id) && a.Status == AwardStatus.Listed).ToListAsync(ct));
        var applied = await db.PolicyAwards.Where(a => a.Code == clause.Code && a.Year == y && a.Status == AwardStatus.Applied).ToListAsync(ct);
        foreach (var b in results.Where(b => b.Status == Beneficiary.Eligible))
        {
            var trace = PolicyRuns.Serialize(b.Trace);
            if (applied.FirstOrDefault(a => a.EnterpriseId == b.EnterpriseId) is { } application)
            {
                application.ClauseId = clause.Id;
                application.Amount = b.Amount;
                application.Trace = trace;
                application.Status = AwardStatus.Listed;
                application.UpdatedAt = now;
                continue;
            }
            db.PolicyAwards.Add(new PolicyAward
            {
                ClauseId = clause.Id, Code = clause.Code, Year = y, EnterpriseId = b.EnterpriseId, EnterpriseName = b.Name, Uscc = b.Uscc,
                RegionCode = b.RegionCode, Source = PolicyRules.Auto, Status = AwardStatus.Listed, Amount = b.Amount, Trace = trace,
                CreatedAt = now, UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
        var listed = results.Where(b => b.Status == Beneficiary.Eligible).ToList();
        var unknown = results.Where(b => b.Status == Beneficiary.Unknown).ToList();
        return new DraftResult(listed.Count, listed.Sum(b => b.Amount), unknown.Count, unknown);
    }
}

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
