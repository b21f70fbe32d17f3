using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Seismic;

/// <summary>POST /api/seismic/stations and PUT …/{id}: a station of a county of the caller's region; one name per county.</summary>
public sealed class SaveStation(KechuangDbContext db, TimeProvider clock)
{
    public async Task<StationDto> HandleAsync(Caller caller, Guid? id, StationRequest request, CancellationToken ct = default)
    {
        SeismicAccess.RequireReader(caller);
        var station = id is { } existing ? await SeismicAccess.LoadStationAsync(db, caller, existing, ct) : null;
        if (station is not null)
        {
            SeismicAccess.RequireWrite(caller, RegionCode.Parse(station.RegionCode));
        }
        var validation = new Validation();
        SeismicRules.Station(request, clock.TodayInChina(), validation);
        var county = await SeismicAccess.CountyAsync(db, caller, request.RegionCode, validation, ct);
        var name = request.Name!.Trim();
        if (await db.SeismicStations.AnyAsync(s => s.RegionCode == county.Code && s.Name == name && s.Id != (id ?? Guid.Empty), ct))
        {
            throw new ConflictException($"{county.Name}已登记监测台站“{name}”，请勿重复登记");
        }
        if (station is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, station, version);
        }
        var now = clock.GetUtcNow();
        station ??= db.SeismicStations.Add(new SeismicStation { Name = name, Kind = "", RegionCode = county.Code, Status = "", CreatedAt = now }).Entity;
        station.Name = name;
        station.Kind = request.Kind!.Trim();
        station.RegionCode = county.Code;
        station.Site = SeismicRules.Blank(request.Site);
        station.Keeper = SeismicRules.Blank(request.Keeper);
        station.BuiltOn = request.BuiltOn;
        station.Status = request.Status!.Trim();
        station.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return StationDto.From(station, _ => county.Name);
    }
}
