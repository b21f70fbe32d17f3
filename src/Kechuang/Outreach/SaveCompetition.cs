using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>POST /api/competitions and PUT …/{id}: a competition of a county's year; one name per county and year (409).</summary>
public sealed class SaveCompetition(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CompetitionDto> HandleAsync(Caller caller, Guid? id, CompetitionRequest request, CancellationToken ct = default)
    {
        OutreachAccess.RequireReader(caller);
        var found = id is { } existing ? await OutreachAccess.LoadCompetitionAsync(db, caller, existing, ct) : null;
        if (found is not null)
        {
            OutreachAccess.RequireWrite(caller, found.RegionCode);
        }
        var validation = new Validation();
        OutreachRules.Competition(request, clock.TodayInChina(), validation);
        var county = await OutreachAccess.CountyAsync(db, caller, request.RegionCode, validation, ct);
        var name = request.Name!.Trim();
        var year = request.Year!.Value;
        var self = found?.Id ?? Guid.Empty;
        if (await db.Competitions.AnyAsync(c => c.RegionCode == county.Code && c.Year == year && c.Name == name && c.Id != self, ct))
        {
            throw new ConflictException($"{county.Name}{year}年已登记“{name}”");
        }
        if (found is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, found, version);
        }
        var now = clock.GetUtcNow();
        var competition = found ?? db.Competitions.Add(new Competition { Name = name, Level = "", Organiser = "", RegionCode = county.Code, CreatedAt = now }).Entity;
        competition.Year = year;
        competition.Name = name;
        competition.Level = request.Level!.Trim();
        competition.Organiser = request.Organiser!.Trim();
        competition.RegionCode = county.Code;
        competition.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return await GetCompetition.DtoAsync(db, competition, ct);
    }
}
