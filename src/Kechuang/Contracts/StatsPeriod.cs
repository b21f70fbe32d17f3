using System.Globalization;

namespace Kechuang.Contracts;

/// <summary>
/// The period of the contract statistics: months 1..<see cref="Month"/> of <see cref="Year"/>, up to
/// <see cref="ThroughDate"/>, and the same days of last year (docs/contracts.md "Period").
/// </summary>
public sealed record StatsPeriod(int Year, int Month, DateOnly ThroughDate, DateOnly LastYearThroughDate, bool Partial)
{
    /// <summary>
    /// Without a year or month, the last complete month (on 2026-12-04: 2026, 1–11月; on 2027-01-03: 2026, 1–12月). A
    /// year alone means its whole year, or for this year its last complete month (January, which has none yet, is partial).
    /// A month alone is in this year. The month of today, when asked for, is partial: it runs to today.
    /// </summary>
    public static StatsPeriod Of(DateOnly today, int? year, int? month)
    {
        var lastComplete = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var y = year ?? (month is null ? lastComplete.Year : today.Year);
        var m = month ?? (y != today.Year ? 12 : today.Month == 1 ? 1 : lastComplete.Month);
        var partial = y == today.Year && m == today.Month;
        var end = partial ? today : new DateOnly(y, m, DateTime.DaysInMonth(y, m));
        // The same days last year: 29 February has no twin, so a period to 29 February 2028 is compared with all of February 2027.
        var lastYearEnd = partial ? new DateOnly(y - 1, m, Math.Min(today.Day, DateTime.DaysInMonth(y - 1, m))) : new DateOnly(y - 1, m, DateTime.DaysInMonth(y - 1, m));
        return new StatsPeriod(y, m, end, lastYearEnd, partial);
    }

    public DateOnly MonthStart => new(Year, Month, 1);
    public DateOnly LastYearMonthStart => new(Year - 1, Month, 1);

    /// <summary>"2026年1–11月", "2026年1月", or for a partial period "2026年1–12月（12月截至4日）".</summary>
    public string Label => Text(Year, Month, Partial ? ThroughDate.Day : null);

    /// <summary>The same period last year: "2025年1–12月（12月截至4日）".</summary>
    public string LastYearLabel => Text(Year - 1, Month, Partial ? LastYearThroughDate.Day : null);

    /// <summary>A month's own label in a table or chart: "12月", or "12月（截至4日）" when partial.</summary>
    public static string MonthLabel(int month, DateOnly? through) =>
        through is { } d ? $"{month}月（截至{d.Day}日）" : $"{month}月";

    private static string Text(int year, int month, int? throughDay)
    {
        var months = month == 1 ? "1月" : $"1–{month}月";
        var partial = throughDay is not { } d ? "" : month == 1 ? $"（截至{d}日）" : $"（{month}月截至{d}日）";
        return string.Create(CultureInfo.InvariantCulture, $"{year}年{months}{partial}");
    }
}
