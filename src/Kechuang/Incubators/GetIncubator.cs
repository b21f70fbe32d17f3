using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Incubators;

public sealed class GetIncubator(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IncubatorDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var incubator = await IncubatorAccess.LoadAsync(db, caller, id, ct);
        return await IncubatorDetail.ForAsync(db, incubator, clock.TodayInChina(), ct);
    }
}
