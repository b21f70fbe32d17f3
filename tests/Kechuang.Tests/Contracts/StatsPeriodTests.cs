using Kechuang.Contracts;

namespace Kechuang.Tests.Contracts;

/// <summary>The statistics' period (docs/contracts.md "Period"): the last complete month by default, a partial month labelled.</summary>
public class StatsPeriodTests
{
    [Theory]
    [InlineData("2026-12-04", 2026, 11, "2026年1–11月", "2025年1–11月")]
    [InlineData("2027-01-03", 2026, 12, "2026年1–12月", "2025年1–12月")]
    [InlineData("2027-01-01", 2026, 12, "2026年1–12月", "2025年1–12月")]
    [InlineData("2026-02-01", 2026, 1, "2026年1月", "2025年1月")]
    [InlineData("2028-03-01", 2028, 2, "2028年1–2月", "2027年1–2月")]
    public void Default_IsTheLastCompleteMonth(string today, int year, int month, string label, string lastYear)
    {
        var p = StatsPeriod.Of(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), null, null);

        Assert.Equal((year, month, false), (p.Year, p.Month, p.Partial));
        Assert.Equal(new DateOnly(year, month, DateTime.DaysInMonth(year, month)), p.ThroughDate);
        Assert.Equal(new DateOnly(year - 1, month, DateTime.DaysInMonth(year - 1, month)), p.LastYearThroughDate);
        Assert.Equal((label, lastYear), (p.Label, p.LastYearLabel));
    }

    [Fact]
    public void ThisMonth_AskedFor_IsPartial_AndComparedWithTheSameDays()
    {
        var p = StatsPeriod.Of(new DateOnly(2026, 12, 4), 2026, 12);

        Assert.True(p.Partial);
        Assert.Equal((new DateOnly(2026, 12, 4), new DateOnly(2025, 12, 4)), (p.ThroughDate, p.LastYearThroughDate));
        Assert.Equal("2026年1–12月（12月截至4日）", p.Label);
        Assert.Equal("2025年1–12月（12月截至4日）", p.LastYearLabel);
        Assert.Equal("12月（截至4日）", StatsPeriod.MonthLabel(12, p.ThroughDate));
    }

    [Fact]
    public void LeapDay_IsComparedWithTheWholeFebruaryOfLastYear()
    {
        var p = StatsPeriod.Of(new DateOnly(2028, 2, 29), 2028, 2);

        Assert.Equal(new DateOnly(2027, 2, 28), p.LastYearThroughDate);
        Assert.Equal("2028年1–2月（2月截至29日）", p.Label);
        Assert.Equal("2027年1–2月（2月截至28日）", p.LastYearLabel);
    }

    [Theory]
    [InlineData("2027-01-03", 2027, null, 2027, 1, true)]   // this year in January: nothing complete yet, January so far
    [InlineData("2026-12-04", 2026, null, 2026, 11, false)] // this year: its last complete month
    [InlineData("2026-12-04", 2025, null, 2025, 12, false)] // a past year: the whole year
    [InlineData("2026-12-04", null, 6, 2026, 6, false)]     // a month alone: this year
    public void YearOrMonthAlone(string today, int? year, int? month, int y, int m, bool partial)
    {
        var p = StatsPeriod.Of(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), year, month);

        Assert.Equal((y, m, partial), (p.Year, p.Month, p.Partial));
    }
}
