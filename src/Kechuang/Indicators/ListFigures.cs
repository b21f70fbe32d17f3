using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators;

/// <summary>A region's reported targets and monthly figures for one year: what the data entry grid shows.</summary>
public sealed record RegionFiguresDto(string RegionCode, int Year, IReadOnlyList<TargetDto> Targets, IReadOnlyList<ValueDto> Values);

public sealed class ListFigures(KechuangDbContext db)
{
    public async Task<RegionFiguresDto> HandleAsync(Caller caller, string regionCode, int year, CancellationToken ct = default)
    {
        IndicatorAccess.RequireRead(caller);
        var region = await FigureWriter.RegionAsync(db, regionCode, ct);
        caller.RequireRegion(region);
        var validation = new Validation();
        IndicatorAccess.CheckYearMonth(year, null, validation);
        validation.ThrowIfAny();
        var code = region.Value;
        var targets = await db.IndicatorTargets.AsNoTracking().Where(t => t.RegionCode == code && t.Year == year).ToListAsync(ct);
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.RegionCode == code && v.Year == year)
            .OrderBy(v => v.IndicatorCode).ThenBy(v => v.Month).ToListAsync(ct);
        return new RegionFiguresDto(code, year, targets.Select(TargetDto.From).ToList(), values.Select(ValueDto.From).ToList());
    }
}
