using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Indicators.Plausibility;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators.Assessment;

/// <summary>
/// Builds the assessment table of every region of a peer group at once, because a rank needs the whole group
/// (docs/domain.md §2: peers are the units of the same level under the same parent).
/// </summary>
internal sealed class AssessmentBuilder(KechuangDbContext db, DerivedFigures derived)
{
    public async Task<IReadOnlyList<Indicator>> IndicatorsAsync(CancellationToken ct) =>
        await db.Indicators.AsNoTracking().Where(i => !i.Retired).OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(ct);

    /// <summary>The regions of the same level under <paramref name="parentCode"/>, in code order.</summary>
    public async Task<IReadOnlyList<Region>> GroupAsync(string parentCode, RegionLevel? level, CancellationToken ct) =>
        await db.Regions.AsNoTracking()
            .Where(r => r.ParentCode == parentCode && r.RetiredOn == null && (level == null || r.Level == level))
            .OrderBy(r => r.Code)
            .ToListAsync(ct);

    /// <summary>The region with its peers; a retired region still gets its own figures, ranked among them.</summary>
    public async Task<IReadOnlyList<Region>> PeersAsync(Region place, CancellationToken ct)
    {
        var group = place.ParentCode is { } parent ? await GroupAsync(parent, place.Level, ct) : [place];
        return group.Any(r => r.Code == place.Code) ? group : [.. group, place];
    }

    /// <summary>
    /// The group's tables; with <paramref name="only"/>, that region's table alone, still ranked among the whole group
    /// (a dashboard shows one region: the others' rows and plausibility checks would be thrown away).
    /// </summary>
    public async Task<Dictionary<string, IReadOnlyList<AssessmentRow>>> BuildAsync(
        IReadOnlyList<Indicator> indicators, IReadOnlyList<Region> group, int year, int month, CancellationToken ct, string? only = null)
    {
        var regions = group.Select(r => RegionCode.Parse(r.Code)).ToList();
        var data = new AssessmentData(db, derived);
        var book = await data.LoadAsync(indicators, regions, year, PlausibilityCheck.Months(month), ct);
        var progress = AssessmentMath.TimeProgress(month);
        var shown = only is null ? group : [.. group.Where(r => r.Code == only)];
        var rows = shown.ToDictionary(r => r.Code, _ => new List<AssessmentRow>());
        foreach (var indicator in indicators)
        {
            var actual = group.ToDictionary(r => r.Code, r => book.Actual(indicator, new FigureKey(indicator.Code, r.Code, year, month)));
            var ranks = AssessmentMath.Rank(actual, indicator.LowerIsBetter);
            var ranked = AssessmentMath.Ranked(actual);
            foreach (var region in shown)
            {
                var key = new FigureKey(indicator.Code, region.Code, year, month);
                var lastKey = key with { Year = year - 1 };
                var value = actual[region.Code];
                var target = book.Target(indicator, region.Code);
                var last = book.Actual(indicator, lastKey);
                var completion = AssessmentMath.Completion(value, target);
                var reported = book.ReportedAt(key);
                var derived = book.DerivedAt(indicator, key);
                var note = book.Notes.GetValueOrDefault(key);
                rows[region.Code].Add(new AssessmentRow(
                    indicator.Code, indicator.Name, indicator.Unit, indicator.Kind, indicator.Direction, indicator.Source,
                    target, value, completion, last,
                    indicator.IsRatio ? null : AssessmentMath.YoyGrowth(value, last),
                    indicator.IsRatio ? AssessmentMath.ChangePoints(value, last) : null,
                    progress, AssessmentMath.OnSchedule(indicator, completion, month),
                    ranks.TryGetValue(region.Code, out var rank) ? rank : null, group.Count, ranked,
                    reported, derived, Differs(reported, derived, indicator.Unit), note.Correction, note.Note)
                {
                    Assessed = indicator.Assessed,
                    Warnings = PlausibilityData.Check(book, indicator, region.Code, year, month),
                });
            }
        }
        return rows.ToDictionary(r => r.Key, r => (IReadOnlyList<AssessmentRow>)r.Value);
    }

    /// <summary>A reported and a derived figure disagree when they print differently (docs/domain.md §3: both must be visible).</summary>
    private static bool Differs(decimal? reported, decimal? derived, string unit) =>
        reported is { } r && derived is { } d && Zh.Amount(r, unit) != Zh.Amount(d, unit);
}
