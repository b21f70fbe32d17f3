using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Policies;

/// <summary>
/// GET /api/policies/{code}/beneficiaries?year=Y: every enterprise of the clause's region (inside the caller's) that
/// qualifies, with its amount and trace, or "unknown" with the reason; the others are left out (docs/domain.md §7.5).
/// The budget is shared among all of them, as if the whole list were granted at once.
/// </summary>
public sealed class ListBeneficiaries(KechuangDbContext db)
{
    public async Task<IReadOnlyList<Beneficiary>> HandleAsync(Caller caller, string code, int? year, CancellationToken ct = default)
    {
        PolicyAccess.RequireBureau(caller);
        var clause = await PolicyAccess.ClauseAsync(db, caller, code, track: false, ct);
        var y = Year(year, clause);
        var run = await PolicyRuns.RunAsync(db, clause, y, null, null, fixedBudget: false, ct);
        var facts = await PolicyRuns.FactsAsync(db, PolicyAccess.Scope(caller, clause), y, ct);
        return PolicyCalculator.Compute(run, facts);
    }

    /// <summary>The year asked for, or the clause's own; 400 outside 2000–2100.</summary>
    internal static int Year(int? year, PolicyClause clause) =>
        year is null ? clause.Year
        : year is >= 2000 and <= 2100 ? year.Value
        : throw new ValidationFailedException("year", "年度应在2000–2100之间");
}
