using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Incubators;

/// <summary>
/// 新增孵化空间面积 from the register (docs/domain.md §7.3): the space that came into use from 1 January to each month's
/// end, in 万平方米 as the indicator is set. A county with no carrier in use by that year gets no figure, and its
/// reported figure, if any, stands (docs/domain.md §3).
/// </summary>
public sealed class IncubatorIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "incubators";
    public const string NewArea = "new_incubator_area";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [NewArea];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        if (!query.Codes.Contains(NewArea))
        {
            return figures;
        }
        var yearEnd = new DateOnly(query.Year, 12, 31);
        var yearStart = new DateOnly(query.Year, 1, 1);
        foreach (var region in query.Regions)
        {
            var incubators = IncubatorAccess.InRegion(db.Incubators.AsNoTracking(), region, RegionScope.MatchFor(db));
            if (!await incubators.AnyAsync(i => i.OpenedOn <= yearEnd, ct))
            {
                continue;
            }
            var ids = incubators.Select(i => i.Id);
            var added = await db.IncubatorAreas.AsNoTracking()
                .Where(a => ids.Contains(a.IncubatorId) && a.InUseOn >= yearStart && a.InUseOn <= yearEnd)
                .Select(a => new { a.InUseOn, a.AreaSqm })
                .ToListAsync(ct);
            for (var month = 1; month <= 12; month++)
            {
                var sqm = added.Where(a => a.InUseOn.Month <= month).Sum(a => a.AreaSqm);
                figures.Add(new DerivedFigure(NewArea, region.Value, month, sqm / 10_000m));
            }
        }
        return figures;
    }
}
