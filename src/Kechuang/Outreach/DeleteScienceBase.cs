using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>DELETE /api/outreach/bases/{id}: a base registered by mistake, or whose recognition lapsed.</summary>
public sealed class DeleteScienceBase(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var found = await OutreachAccess.LoadBaseAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, found.RegionCode);
        db.ScienceBases.Remove(found);
        await db.SaveChangesAsync(ct);
    }
}
