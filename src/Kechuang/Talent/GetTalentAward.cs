using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Talent;

/// <summary>GET /api/talent/awards/{id}: one award with its person's data, for the bureau of its county (404 for anyone else).</summary>
public sealed class GetTalentAward(KechuangDbContext db)
{
    public async Task<AwardDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        (await ListTalentAwards.DtosAsync(db, [await TalentAccess.LoadAwardAsync(db, caller, id, ct)], ct))[0];
}
