using System.Text.Json;
using Kechuang.Contracts;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Finance;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>
/// Loads what a clause's computation reads — the region's enterprises with their facts, the contracts they sold, the
/// yearly total and what other clauses already granted — and builds the <see cref="ClauseRun"/> (docs/domain.md §7.5).
/// Shared by the beneficiaries list, the drafting of awards, an enterprise's preview, the export and the command line.
/// </summary>
public static class PolicyRuns
{
    public static readonly JsonSerializerOptions TraceJson = new(JsonSerializerDefaults.Web);

    public static async Task<PolicyYearFacts> FactsAsync(KechuangDbContext db, RegionCode region, int year, CancellationToken ct, Guid? enterpriseId = null) =>
        new(year, await EnterprisePolicyFactsQuery.InRegionAsync(db, region, year, ct, enterpriseId), await SoldContractsQuery.InYearAsync(db, region, year, ct),
            await LoanYearQuery.InYearAsync(db, region, year, ct, enterpriseId));

    /// <summary>
    /// The run of <paramref name="clause"/> for <paramref name="year"/>. <paramref name="fixedBudget"/>: count the awards already
    /// published, approved or paid against the budget (drafting a list); otherwise the whole budget is shared among all.
    /// </summary>
    public static async Task<ClauseRun> RunAsync(KechuangDbContext db, PolicyClause clause, int year, IReadOnlySet<Guid>? candidates,
        IReadOnlyDictionary<Guid, DateTimeOffset>? appliedAt, bool fixedBudget, CancellationToken ct)
    {
        var condition = PolicyFormula.TryParse(clause.Condition, condition: true, out var p1) ?? throw new InvalidOperationException(p1);
        var amount = PolicyFormula.TryParse(clause.Amount, condition: false, out var p2) ?? throw new InvalidOperationException(p2);
        decimal? budgetLeft = clause.Budget;
        if (clause.Budget is { } budget && fixedBudget)
        {
            string[] fixedStates = [AwardStatus.Public, AwardStatus.Objected, AwardStatus.Approved, AwardStatus.Paid];
            var held = await db.PolicyAwards.AsNoTracking().Where(a => a.Code == clause.Code && a.Year == year && fixedStates.Contains(a.Status))
                .Select(a => a.Amount).ToListAsync(ct);
            budgetLeft = Math.Max(0, budget - held.Sum());
        }
        var ceiling = await db.PolicyCeilings.AsNoTracking().FirstOrDefaultAsync(c => c.RegionCode == clause.RegionCode && c.Year == year, ct);
        var used = new Dictionary<Guid, decimal>();
        if (ceiling is not null && !ceiling.ExemptCodes.Contains(clause.Code))
        {
            var exempt = ceiling.ExemptCodes.Append(clause.Code).ToArray();
            var others = await InRegion(db, RegionCode.Parse(clause.RegionCode))
                .Where(a => a.Year == year && !exempt.Contains(a.Code) && AwardStatus.Committed.Contains(a.Status))
                .Select(a => new { a.EnterpriseId, a.Amount }).ToListAsync(ct);
            used = others.GroupBy(o => o.EnterpriseId).ToDictionary(g => g.Key, g => g.Sum(o => o.Amount));
        }
        var applies = ceiling is not null && !ceiling.ExemptCodes.Contains(clause.Code);
        return new ClauseRun(clause, condition, amount, budgetLeft, applies ? ceiling!.Amount : null, used, candidates,
            appliedAt ?? new Dictionary<Guid, DateTimeOffset>());
    }

    private static IQueryable<PolicyAward> InRegion(KechuangDbContext db, RegionCode region) =>
        PolicyAccess.InRegion(db.PolicyAwards.AsNoTracking(), region, RegionScope.MatchFor(db));

    public static string Serialize(IReadOnlyList<TraceLine> trace) => JsonSerializer.Serialize(trace, TraceJson);

    public static IReadOnlyList<TraceLine> Deserialize(string json) => JsonSerializer.Deserialize<List<TraceLine>>(json, TraceJson) ?? [];
}
