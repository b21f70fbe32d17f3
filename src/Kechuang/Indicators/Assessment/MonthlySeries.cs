using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators.Assessment;

/// <summary>An indicator's figure of a region in each month of a year and of the year before (null: no figure).</summary>
public sealed record MonthlySeries(string Code, string Name, string Unit, bool IsFlow, IReadOnlyList<decimal?> ThisYear, IReadOnlyList<decimal?> LastYear);

/// <summary>The named query other modules ask for indicators month by month (the work summary's trend chart).</summary>
public static class MonthlySeriesQuery
{
    /// <summary>
    /// The first of <paramref name="codes"/>, in their order, with a figure in at least <paramref name="minMonths"/> months
    /// up to <paramref name="month"/> of <paramref name="year"/> — reported or from its register, as the assessment reads
    /// it; null when none has.
    /// </summary>
    public static async Task<MonthlySeries?> FirstWithFiguresAsync(KechuangDbContext db, DerivedFigures derived,
        IReadOnlyList<string> codes, RegionCode region, int year, int month, int minMonths, CancellationToken ct)
    {
        var all = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToListAsync(ct);
        var indicators = codes.Select(c => all.FirstOrDefault(i => i.Code == c)).OfType<Indicator>().ToList();
        if (indicators.Count == 0)
        {
            return null;
        }
        var months = Enumerable.Range(1, 12).ToList();
        var book = await new AssessmentData(db, derived).LoadAsync(indicators, [region], year, months, ct);
        foreach (var indicator in indicators)
        {
            decimal? At(int y, int m) => y == year && m > month ? null : book.Actual(indicator, new FigureKey(indicator.Code, region.Value, y, m));
            var thisYear = months.Select(m => At(year, m)).ToList();
            if (thisYear.Count(v => v is not null) >= minMonths)
            {
                return new MonthlySeries(indicator.Code, indicator.Name, indicator.Unit, indicator.IsFlow, thisYear, months.Select(m => At(year - 1, m)).ToList());
            }
        }
        return null;
    }
}
