using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>GET /api/policies/{code}: the current edition, every earlier one, and the awards by status.</summary>
public sealed class GetPolicy(KechuangDbContext db)
{
    public async Task<PolicyDetailDto> HandleAsync(Caller caller, string code, CancellationToken ct = default)
    {
        PolicyAccess.RequireBureau(caller);
        var clause = await PolicyAccess.ClauseAsync(db, caller, code, track: false, ct);
        var editions = await db.PolicyClauses.AsNoTracking().Where(c => c.Code == code).OrderByDescending(c => c.Edition).ToListAsync(ct);
        var awards = await Awards(db, caller, clause).Select(a => new { a.ClauseId, a.Status }).ToListAsync(ct);
        return new PolicyDetailDto(
            await DtoAsync(db, caller, clause, ct),
            [.. editions.Select(e => new PolicyEditionDto(e.Id, e.Edition, e.Current, e.Condition, e.Amount, e.Cap, e.Budget, e.OverBudget, e.AutoGrant,
                e.CreatedAt, e.CreatedBy, awards.Count(a => a.ClauseId == e.Id)))],
            awards.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>The awards of a clause (every edition) the caller sees: of its own region when the clause covers more.</summary>
    internal static IQueryable<PolicyAward> Awards(KechuangDbContext db, Caller caller, PolicyClause clause) =>
        PolicyAccess.InRegion(db.PolicyAwards.AsNoTracking(), PolicyAccess.Scope(caller, clause), RegionScope.MatchFor(db)).Where(a => a.Code == clause.Code);

    internal static async Task<PolicyDto> DtoAsync(KechuangDbContext db, Caller caller, PolicyClause c, CancellationToken ct)
    {
        var names = await RegionLookup.ForAsync(db, ct, c.RegionCode);
        var money = await Awards(db, caller, c).Select(a => new { a.Status, a.Amount, a.PaidAmount }).ToListAsync(ct);
        var spending = new PolicyBudget(c.Budget,
            money.Where(m => AwardStatus.Committed.Contains(m.Status)).Sum(m => m.Amount),
            money.Where(m => m.Status is AwardStatus.Approved or AwardStatus.Paid).Sum(m => m.Amount),
            money.Sum(m => m.PaidAmount));
        var canEdit = (caller.IsIn(Roles.Admin) || caller.IsIn(Roles.Staff)) && caller.CanSee(RegionCode.Parse(c.RegionCode));
        return new PolicyDto(c.Id, c.Code, c.Edition, c.Name, c.Document, c.RegionCode, names(c.RegionCode)?.Name, c.Year, c.Condition, c.Amount,
            c.Cap, c.Budget, c.OverBudget, c.AutoGrant, c.ValidFrom, c.ValidTo, c.CreatedAt, c.Version, spending, canEdit);
    }
}

/// <summary>GET /api/policies: the clauses a bureau sees (current editions), by year and words of the code, name or document.</summary>
public sealed record ListPoliciesQuery(string? Region, int? Year, string? Q, int? Page, int? PageSize);
