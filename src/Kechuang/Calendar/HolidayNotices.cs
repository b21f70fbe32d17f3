namespace Kechuang.Calendar;

/// <summary>
/// The special days of the years shipped with the system, as the State Council's General Office published them
/// (docs/domain.md §7.10). Each holiday is written as the notice writes it — the days off as one range, the weekend
/// days worked — and only its weekdays off are stored, since a weekend is off anyway. Later years are entered by a
/// province or country administrator (/calendar) once the notice is out, usually in November.
/// </summary>
public static class HolidayNotices
{
    /// <summary>The years shipped here, each with its notice.</summary>
    public static readonly IReadOnlyDictionary<int, string> Notices = new Dictionary<int, string>
    {
        [2024] = "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）",
        [2025] = "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
        [2026] = "国务院办公厅关于2026年部分节假日安排的通知",
    };

    /// <summary>(holiday, first day off, last day off, weekend days worked).</summary>
    private static readonly (string Name, DateOnly From, DateOnly To, DateOnly[] Work)[] Holidays =
    [
        // 国办发明电〔2023〕7号: 2024
        ("元旦", D(2024, 1, 1), D(2024, 1, 1), []),
        ("春节", D(2024, 2, 10), D(2024, 2, 17), [D(2024, 2, 4), D(2024, 2, 18)]),
        ("清明节", D(2024, 4, 4), D(2024, 4, 6), [D(2024, 4, 7)]),
        ("劳动节", D(2024, 5, 1), D(2024, 5, 5), [D(2024, 4, 28), D(2024, 5, 11)]),
        ("端午节", D(2024, 6, 10), D(2024, 6, 10), []),
        ("中秋节", D(2024, 9, 15), D(2024, 9, 17), [D(2024, 9, 14)]),
        ("国庆节", D(2024, 10, 1), D(2024, 10, 7), [D(2024, 9, 29), D(2024, 10, 12)]),

        // 国办发明电〔2024〕12号: 2025, the first year with two more days off (春节 and 劳动节 one more each,
        // 《全国年节及纪念日放假办法》 as amended by State Council Decree No. 795).
        ("元旦", D(2025, 1, 1), D(2025, 1, 1), []),
        ("春节", D(2025, 1, 28), D(2025, 2, 4), [D(2025, 1, 26), D(2025, 2, 8)]),
        ("清明节", D(2025, 4, 4), D(2025, 4, 6), []),
        ("劳动节", D(2025, 5, 1), D(2025, 5, 5), [D(2025, 4, 27)]),
        ("端午节", D(2025, 5, 31), D(2025, 6, 2), []),
        ("国庆节、中秋节", D(2025, 10, 1), D(2025, 10, 8), [D(2025, 9, 28), D(2025, 10, 11)]),

        // 国务院办公厅关于2026年部分节假日安排的通知: 2026
        ("元旦", D(2026, 1, 1), D(2026, 1, 3), [D(2026, 1, 4)]),
        ("春节", D(2026, 2, 15), D(2026, 2, 23), [D(2026, 2, 14), D(2026, 2, 28)]),
        ("清明节", D(2026, 4, 4), D(2026, 4, 6), []),
        ("劳动节", D(2026, 5, 1), D(2026, 5, 5), [D(2026, 5, 9)]),
        ("端午节", D(2026, 6, 19), D(2026, 6, 21), []),
        ("中秋节", D(2026, 9, 25), D(2026, 9, 27), []),
        ("国庆节", D(2026, 10, 1), D(2026, 10, 7), [D(2026, 9, 20), D(2026, 10, 10)]),
    ];

    /// <summary>The rows seeded by the migration: weekdays off and weekend days worked.</summary>
    public static readonly SpecialDay[] Seed =
    [
        .. Holidays.SelectMany(h => Expand(h.Name, h.From, h.To, DayKinds.Off)
            .Concat(h.Work.Select(d => new SpecialDay { Date = d, Kind = DayKinds.Work, Name = h.Name }))),
    ];

    /// <summary>The days of a range to store: for days off the weekdays only, for days worked the weekend days only.</summary>
    public static IEnumerable<SpecialDay> Expand(string name, DateOnly from, DateOnly to, string kind)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (WorkingDays.IsWeekend(day) == (kind == DayKinds.Work))
            {
                yield return new SpecialDay { Date = day, Kind = kind, Name = name };
            }
        }
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
