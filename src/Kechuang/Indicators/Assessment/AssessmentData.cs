using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators.Assessment;

/// <summary>
/// The figures of a group of regions for some months of a year and the year before: reported figures, the
/// registers' derived figures, derived ratios from their parts, and the year's targets.
/// </summary>
internal sealed class AssessmentData(KechuangDbContext db, DerivedFigures derived)
{
    public async Task<FigureBook> LoadAsync(
        IReadOnlyList<Indicator> indicators, IReadOnlyList<RegionCode> regions, int year, IReadOnlyCollection<int> months, CancellationToken ct)
    {
        var codes = regions.Select(r => r.Value).ToList();
        int[] years = [year - 1, year];
        var monthList = months.ToList();
        var reported = await db.IndicatorValues.AsNoTracking()
            .Where(v => (v.Year == year || v.Year == year - 1) && monthList.Contains(v.Month) && codes.Contains(v.RegionCode))
            .Select(v => new { v.IndicatorCode, v.RegionCode, v.Year, v.Month, v.Value, v.Note, v.BelowPreviousMonth })
            .ToListAsync(ct);
        var targets = await db.IndicatorTargets.AsNoTracking()
            .Where(t => t.Year == year && codes.Contains(t.RegionCode))
            .Select(t => new { t.IndicatorCode, t.RegionCode, t.Value })
            .ToListAsync(ct);
        var book = new FigureBook(indicators)
        {
            Derived = await derived.LoadAsync(indicators, regions, years, ct),
        };
        foreach (var v in reported)
        {
            var key = new FigureKey(v.IndicatorCode, v.RegionCode, v.Year, v.Month);
            book.Reported[key] = v.Value;
            if (v.Note is not null || v.BelowPreviousMonth)
            {
                book.Notes[key] = (v.Note, v.BelowPreviousMonth);
            }
        }
        foreach (var t in targets)
        {
            book.Targets[(t.IndicatorCode, t.RegionCode)] = t.Value;
        }
        return book;
    }
}

/// <summary>Lookup of one group's figures; derived ratios are computed on first use from their parts' actual figures.</summary>
internal sealed class FigureBook(IReadOnlyList<Indicator> indicators)
{
    private readonly Dictionary<string, Indicator> _byCode = indicators.ToDictionary(i => i.Code);

    public Dictionary<FigureKey, decimal> Reported { get; } = [];
    public Dictionary<FigureKey, decimal> Derived { get; init; } = [];
    public Dictionary<FigureKey, (string? Note, bool Correction)> Notes { get; } = [];
    public Dictionary<(string Code, string Region), decimal> Targets { get; } = [];

    public decimal? ReportedAt(FigureKey key) => Reported.TryGetValue(key, out var v) ? v : null;

    public decimal? DerivedAt(Indicator indicator, FigureKey key)
    {
        if (Derived.TryGetValue(key, out var v))
        {
            return v;
        }
        if (!indicator.IsRatio || indicator.Source != IndicatorWords.Derived
            || !_byCode.TryGetValue(indicator.NumeratorCode ?? "", out var numerator)
            || !_byCode.TryGetValue(indicator.DenominatorCode ?? "", out var denominator))
        {
            return null;
        }
        var top = Actual(numerator, key with { Code = numerator.Code });
        var bottom = Actual(denominator, key with { Code = denominator.Code });
        return top is { } t && bottom is { } b && b != 0
            ? decimal.Round(t / b * 100m, 4, MidpointRounding.AwayFromZero)
            : null;
    }

    /// <summary>The figure the table shows: a derived indicator prefers the register, a reported one the report.</summary>
    public decimal? Actual(Indicator indicator, FigureKey key)
    {
        var reported = ReportedAt(key);
        var derived = DerivedAt(indicator, key);
        return indicator.Source == IndicatorWords.Derived ? derived ?? reported : reported ?? derived;
    }

    public decimal? Target(Indicator indicator, string region) =>
        Targets.TryGetValue((indicator.Code, region), out var t) ? t : null;
}
