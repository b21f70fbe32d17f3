using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Seismic;

/// <summary>POST /api/seismic/drills and PUT …/{id}: a drill held in a county of the caller's region.</summary>
public sealed class SaveDrill(KechuangDbContext db, TimeProvider clock)
{
    public async Task<DrillDto> HandleAsync(Caller caller, Guid? id, DrillRequest request, CancellationToken ct = default)
    {
        SeismicAccess.RequireReader(caller);
        var drill = id is { } existing ? await SeismicAccess.LoadDrillAsync(db, caller, existing, ct) : null;
        if (drill is not null)
        {
            SeismicAccess.RequireWrite(caller, RegionCode.Parse(drill.RegionCode));
        }
        var validation = new Validation();
        SeismicRules.Drill(request, clock.TodayInChina(), validation);
        var county = await SeismicAccess.CountyAsync(db, caller, request.RegionCode, validation, ct);
        if (drill is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, drill, version);
        }
        var now = clock.GetUtcNow();
        drill ??= db.SeismicDrills.Add(new SeismicDrill { Title = "", Place = "", RegionCode = county.Code, CreatedAt = now }).Entity;
        drill.Title = request.Title!.Trim();
        drill.HeldOn = request.HeldOn!.Value;
        drill.Place = request.Place!.Trim();
        drill.RegionCode = county.Code;
        drill.Participants = request.Participants!.Value;
        drill.Organiser = SeismicRules.Blank(request.Organiser);
        drill.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return DrillDto.From(drill, _ => county.Name);
    }
}
