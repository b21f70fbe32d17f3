using Kechuang.Users;

namespace Kechuang.Calendar;

/// <summary>GET /api/calendar/workdays: the working days from one day to another, both included, for any signed-in user.</summary>
public sealed class GetWorkdays(WorkCalendar calendar)
{
    public async Task<WorkdaysDto> HandleAsync(Caller caller, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        _ = caller;
        var (first, last) = CalendarRules.Range(from, to);
        var days = await calendar.LoadAsync(first, last, ct);
        var list = days.InRange(first, last).ToList();
        var missing = days.MissingYears(first, last);
        return new WorkdaysDto(first, last, list, list.Count, missing, [.. missing.Select(WorkingDays.Warning)]);
    }
}
