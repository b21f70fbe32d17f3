namespace Kechuang.Projects.Reviews;

/// <summary>The publicity period in working days, counted from its first day (docs/domain.md §6.5).</summary>
internal static class PublicityPeriod
{
    public static DateOnly LastDay(DateOnly from, int days)
    {
        var day = from;
        var counted = IsWorkingDay(day) ? 1 : 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            counted += IsWorkingDay(day) ? 1 : 0;
        }
        return day;
    }

    private static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
