namespace Kechuang.Calendar;

/// <summary>
/// Counting working days (docs/domain.md §7.10): Monday to Friday, less the weekdays off, plus the weekend days worked,
/// as one year's notice lists them. Pure: the special days are handed in.
/// </summary>
public sealed class WorkingDays(IReadOnlyDictionary<DateOnly, string> special, IReadOnlySet<int> yearsEntered)
{
    /// <summary>The calendar of no year at all: weekends only.</summary>
    public static WorkingDays WeekendsOnly { get; } = new(new Dictionary<DateOnly, string>(), new HashSet<int>());

    public IReadOnlySet<int> YearsEntered { get; } = yearsEntered;

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public bool IsWorkday(DateOnly day) => special.TryGetValue(day, out var kind) ? kind == DayKinds.Work : !IsWeekend(day);

    /// <summary>
    /// The last day of a time limit of <paramref name="days"/> working days from <paramref name="received"/>: the day of
    /// receipt is not counted and counting starts on the next working day (《中华人民共和国民法典》第二百零一条: 开始的当日不计入;
    /// 《中华人民共和国行政许可法》第八十二条: 期限以工作日计算，不含法定节假日). Received Friday 2025-09-26 with 10 days:
    /// due Thursday 2025-10-16.
    /// </summary>
    public DateOnly DueDate(DateOnly received, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var day = received;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkday(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to ≤ from).</summary>
    public int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkday(day))
            {
                count++;
            }
        }
        return count;
    }

    public IEnumerable<DateOnly> InRange(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (IsWorkday(day))
            {
                yield return day;
            }
        }
    }

    /// <summary>The years from <paramref name="from"/> to <paramref name="to"/> without a calendar entered.</summary>
    public IReadOnlyList<int> MissingYears(DateOnly from, DateOnly to) =>
        [.. Enumerable.Range(from.Year, Math.Max(0, to.Year - from.Year + 1)).Where(y => !YearsEntered.Contains(y))];

    /// <summary>The warning every page and answer carries for a year without its notice entered.</summary>
    public static string Warning(int year) => $"{year}年节假日安排尚未录入，到期日仅按周末计算";
}
