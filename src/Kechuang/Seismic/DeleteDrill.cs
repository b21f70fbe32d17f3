using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Seismic;

/// <summary>DELETE /api/seismic/drills/{id}: a drill registered by mistake.</summary>
public sealed class DeleteDrill(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var drill = await SeismicAccess.LoadDrillAsync(db, caller, id, ct);
        SeismicAccess.RequireWrite(caller, RegionCode.Parse(drill.RegionCode));
        db.SeismicDrills.Remove(drill);
        await db.SaveChangesAsync(ct);
    }
}
