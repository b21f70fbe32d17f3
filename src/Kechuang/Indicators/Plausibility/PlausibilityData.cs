using Kechuang.Data;
using Kechuang.Indicators.Assessment;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators.Plausibility;

/// <summary>
/// The context of figures for <see cref="PlausibilityCheck"/>, from the same figure book the assessment table reads
/// (reported figures, the registers' derived ones, derived ratios, targets): the figure shown, last month's, the same
/// month last year's and the year's target.
/// </summary>
internal static class PlausibilityData
{
    /// <summary>The figure of <paramref name="indicator"/> in the book, or <paramref name="value"/> (one being entered or imported) in its place.</summary>
    public static PlausibilityFigure? Figure(FigureBook book, Indicator indicator, string region, int year, int month, decimal? value = null)
    {
        var key = new FigureKey(indicator.Code, region, year, month);
        if ((value ?? book.Actual(indicator, key)) is not { } figure)
        {
            return null;
        }
        var previous = PlausibilityCheck.PreviousPeriod(indicator.Kind, year, month) is { } p
            ? book.Actual(indicator, key with { Year = p.Year, Month = p.Month })
            : null;
        return new PlausibilityFigure(indicator.Code, indicator.Name, indicator.Unit, indicator.Kind, region, year, month, figure,
            previous, book.Actual(indicator, key with { Year = year - 1 }), book.Target(indicator, region));
    }

    public static IReadOnlyList<PlausibilityWarning> Check(FigureBook book, Indicator indicator, string region, int year, int month, decimal? value = null) =>
        Figure(book, indicator, region, year, month, value) is { } figure ? PlausibilityCheck.Evaluate(figure) : [];

    /// <summary>The indicators and, for a derived ratio, its numerator and denominator (the book computes it from them).</summary>
    public static async Task<IReadOnlyList<Indicator>> WithPartsAsync(KechuangDbContext db, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var chosen = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToListAsync(ct);
        var parts = chosen.SelectMany(i => new[] { i.NumeratorCode, i.DenominatorCode }).OfType<string>().Except(codes).Distinct().ToList();
        return parts.Count == 0 ? chosen : [.. chosen, .. await db.Indicators.AsNoTracking().Where(i => parts.Contains(i.Code)).ToListAsync(ct)];
    }

    /// <summary>A book with the months the checks of <paramref name="month"/> need, this year and last.</summary>
    public static Task<FigureBook> LoadAsync(
        KechuangDbContext db, DerivedFigures derived, IReadOnlyList<Indicator> indicators, IReadOnlyList<RegionCode> regions, int year, int month, CancellationToken ct) =>
        new AssessmentData(db, derived).LoadAsync(indicators, regions, year, PlausibilityCheck.Months(month), ct);
}
