using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Commissioners;

public sealed class GetCommissioner(KechuangDbContext db)
{
    public async Task<CommissionerDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var commissioner = await CommissionerAccess.LoadAsync(db, caller, id, ct);
        var regions = await RegionLookup.ForAsync(db, ct, [commissioner.RegionCode, .. commissioner.Towns.Select(t => t.TownCode)]);
        return CommissionerDto.From(commissioner, regions);
    }
}
