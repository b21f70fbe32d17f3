using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Calendar;

/// <summary>
/// A day the working-day calendar treats against its weekday (docs/domain.md §7.10): a holiday on a weekday
/// (<see cref="DayKinds.Off"/>, 休) or a weekend day worked in exchange (<see cref="DayKinds.Work"/>, 调休上班, 班), as the
/// State Council's yearly notice lists them. Every other day is a working day Monday to Friday. The date is the key:
/// a day is either one or the other.
/// </summary>
public sealed class SpecialDay
{
    public DateOnly Date { get; init; }

    /// <summary><see cref="DayKinds.Off"/> or <see cref="DayKinds.Work"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The holiday it belongs to, e.g. 春节, 国庆节、中秋节.</summary>
    public required string Name { get; init; }
}

/// <summary>The two kinds of special day, as the notices and wall calendars mark them.</summary>
public static class DayKinds
{
    public const string Off = "休";
    public const string Work = "班";

    public static string? Parse(string? text) => text?.Trim() switch
    {
        Off or "off" or "holiday" or "休息" => Off,
        Work or "work" or "workday" or "上班" => Work,
        _ => null,
    };
}

internal sealed class SpecialDayConfiguration : IEntityTypeConfiguration<SpecialDay>
{
    public void Configure(EntityTypeBuilder<SpecialDay> builder)
    {
        builder.ToTable("SpecialDays");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Date).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasMaxLength(2);
        builder.Property(d => d.Name).HasMaxLength(CalendarRules.MaxName);
        builder.HasData(HolidayNotices.Seed);
    }
}
