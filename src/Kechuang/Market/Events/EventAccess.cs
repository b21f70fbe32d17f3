using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Events;

/// <summary>
/// Who sees and writes events (docs/domain.md §1, §7.1): the bureau of the event's county (staff and admins write,
/// leaders read); an enterprise user reads the events its enterprise was invited to, read-only. Any other event — of
/// another county, or one it was not invited to — answers 404, so ids cannot be probed.
/// </summary>
internal static class EventAccess
{
    public static IQueryable<MarketEvent> InRegion(IQueryable<MarketEvent> events, KechuangDbContext db, RegionCode region) =>
        events.Within(e => e.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));

    public static IQueryable<MarketEvent> Visible(KechuangDbContext db, Caller caller)
    {
        if (MarketFollowUpRules.IsBureau(caller))
        {
            return InRegion(db.MarketEvents, db, caller.Region);
        }
        if (caller.IsIn(Roles.Enterprise))
        {
            var own = caller.EnterpriseId ?? Guid.Empty;
            return db.MarketEvents.Where(e => db.MarketEventInvitees.Any(i => i.EventId == e.Id && i.EnterpriseId == own));
        }
        throw new ForbiddenException("当前账号不能查看对接活动");
    }

    public static async Task<MarketEvent> LoadAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct)
    {
        var found = await Visible(db, caller).AnyAsync(e => e.Id == id, ct);
        var events = track ? db.MarketEvents : db.MarketEvents.AsNoTracking();
        return found
            ? await events.Include(e => e.Invitees).Include(e => e.Pairs).Include(e => e.Intentions).AsSplitQuery().FirstAsync(e => e.Id == id, ct)
            : throw new NotFoundException("未找到该对接活动");
    }

    /// <summary>An event the caller may change: found first (404), then the role (403: a leader or an invited enterprise reads only).</summary>
    public static async Task<MarketEvent> LoadForWriteAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var e = await LoadAsync(db, caller, id, track: true, ct);
        caller.RequireRole(Roles.Admin, Roles.Staff);
        return e;
    }
}
