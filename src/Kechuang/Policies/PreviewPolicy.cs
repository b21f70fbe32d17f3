using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>
/// An enterprise user's side of 政策兑现 (docs/domain.md §7.5): the clauses that cover its enterprise with what it would
/// receive and why, and the application with the computed amount shown before it is sent. 免申即享 clauses need no
/// application: the bureau lists the enterprise itself.
/// </summary>
public sealed class PreviewPolicy(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PolicyPreview> HandleAsync(Caller caller, string code, int? year, CancellationToken ct = default)
    {
        var (enterpriseId, clause) = await OwnAsync(db, caller, code, ct);
        return await PreviewAsync(db, clause, enterpriseId, ListBeneficiaries.Year(year, clause), clock.TodayInChina(), ct);
    }

    /// <summary>Every current clause that covers the enterprise, with its own computation.</summary>
    public async Task<IReadOnlyList<(PolicyDto Clause, PolicyPreview Preview)>> OpenAsync(Caller caller, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Enterprise);
        var region = await PolicyAccess.EnterpriseRegionAsync(db, caller, ct) ?? throw new ForbiddenException("当前账号未关联企业");
        var above = PolicyAccess.Above(region).Append(region.Value).ToArray();
        var clauses = await db.PolicyClauses.AsNoTracking().Where(c => c.Current && above.Contains(c.RegionCode))
            .OrderByDescending(c => c.Year).ThenBy(c => c.Code).Take(100).ToListAsync(ct);
        var list = new List<(PolicyDto, PolicyPreview)>();
        foreach (var clause in clauses)
        {
            list.Add((await GetPolicy.DtoAsync(db, caller, clause, ct),
                await PreviewAsync(db, clause, caller.EnterpriseId!.Value, clause.Year, clock.TodayInChina(), ct)));
        }
        return list;
    }

    internal static async Task<(Guid EnterpriseId, PolicyClause Clause)> OwnAsync(KechuangDbContext db, Caller caller, string code, CancellationToken ct)
    {
        caller.RequireRole(Roles.Enterprise);
        var id = caller.EnterpriseId ?? throw new ForbiddenException("当前账号未关联企业");
        return (id, await PolicyAccess.ClauseAsync(db, caller, code, track: false, ct));
    }

    internal static async Task<PolicyPreview> PreviewAsync(KechuangDbContext db, PolicyClause clause, Guid enterpriseId, int year, DateOnly today, CancellationToken ct)
    {
        var run = await PolicyRuns.RunAsync(db, clause, year, null, null, fixedBudget: true, ct);
        // Alone, the enterprise would get its whole amount: the budget is shared when the list is drafted.
        run = run with { BudgetLeft = null };
        var facts = await PolicyRuns.FactsAsync(db, RegionCode.Parse(clause.RegionCode), year, ct, enterpriseId);
        var result = PolicyCalculator.Compute(run, facts).FirstOrDefault();
        var award = await db.PolicyAwards.AsNoTracking().FirstOrDefaultAsync(a => a.Code == clause.Code && a.Year == year && a.EnterpriseId == enterpriseId, ct);
        var cannot = clause.AutoGrant ? "免申即享：无需申请，由科技局按数据直接列入名单"
            : award is not null ? $"已{(award.Status == AwardStatus.Applied ? "申请" : "列入名单")}（{award.Status}）"
            : clause.ValidFrom is { } from && today < from ? $"申报自 {from:yyyy-MM-dd} 开始"
            : clause.ValidTo is { } to && today > to ? $"申报已于 {to:yyyy-MM-dd} 截止"
            : result is null ? "按已填报的数据不符合条件"
            : result.Status == Beneficiary.Unknown ? result.Reason
            : null;
        return new PolicyPreview(clause.Code, year, result?.Status == Beneficiary.Eligible, result?.Status ?? "ineligible", result?.Amount ?? 0,
            result?.Reason, result?.Trace ?? [], award is null ? null : ListAwards.Dto(award, clause, null), cannot is null, cannot);
    }
}
