using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators.Derived;

/// <summary>
/// Asks every module's calculator for the indicators it computes and brings its figures into the indicator's
/// unit, reusing each region's figures while its register is unchanged there (ADR 0025). Only months that have ended are kept: a register can say what will expire, not what will happen.
/// </summary>
public sealed class DerivedFigures(
    KechuangDbContext db, IEnumerable<IIndicatorCalculator> calculators, DerivedFigureCache cache, TimeProvider clock)
{
    internal async Task<Dictionary<FigureKey, decimal>> LoadAsync(
        IReadOnlyCollection<Indicator> indicators, IReadOnlyList<RegionCode> regions, IEnumerable<int> years, CancellationToken ct)
    {
        var figures = new Dictionary<FigureKey, decimal>();
        var byCode = indicators.ToDictionary(i => i.Code);
        var (lastYear, lastMonth) = Assessment.AssessmentMath.LastMonth(Common.ChinaClock.TodayInChina(clock));
        // A calculator computes all its codes at once, whichever a request wants: every page and report then shares them.
        var wanted = calculators.Where(c => c.Codes.Any(byCode.ContainsKey)).Select(c => (Calculator: c, Codes: c.Codes.ToList())).ToList();
        if (wanted.Count == 0)
        {
            return figures;
        }
        // Every register's change counts per scope, in one statement: each region's version is read from the same moment.
        var versions = await RegisterChanges.VersionsAsync(db, [.. wanted.Select(c => c.Calculator.Register).Distinct()], ct);
        var asked = regions.Distinct().ToList();
        var counties = wanted.Any(c => c.Calculator.SumsCounties) ? await CountiesUnderAsync(asked, ct) : [];
        foreach (var (calculator, codes) in wanted)
        {
            var computedFor = ComputedFor(calculator, asked, counties);
            var mine = versions[calculator.Register].ToList();
            foreach (var year in years.Distinct())
            {
                var answers = await FiguresAsync(calculator, codes, asked, counties, computedFor, mine, year, ct);
                foreach (var figure in answers)
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

    /// <summary>
    /// One calculator's figures (every code, every month, in the register's units) for one region, by year, from the
    /// same cache as the indicator pages: a module's summary section prints the counts its indicators show, without
    /// reading the register again. The change counts and counties are read once for all the years.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<DerivedFigure>>> OfAsync<TCalculator>(
        RegionCode region, IReadOnlyList<int> years, CancellationToken ct)
        where TCalculator : IIndicatorCalculator
    {
        var calculator = calculators.OfType<TCalculator>().Single();
        var versions = (await RegisterChanges.VersionsAsync(db, [calculator.Register], ct))[calculator.Register].ToList();
        List<RegionCode> asked = [region];
        var counties = calculator.SumsCounties ? await CountiesUnderAsync(asked, ct) : [];
        var computedFor = ComputedFor(calculator, asked, counties);
        var byYear = new Dictionary<int, IReadOnlyList<DerivedFigure>>();
        foreach (var year in years.Distinct())
        {
            byYear[year] = await FiguresAsync(calculator, [.. calculator.Codes], asked, counties, computedFor, versions, year, ct);
        }
        return byYear;
    }

    /// <summary>
    /// The regions a calculator computes and caches for: those asked, or for a calculator that sums counties, the
    /// counties under each region above county level (and the counties and towns asked themselves).
    /// </summary>
    private static Dictionary<string, RegionCode> ComputedFor(
        IIndicatorCalculator calculator, List<RegionCode> asked, Dictionary<string, List<RegionCode>> counties) =>
        calculator.SumsCounties
            ? asked.SelectMany(r => counties.TryGetValue(r.Value, out var under) ? under : [r]).DistinctBy(r => r.Value).ToDictionary(r => r.Value)
            : asked.ToDictionary(r => r.Value);

    /// <summary>A calculator's figures of one year for the asked regions: cached ones where their register is unchanged, the rest computed.</summary>
    private async Task<IReadOnlyList<DerivedFigure>> FiguresAsync(
        IIndicatorCalculator calculator, List<string> codes, List<RegionCode> asked, Dictionary<string, List<RegionCode>> counties,
        Dictionary<string, RegionCode> computedFor, List<RegisterVersion> versions, int year, CancellationToken ct)
    {
        var stamps = computedFor.Values.Select(r => new DerivedFigureCache.Wanted(r.Value, RegisterChanges.VersionFor(versions, r.ScopePrefix, year))).ToList();
        var prefix = $"{calculator.GetType().FullName}|{year}";
        var computed = await cache.GetOrComputeAsync(prefix, stamps,
            (stale, token) => calculator.CalculateAsync(new DerivedFigureQuery(codes, [.. stale.Select(r => computedFor[r])], year), token), ct);
        return calculator.SumsCounties ? SumUp(asked, counties, computed) : computed;
    }

    /// <summary>
    /// The counties under each asked region above county level, retired ones included (their records still count).
    /// Read from the division list, the same for every request until regions are loaded again.
    /// </summary>
    private async Task<Dictionary<string, List<RegionCode>>> CountiesUnderAsync(List<RegionCode> asked, CancellationToken ct)
    {
        var upper = asked.Where(r => r.Level < RegionLevel.County).ToList();
        if (upper.Count == 0)
        {
            return [];
        }
        // Only the counties of the provinces asked about (a range on the code's key): the division list holds the whole country's.
        var counties = db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County);
        var provinces = upper.Select(r => r.Value[..2]).Distinct().ToList();
        if (provinces.Count == 1 && upper.TrueForAll(r => r.Level != RegionLevel.Country))
        {
            counties = counties.Within(r => r.Code, RegionCode.Parse(provinces[0] + "0000"), RegionColumn.AnyCodes);
        }
        var all = await counties.Select(r => r.Code).ToListAsync(ct);
        return upper.ToDictionary(r => r.Value, r => all.Where(c => c.StartsWith(r.ScopePrefix, StringComparison.Ordinal)).Select(RegionCode.Parse).ToList());
    }

    /// <summary>
    /// The asked regions' figures: a county's or town's as computed, a region above county level the sum of its
    /// counties' per code and month — present when at least one county has figures, as the register is then in use
    /// there (docs/domain.md §3).
    /// </summary>
    private static List<DerivedFigure> SumUp(List<RegionCode> asked, Dictionary<string, List<RegionCode>> counties, IReadOnlyList<DerivedFigure> computed)
    {
        var byRegion = computed.ToLookup(f => f.RegionCode);
        var answers = new List<DerivedFigure>();
        foreach (var region in asked)
        {
            if (!counties.TryGetValue(region.Value, out var under))
            {
                answers.AddRange(byRegion[region.Value]);
                continue;
            }
            answers.AddRange(under.SelectMany(c => byRegion[c.Value])
                .GroupBy(f => (f.Code, f.Month, f.InYuan))
                .Select(g => new DerivedFigure(g.Key.Code, region.Value, g.Key.Month, g.Sum(f => f.Value), g.Key.InYuan)));
        }
        return answers;
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
