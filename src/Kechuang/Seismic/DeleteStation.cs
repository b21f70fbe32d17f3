using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Seismic;

/// <summary>DELETE /api/seismic/stations/{id}: a station registered by mistake (a closed one is set to 停测 instead).</summary>
public sealed class DeleteStation(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var station = await SeismicAccess.LoadStationAsync(db, caller, id, ct);
        SeismicAccess.RequireWrite(caller, RegionCode.Parse(station.RegionCode));
        db.SeismicStations.Remove(station);
        await db.SaveChangesAsync(ct);
    }
}
