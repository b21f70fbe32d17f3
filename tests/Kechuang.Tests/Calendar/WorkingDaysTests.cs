using Kechuang.Calendar;
using Kechuang.Tests.Support;

namespace Kechuang.Tests.Calendar;

public sealed class SqliteWorkCalendarTests(SqliteTestDatabase db) : WorkCalendarTests<SqliteTestDatabase>(db);

public sealed class PostgresWorkCalendarTests(PostgresTestDatabase db) : WorkCalendarTests<PostgresTestDatabase>(db);

/// <summary>
/// The shipped calendar (docs/domain.md §7.10): the days of the State Council's notices for 2024–2026 as the migration
/// seeds them, and due dates counted from the day after receipt, across each year's holidays.
/// </summary>
public abstract class WorkCalendarTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase> where TDatabase : TestDatabase
{
    private Task<WorkingDays> LoadAsync(int from, int to) =>
        database.RunAsync<WorkCalendar, WorkingDays>(c => c.LoadAsync(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)));

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-09-26", 10, "2025-10-16")]   // the brief's case: 国庆中秋 2025
    [InlineData("2025-01-24", 10, "2025-02-13")]   // 春节 2025
    [InlineData("2024-02-08", 5, "2024-02-21")]    // 春节 2024, 2-18 (Sun) worked
    [InlineData("2024-04-03", 2, "2024-04-08")]    // 清明 2024: 4-4, 4-5 off, 4-7 (Sun) worked
    [InlineData("2024-09-13", 1, "2024-09-14")]    // 中秋 2024: Saturday 9-14 worked
    [InlineData("2024-09-27", 3, "2024-10-08")]    // 国庆 2024: 9-29 (Sun) worked, 10-1..10-7 off
    [InlineData("2026-02-13", 10, "2026-03-05")]   // 春节 2026: 2-14, 2-28 (Sat) worked
    [InlineData("2026-04-30", 2, "2026-05-07")]    // 劳动节 2026: 5-1..5-5 off
    [InlineData("2026-09-18", 10, "2026-10-09")]   // 中秋 and 国庆 2026: 9-20 (Sun) worked, 9-25 and 10-1..10-7 off
    [InlineData("2025-12-31", 3, "2026-01-06")]    // across the year: 元旦 2026, 1-4 (Sun) worked
    [InlineData("2025-05-30", 1, "2025-06-03")]    // 端午 2025: 5-31..6-2 off
    public async Task DueDate_FromTheDayAfterReceipt_OverTheNoticesDays(string received, int days, string due)
    {
        var calendar = await LoadAsync(2024, 2026);

        Assert.Equal(D(due), calendar.DueDate(D(received), days));
        Assert.Empty(calendar.MissingYears(D(received), D(due)));
    }

    [Fact]
    public async Task Seeded_EachYearAsItsNotice()
    {
        var calendar = await LoadAsync(2024, 2026);

        Assert.Equal([2024, 2025, 2026], calendar.YearsEntered.Order());
        Assert.False(calendar.IsWorkday(D("2025-01-28")));   // 春节 2025, Tuesday
        Assert.True(calendar.IsWorkday(D("2025-01-26")));    // Sunday worked
        Assert.True(calendar.IsWorkday(D("2025-04-07")));    // Monday after 清明 2025: no make-up day
        // The make-up days balance the bridges, so a year has its weekdays less the statutory days off: 11 in 2024,
        // 13 from 2025 (《全国年节及纪念日放假办法》 as amended in 2024).
        Assert.Equal(262 - 11, Enumerable.Range(0, 366).Count(d => calendar.IsWorkday(D("2024-01-01").AddDays(d))));
        Assert.Equal(261 - 13, Enumerable.Range(0, 365).Count(d => calendar.IsWorkday(D("2025-01-01").AddDays(d))));
        Assert.Equal(261 - 13, Enumerable.Range(0, 365).Count(d => calendar.IsWorkday(D("2026-01-01").AddDays(d))));
        Assert.Equal(75, HolidayNotices.Seed.Length);
        Assert.All(HolidayNotices.Seed, d => Assert.Equal(d.Kind == DayKinds.Work, WorkingDays.IsWeekend(d.Date)));
    }

    [Fact]
    public async Task YearWithoutCalendar_WeekendsOnly_AndSaysSo()
    {
        var calendar = await LoadAsync(2026, 2027);

        Assert.Equal(D("2027-02-12"), calendar.DueDate(D("2027-01-29"), 10));   // 春节 2027 not entered: weekends only
        Assert.Equal([2027], calendar.MissingYears(D("2026-12-25"), D("2027-01-08")));
        Assert.Equal("2027年节假日安排尚未录入，到期日仅按周末计算", WorkingDays.Warning(2027));
        Assert.Equal(D("2026-01-02"), WorkingDays.WeekendsOnly.DueDate(D("2025-12-31"), 2));
    }
}
