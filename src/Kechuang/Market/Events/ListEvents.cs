using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Events;

/// <summary>GET /api/market/events: the bureau's events of its region (or a sub-region), an enterprise user's invitations; latest first.</summary>
public sealed class ListEvents(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<EventRowDto>> HandleAsync(Caller caller, ListEventsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<EventRowDto>.Normalize(query.Page, query.PageSize);
        var events = Filtered(db, caller, query);
        var total = await events.CountAsync(ct);
        var rows = await Rows(db, events.OrderByDescending(e => e.HeldOn).ThenBy(e => e.Id).Skip((page - 1) * size).Take(size), clock.TodayInChina()).ToListAsync(ct);
        return new Page<EventRowDto>(rows, total, page, size);
    }

    internal static IQueryable<MarketEvent> Filtered(KechuangDbContext db, Caller caller, ListEventsQuery query)
    {
        var events = EventAccess.Visible(db, caller).AsNoTracking();
        if (caller.ScopeTo(query.Region) is { } region)
        {
            events = EventAccess.InRegion(events, db, region);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            events = events.Where(e => EF.Functions.Like(e.Title, pattern, "\\") || EF.Functions.Like(e.Place, pattern, "\\"));
        }
        if (query.Year is { } year)
        {
            var (from, to) = (new DateOnly(Math.Clamp(year, 2000, 2100), 1, 1), new DateOnly(Math.Clamp(year, 2000, 2100), 12, 31));
            events = events.Where(e => e.HeldOn >= from && e.HeldOn <= to);
        }
        return events;
    }

    internal static IQueryable<EventRowDto> Rows(KechuangDbContext db, IQueryable<MarketEvent> events, DateOnly today) =>
        events.Select(e => new EventRowDto(e.Id, e.RegionCode, e.Title, e.HeldOn, e.Place, e.Organisers, e.HeldOn <= today,
            e.Invitees.Count(i => i.EnterpriseId != null), e.Invitees.Count(i => i.EnterpriseId == null), e.Invitees.Count(i => i.Attended),
            e.Invitees.Sum(i => i.HeadCount), e.Pairs.Count, e.Intentions.Count, db.CooperationProjects.Count(c => c.EventId == e.Id), e.Version));
}
