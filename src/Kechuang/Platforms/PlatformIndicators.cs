using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms;

/// <summary>
/// 新增省级以上研发机构数 from the register (docs/domain.md §7.2): recognitions at 省级 or 国家级 from 1 January to each
/// month's end — a first recognition or a move up to that level. A county with no platform recognised by that year gets
/// no figure, so a reported one stands (docs/domain.md §3).
/// </summary>
public sealed class PlatformIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "platforms";
    public const string NewProvincial = "new_rd_institutions";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [NewProvincial];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        if (!query.Codes.Contains(NewProvincial))
        {
            return figures;
        }
        var start = new DateOnly(query.Year, 1, 1);
        var end = new DateOnly(query.Year, 12, 31);
        foreach (var region in query.Regions)
        {
            var platforms = PlatformAccess.InRegion(db.Platforms.AsNoTracking(), region, RegionScope.MatchFor(db));
            var ids = platforms.Select(p => p.Id);
            var recognitions = db.PlatformRecognitions.AsNoTracking().Where(r => ids.Contains(r.PlatformId));
            if (!await recognitions.AnyAsync(r => r.RecognisedOn <= end, ct))
            {
                continue;
            }
            var dates = await recognitions
                .Where(r => r.RecognisedOn >= start && r.RecognisedOn <= end && (r.Level == "省级" || r.Level == "国家级"))
                .Select(r => r.RecognisedOn).ToListAsync(ct);
            for (var month = 1; month <= 12; month++)
            {
                figures.Add(new DerivedFigure(NewProvincial, region.Value, month, dates.Count(d => d.Month <= month)));
            }
        }
        return figures;
    }
}
