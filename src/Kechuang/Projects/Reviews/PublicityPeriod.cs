using Kechuang.Calendar;

namespace Kechuang.Projects.Reviews;

/// <summary>The publicity period in working days of the holiday calendar (ADR 0020), counted from its first day (docs/domain.md §6.5).</summary>
internal static class PublicityPeriod
{
    public static DateOnly LastDay(WorkingDays calendar, DateOnly from, int days)
    {
        var day = from;
        var counted = calendar.IsWorkday(day) ? 1 : 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            counted += calendar.IsWorkday(day) ? 1 : 0;
        }
        return day;
    }
}
