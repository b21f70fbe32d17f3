using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.IntellectualProperty;

/// <summary>
/// 发明专利授权数 and 每万人发明专利拥有量 from the patent register (docs/domain.md §7.8): invention patents granted from 1
/// January to each month's end, and the valid invention patents at each month's end per 10,000 of the region's
/// population (the year's, or the latest before it). A region with no patent applied for by the year's end gets no
/// figure (docs/domain.md §3); one without a population gets no per-10,000 figure.
/// </summary>
public sealed class PatentIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "patents";
    public const string InventionsGranted = "invention_patents_granted";
    public const string PerTenThousand = "patents_per_10k";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [InventionsGranted, PerTenThousand];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var start = new DateOnly(query.Year, 1, 1);
        var end = new DateOnly(query.Year, 12, 31);
        foreach (var region in query.Regions)
        {
            if (!await PatentCounts.InUseAsync(db, region, end, ct))
            {
                continue;          // register not in use here: no figure at all, not 0 (docs/domain.md §3, rank)
            }
            var granted = await PatentCounts.GrantedAsync(db, region, end, ct);
            var population = query.Codes.Contains(PerTenThousand) ? await PatentCounts.PopulationAsync(db, region.Value, query.Year, ct) : null;
            for (var month = 1; month <= 12; month++)
            {
                var monthEnd = new DateOnly(query.Year, month, 1).AddMonths(1).AddDays(-1);
                if (query.Codes.Contains(InventionsGranted))
                {
                    figures.Add(new DerivedFigure(InventionsGranted, region.Value, month, PatentCounts.Granted(granted, start, monthEnd)));
                }
                if (PatentRules.PerTenThousand(PatentCounts.ValidInventions(granted, monthEnd), population?.Population) is { } ratio)
                {
                    figures.Add(new DerivedFigure(PerTenThousand, region.Value, month, ratio));
                }
            }
        }
        return figures;
    }
}
