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
