using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>POST /api/outreach/bases and PUT …/{id}: a 科普基地 of a county; one name per county (409 for a second).</summary>
public sealed class SaveScienceBase(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ScienceBaseDto> HandleAsync(Caller caller, Guid? id, ScienceBaseRequest request, CancellationToken ct = default)
    {
        OutreachAccess.RequireReader(caller);
        var found = id is { } existing ? await OutreachAccess.LoadBaseAsync(db, caller, existing, ct) : null;
        if (found is not null)
        {
            OutreachAccess.RequireWrite(caller, found.RegionCode);
        }
        var validation = new Validation();
        OutreachRules.Base(request, clock.TodayInChina(), validation);
        var county = await OutreachAccess.CountyAsync(db, caller, request.RegionCode, validation, ct);
        var name = request.Name!.Trim();
        if (await db.ScienceBases.AnyAsync(b => b.RegionCode == county.Code && b.Name == name && b.Id != (found == null ? Guid.Empty : found.Id), ct))
        {
            throw new ConflictException($"{county.Name}已登记科普基地“{name}”");
        }
        if (found is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, found, version);
        }
        var now = clock.GetUtcNow();
        var scienceBase = found ?? db.ScienceBases.Add(new ScienceBase { Name = name, Level = "", Host = "", RegionCode = county.Code, CreatedAt = now }).Entity;
        scienceBase.Name = name;
        scienceBase.Level = request.Level!.Trim();
        scienceBase.Host = request.Host!.Trim();
        scienceBase.RegionCode = county.Code;
        scienceBase.RecognisedOn = request.RecognisedOn!.Value;
        scienceBase.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return ScienceBaseDto.From(scienceBase, county.Name);
    }
}
