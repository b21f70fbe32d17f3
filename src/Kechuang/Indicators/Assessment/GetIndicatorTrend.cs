using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators.Assessment;

public sealed record TrendPoint(int Month, decimal? Actual, decimal? Reported, decimal? Derived);

public sealed record IndicatorTrend(
    string Code, string Name, string Unit, string Kind, string RegionCode, string RegionName, int Year, decimal? Target,
    IReadOnlyList<TrendPoint> ThisYear, IReadOnlyList<TrendPoint> LastYear);

/// <summary>One indicator of one region month by month, this year against last year: the dashboard's drill-down.</summary>
public sealed class GetIndicatorTrend(KechuangDbContext db, DerivedFigures derived, TimeProvider clock)
{
    public async Task<IndicatorTrend> HandleAsync(Caller caller, string code, string? region, int? year, CancellationToken ct = default)
    {
        var place = await AssessmentQuery.RegionAsync(db, caller, region, "region", ct);
        var (y, _) = AssessmentQuery.Period(year, null, clock);
        var indicators = await db.Indicators.AsNoTracking().ToListAsync(ct);
        var indicator = indicators.FirstOrDefault(i => i.Code == code) ?? throw new NotFoundException($"未找到指标 {code}");
        var months = Enumerable.Range(1, 12).ToList();
        var data = new AssessmentData(db, derived);
        var book = await data.LoadAsync(indicators, [RegionCode.Parse(place.Code)], y, months, ct);
        List<TrendPoint> Points(int year) => months.Select(m =>
        {
            var key = new FigureKey(code, place.Code, year, m);
            return new TrendPoint(m, book.Actual(indicator, key), book.ReportedAt(key), book.DerivedAt(indicator, key));
        }).ToList();
        return new IndicatorTrend(
            indicator.Code, indicator.Name, indicator.Unit, indicator.Kind, place.Code, place.Name, y,
            book.Target(indicator, place.Code), Points(y), Points(y - 1));
    }
}
