using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Market.Events;

/// <summary>
/// PUT /api/market/events/{id}: the event rewritten whole — invitees and attendance, pairs, intentions replaced by the
/// request's (docs/domain.md §7.1); its county stays. Another county's event is 404, a leader's or enterprise's write 403.
/// </summary>
public sealed class UpdateEvent(KechuangDbContext db, TimeProvider clock)
{
    public async Task<EventDto> HandleAsync(Caller caller, Guid id, EventRequest request, CancellationToken ct = default)
    {
        var e = await EventAccess.LoadForWriteAsync(db, caller, id, ct);
        var v = new Validation();
        var today = clock.TodayInChina();
        var draft = await EventRules.BuildAsync(db, caller, e.Id, request, RegionCode.Parse(e.RegionCode), today, v, ct);
        v.ThrowIfAny();
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, e, version);
        }
        (e.Title, e.HeldOn, e.Place, e.Organisers, e.Notes) = (draft.Title, draft.HeldOn, draft.Place, draft.Organisers, draft.Notes);
        // Children replaced: the old removed, the new added through their own sets (a key already set would read as an
        // existing row if found through the navigation); EF's fixup puts them in the parent's lists.
        db.RemoveRange(e.Invitees);
        db.RemoveRange(e.Pairs);
        db.RemoveRange(e.Intentions);
        e.Invitees.Clear();
        e.Pairs.Clear();
        e.Intentions.Clear();
        db.AddRange(draft.Invitees);
        db.AddRange(draft.Pairs);
        db.AddRange(draft.Intentions);
        e.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await EventRules.DtoAsync(db, caller, e, today, ct);
    }
}
