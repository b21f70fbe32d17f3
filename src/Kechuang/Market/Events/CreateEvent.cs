using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Events;

/// <summary>POST /api/market/events: the bureau of a county records an event (docs/domain.md §7.1), planned or held.</summary>
public sealed class CreateEvent(KechuangDbContext db, TimeProvider clock)
{
    public async Task<EventDto> HandleAsync(Caller caller, EventRequest request, CancellationToken ct = default)
    {
        var v = new Validation();
        var county = MarketFollowUpRules.CountyOf(caller, request.RegionCode, v);
        var today = clock.TodayInChina();
        var e = await EventRules.BuildAsync(db, caller, null, request, county, today, v, ct);
        v.ThrowIfAny();
        var now = clock.GetUtcNow();
        (e.CreatedAt, e.UpdatedAt) = (now, now);
        db.MarketEvents.Add(e);
        await db.SaveChangesAsync(ct);
        return await EventRules.DtoAsync(db, caller, e, today, ct);
    }
}
