using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.IntellectualProperty;

/// <summary>DELETE /api/patents/{id}: a patent registered by mistake (the enterprise's own, or the bureau's region).</summary>
public sealed class DeletePatent(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var patent = await IpAccess.LoadPatentAsync(db, caller, id, track: true, ct);
        IpAccess.RequirePatentWrite(caller, patent.EnterpriseId);
        db.Patents.Remove(patent);
        await db.SaveChangesAsync(ct);
    }
}
