using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Incubators;

public sealed class GetIncubator(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IncubatorDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var incubator = await IncubatorAccess.LoadAsync(db, caller, id, ct);
        var regions = await RegionLookup.ForAsync(db, ct, incubator.RegionCode);
        return IncubatorDto.From(incubator, regions(incubator.RegionCode)?.Name, clock.TodayInChina());
    }
}
