using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Cooperation;

public sealed class GetCooperation(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CooperationDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        CooperationDto.From(await CooperationAccess.LoadAsync(db, caller, id, track: false, ct), clock.TodayInChina());
}
