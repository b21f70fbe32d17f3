using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>GET /api/policies/{code}/awards: a clause's awards of a year in the caller's part of its region, by status and words.</summary>
public sealed record ListAwardsQuery(int? Year, string? Status, string? Q, int? Page, int? PageSize);

public sealed class ListAwards(KechuangDbContext db)
{
    public async Task<Page<PolicyAwardDto>> HandleAsync(Caller caller, string code, ListAwardsQuery query, CancellationToken ct = default)
    {
        PolicyAccess.RequireBureau(caller);
        var clause = await PolicyAccess.ClauseAsync(db, caller, code, track: false, ct);
        var awards = GetPolicy.Awards(db, caller, clause).Where(a => a.Year == ListBeneficiaries.Year(query.Year, clause));
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            awards = awards.Where(a => a.Status == query.Status);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            awards = awards.Where(a => EF.Functions.Like(a.EnterpriseName, pattern, "\\") || EF.Functions.Like(a.Uscc, pattern, "\\"));
        }
        return await PageAsync(db, awards, query.Page, query.PageSize, ct);
    }

    internal static async Task<Page<PolicyAwardDto>> PageAsync(KechuangDbContext db, IQueryable<PolicyAward> awards, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size) = Page<PolicyAwardDto>.Normalize(page, pageSize);
        var total = await awards.CountAsync(ct);
        var rows = await awards.OrderByDescending(a => a.Year).ThenBy(a => a.Code).ThenBy(a => a.Uscc).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        var clauseIds = rows.Select(r => r.ClauseId).Distinct().ToList();
        var clauses = await db.PolicyClauses.AsNoTracking().Where(c => clauseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return new Page<PolicyAwardDto>([.. rows.Select(a => Dto(a, clauses.GetValueOrDefault(a.ClauseId), trace: null))], total, p, size);
    }

    internal static PolicyAwardDto Dto(PolicyAward a, PolicyClause? clause, IReadOnlyList<TraceLine>? trace) => new(
        a.Id, a.Code, clause?.Edition ?? 0, clause?.Name ?? "", a.Year, a.EnterpriseId, a.EnterpriseName, a.Uscc, a.RegionCode, a.Source, a.Status,
        a.Amount, a.AppliedAt, a.PublicFrom, a.PublicTo, a.Objection, a.Answer, a.Reason, a.ApprovedOn, a.PaidOn, a.PaidAmount, a.VoucherNo,
        a.Version, trace);
}
