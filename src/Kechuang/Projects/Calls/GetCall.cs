using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Projects.Calls;

public sealed class GetCall(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CallDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var call = await CallAccess.LoadAsync(db, caller, id, track: false, ct);
        var regions = await RegionLookup.ForAsync(db, ct, call.RegionCode);
        return CallDto.From(call, regions(call.RegionCode)?.Name, clock.TodayInChina());
    }
}
