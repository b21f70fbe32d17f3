using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Users;

namespace Kechuang.Indicators.Assessment;

/// <summary>
/// <c>GET /api/indicators/report</c>: one row per indicator for one region and month, ranked among the region's
/// peers (issue 4 item 4).
/// </summary>
public sealed class GetAssessmentReport(KechuangDbContext db, DerivedFigures derived, TimeProvider clock)
{
    public async Task<IReadOnlyList<AssessmentRow>> HandleAsync(Caller caller, string? region, int? year, int? month, CancellationToken ct = default)
    {
        var place = await AssessmentQuery.RegionAsync(db, caller, region, "region", ct);
        var (y, m) = AssessmentQuery.Period(year, month, clock);
        var builder = new AssessmentBuilder(db, derived);
        var group = place.ParentCode is { } parent ? await builder.GroupAsync(parent, place.Level, ct) : [place];
        if (!group.Any(r => r.Code == place.Code))
        {
            group = [.. group, place]; // a retired region still gets its own report
        }
        var tables = await builder.BuildAsync(await builder.IndicatorsAsync(ct), group, y, m, ct);
        return tables[place.Code];
    }
}
