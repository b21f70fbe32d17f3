using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;

namespace Kechuang.Indicators.Plausibility;

/// <summary>
/// The plausibility warnings (docs/domain.md §3, Plausibility) of some indicators' figures for one region and month:
/// what the work summary asks for the figures it prints. The caller has already checked access to the region.
/// </summary>
public sealed class GetPlausibilityWarnings(KechuangDbContext db, DerivedFigures derived)
{
    public async Task<IReadOnlyList<PlausibilityWarning>> HandleAsync(
        string regionCode, int year, int month, IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        if (codes.Count == 0)
        {
            return [];
        }
        var indicators = await PlausibilityData.WithPartsAsync(db, codes, ct);
        var book = await PlausibilityData.LoadAsync(db, derived, indicators, [RegionCode.Parse(regionCode)], year, month, ct);
        return indicators.Where(i => codes.Contains(i.Code))
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .SelectMany(i => PlausibilityData.Check(book, i, regionCode, year, month))
            .ToList();
    }
}
