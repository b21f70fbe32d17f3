using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>GET /api/policy-awards/{id}: one award with its trace; an enterprise user only its own (404 otherwise).</summary>
public sealed class GetAward(KechuangDbContext db)
{
    public async Task<PolicyAwardDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var award = await PolicyAccess.AwardAsync(db, caller, id, track: false, ct);
        var clause = await db.PolicyClauses.AsNoTracking().FirstAsync(c => c.Id == award.ClauseId, ct);
        return ListAwards.Dto(award, clause, PolicyRuns.Deserialize(award.Trace));
    }
}
