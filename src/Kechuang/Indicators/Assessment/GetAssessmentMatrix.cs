using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Users;

namespace Kechuang.Indicators.Assessment;

public sealed record MatrixRegion(string Code, string Name, IReadOnlyList<AssessmentRow> Rows);

public sealed record AssessmentMatrix(
    string Parent, string ParentName, int Year, int Month, decimal TimeProgress,
    IReadOnlyList<IndicatorDto> Indicators, IReadOnlyList<MatrixRegion> Regions);

/// <summary><c>GET /api/indicators/matrix</c>: every region under a parent × every indicator, for a city's overview.</summary>
public sealed class GetAssessmentMatrix(KechuangDbContext db, DerivedFigures derived, TimeProvider clock)
{
    public async Task<AssessmentMatrix> HandleAsync(Caller caller, string? parent, int? year, int? month, CancellationToken ct = default)
    {
        var place = await AssessmentQuery.RegionAsync(db, caller, parent, "parent", ct);
        var (y, m) = AssessmentQuery.Period(year, month, clock);
        var builder = new AssessmentBuilder(db, derived);
        var group = await builder.GroupAsync(place.Code, null, ct);
        if (group.Count == 0)
        {
            throw new ValidationFailedException("parent", $"{place.Name}没有下级行政区划");
        }
        var indicators = await builder.IndicatorsAsync(ct);
        var tables = await builder.BuildAsync(indicators, group, y, m, ct);
        return new AssessmentMatrix(
            place.Code, place.Name, y, m, AssessmentMath.TimeProgress(m),
            indicators.Select(IndicatorDto.From).ToList(),
            group.Select(r => new MatrixRegion(r.Code, r.Name, tables[r.Code])).ToList());
    }
}
