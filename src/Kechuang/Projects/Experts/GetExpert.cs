using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Projects.Experts;

public sealed class GetExpert(KechuangDbContext db)
{
    public async Task<ExpertDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var expert = await ExpertAccess.LoadAsync(db, caller, id, track: false, ct);
        var regions = await RegionLookup.ForAsync(db, ct, expert.RegionCode);
        return ExpertDto.From(expert, c => regions(c)?.Name);
    }
}
