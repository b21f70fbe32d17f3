using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Talent;

/// <summary>DELETE /api/talent/recruits/{id}: a record entered by mistake (the enterprise's own, or the bureau's region).</summary>
public sealed class DeleteRecruit(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var recruit = await GetRecruit.LoadAsync(db, caller, id, track: true, ct);
        TalentAccess.RequireRecruitWrite(caller, recruit.EnterpriseId);
        db.TalentRecruits.Remove(recruit);
        await db.SaveChangesAsync(ct);
    }
}
