using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Projects.Experts;

/// <summary>Adds an expert to a pool of the caller's region (docs/domain.md §6.1).</summary>
public sealed class CreateExpert(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExpertDto> HandleAsync(Caller caller, ExpertRequest request, CancellationToken ct = default)
    {
        var region = await SaveExpert.CheckAsync(db, caller, request, null, ct);
        await SaveExpert.RefuseDuplicateAsync(db, region.Code, request.Name!.Trim(), request.Organisation!.Trim(), null, ct);
        var now = clock.GetUtcNow();
        var expert = new Expert { Name = "", Organisation = "", RegionCode = region.Code, CreatedAt = now };
        db.Experts.Add(expert);
        SaveExpert.Apply(db, expert, request, now);
        await db.SaveChangesAsync(ct);
        return ExpertDto.From(expert, _ => region.Name);
    }
}
