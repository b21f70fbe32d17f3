using Kechuang.Data;
using Kechuang.Regions;

namespace Kechuang.Indicators.Derived;

/// <summary>
/// Asks every module's calculator for the indicators it computes and brings its figures into the indicator's
/// unit, reusing figures computed before while their register is unchanged. Only months that have ended are kept: a register can say what will expire, not what will happen.
/// </summary>
public sealed class DerivedFigures(
    KechuangDbContext db, IEnumerable<IIndicatorCalculator> calculators, DerivedFigureCache cache, ChangeSignals signals, TimeProvider clock)
{
    internal async Task<Dictionary<FigureKey, decimal>> LoadAsync(
        IReadOnlyCollection<Indicator> indicators, IReadOnlyList<RegionCode> regions, IEnumerable<int> years, CancellationToken ct)
    {
        var figures = new Dictionary<FigureKey, decimal>();
        var byCode = indicators.ToDictionary(i => i.Code);
        var (lastYear, lastMonth) = Assessment.AssessmentMath.LastMonth(Common.ChinaClock.TodayInChina(clock));
        foreach (var calculator in calculators)
        {
            var codes = calculator.Codes.Where(byCode.ContainsKey).ToList();
            if (codes.Count == 0)
            {
                continue;
            }
            var register = calculator.Register;
            // The newest change id, and on PostgreSQL the generation of commits heard (ChangeSignals): both unchanged → reuse.
            var version = new DerivedFigureCache.Stamp(await RegisterChanges.NewestAsync(db, register, ct), signals.Generation);
            var reuse = signals.Trusted;
            foreach (var year in years.Distinct())
            {
                var key = $"{calculator.GetType().FullName}|{string.Join(",", codes)}|{string.Join(",", regions.Select(r => r.Value))}|{year}";
                var query = new DerivedFigureQuery(codes, regions, year);
                // Untrusted (PostgreSQL not listening): nothing cached may answer, not even a computation in flight.
                var computed = reuse
                    ? await cache.GetOrComputeAsync(key, version, token => calculator.CalculateAsync(query, token), ct)
                    : await calculator.CalculateAsync(query, ct);
                if (!reuse)
                {
                    cache.Set(key, version, computed);
                }
                foreach (var figure in computed)
                {
                    if (year > lastYear || (year == lastYear && figure.Month > lastMonth) || !byCode.TryGetValue(figure.Code, out var indicator))
                    {
                        continue;
                    }
                    figures[new FigureKey(figure.Code, figure.RegionCode, year, figure.Month)] = InUnit(figure, indicator.Unit);
                }
            }
        }
        return figures;
    }

    /// <summary>Money comes in yuan; the indicator says whether it is counted in 元, 万元 or 亿元.</summary>
    public static decimal InUnit(DerivedFigure figure, string unit) =>
        !figure.InYuan ? figure.Value
        : unit switch
        {
            "亿元" => decimal.Round(figure.Value / 100_000_000m, 4, MidpointRounding.AwayFromZero),
            "万元" => decimal.Round(figure.Value / 10_000m, 4, MidpointRounding.AwayFromZero),
            _ => figure.Value,
        };
}

/// <summary>Where a figure belongs: indicator, region, year and month.</summary>
internal readonly record struct FigureKey(string Code, string Region, int Year, int Month);
