using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Calendar;

/// <summary>GET /api/calendar/years: the years entered, and this year and the next two, entered or not.</summary>
public sealed class ListCalendarYears(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CalendarYearDto>> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        _ = caller;
        var days = await db.SpecialDays.AsNoTracking().Select(d => new { d.Date, d.Kind }).ToListAsync(ct);
        var byYear = days.GroupBy(d => d.Date.Year).ToDictionary(g => g.Key, g => g.ToList());
        var year = Common.ChinaClock.TodayInChina(clock).Year;
        return [.. byYear.Keys.Union([year, year + 1]).Order().Select(y => byYear.TryGetValue(y, out var list)
            ? new CalendarYearDto(y, true, list.Count(d => d.Kind == DayKinds.Off), list.Count(d => d.Kind == DayKinds.Work), HolidayNotices.Notices.GetValueOrDefault(y), null)
            : new CalendarYearDto(y, false, 0, 0, null, WorkingDays.Warning(y)))];
    }
}
