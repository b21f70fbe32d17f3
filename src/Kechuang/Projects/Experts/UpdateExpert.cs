using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Projects.Experts;

/// <summary>Changes an expert: contacts, fields, availability, relations; the version read guards a concurrent change (409).</summary>
public sealed class UpdateExpert(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExpertDto> HandleAsync(Caller caller, Guid id, ExpertRequest request, CancellationToken ct = default)
    {
        var expert = await ExpertAccess.LoadAsync(db, caller, id, track: true, ct);
        ExpertAccess.RequireWrite(caller, RegionCode.Parse(expert.RegionCode));
        var region = await SaveExpert.CheckAsync(db, caller, request, id, ct);
        await SaveExpert.RefuseDuplicateAsync(db, region.Code, request.Name!.Trim(), request.Organisation!.Trim(), id, ct);
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, expert, version);
        }
        SaveExpert.Apply(db, expert, request, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ExpertDto.From(expert, _ => region.Name);
    }
}
