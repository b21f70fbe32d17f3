using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Users;

namespace Kechuang.Indicators.Assessment;

/// <summary>
/// <c>GET /api/indicators/report</c>: one row per indicator for one region and month, ranked among the region's
/// peers (docs/domain.md §3).
/// </summary>
public sealed class GetAssessmentReport(KechuangDbContext db, DerivedFigures derived, TimeProvider clock)
{
    public async Task<IReadOnlyList<AssessmentRow>> HandleAsync(Caller caller, string? region, int? year, int? month, CancellationToken ct = default)
    {
        var place = await AssessmentQuery.RegionAsync(db, caller, region, "region", ct);
        var (y, m) = AssessmentQuery.Period(year, month, clock);
        var builder = new AssessmentBuilder(db, derived);
        var group = await builder.PeersAsync(place, ct);
        var tables = await builder.BuildAsync(await builder.IndicatorsAsync(ct), group, y, m, ct, only: place.Code);
        return tables[place.Code];
    }
}
