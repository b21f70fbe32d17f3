using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Events;

/// <summary>GET /api/market/events/{id}: the bureau's full record; an invited enterprise its own pairs, intentions and outcomes.</summary>
public sealed class GetEvent(KechuangDbContext db, TimeProvider clock)
{
    public async Task<EventDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        await EventRules.DtoAsync(db, caller, await EventAccess.LoadAsync(db, caller, id, track: false, ct), clock.TodayInChina(), ct);
}
