using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Talent;

/// <summary>DELETE /api/talent/awards/{id}: a record entered by mistake, with its checks.</summary>
public sealed class DeleteAward(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var award = await TalentAccess.LoadAwardAsync(db, caller, id, ct);
        TalentAccess.RequireBureauWrite(caller, award.RegionCode);
        db.TalentAwards.Remove(award);
        await db.SaveChangesAsync(ct);
    }
}
