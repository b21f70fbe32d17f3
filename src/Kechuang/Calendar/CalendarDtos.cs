namespace Kechuang.Calendar;

/// <summary>POST /api/calendar/days: one day, or a range from <see cref="Date"/> to <see cref="To"/> of which the
/// weekdays (for 休) or the weekend days (for 班) are stored.</summary>
public sealed record SpecialDayRequest(DateOnly? Date, string? Kind, string? Name, DateOnly? To = null);

public sealed record SpecialDayDto(DateOnly Date, string Kind, string Name, string Weekday)
{
    private static readonly string[] Weekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static SpecialDayDto From(SpecialDay d) => new(d.Date, d.Kind, d.Name, Weekdays[(int)d.Date.DayOfWeek]);
}

/// <summary>A year of the calendar: its days off on weekdays and weekend days worked, and the notice when shipped.</summary>
public sealed record CalendarYearDto(int Year, bool Entered, int DaysOff, int DaysWorked, string? Notice, string? Warning);

/// <summary>GET /api/calendar/workdays: the working days of the range and a warning per year without its calendar.</summary>
public sealed record WorkdaysDto(DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Days, int Count, IReadOnlyList<int> MissingYears, IReadOnlyList<string> Warnings);
