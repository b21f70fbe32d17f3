using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Indicators;

/// <summary>Sets a region's annual target for one indicator (年度目标任务, handed down from above).</summary>
public sealed class PutTarget(KechuangDbContext db, TimeProvider clock)
{
    public async Task<TargetDto> HandleAsync(Caller caller, string code, string regionCode, int year, TargetRequest request, CancellationToken ct = default)
    {
        var region = await FigureWriter.RegionAsync(db, regionCode, ct);
        IndicatorAccess.RequireWrite(caller, region);
        var indicator = await FigureWriter.IndicatorAsync(db, code, ct);
        var validation = new Validation();
        IndicatorAccess.CheckYearMonth(year, null, validation);
        if (FigureWriter.Problem(indicator, request.Value) is { } problem)
        {
            validation.Add("value", problem);
        }
        validation.ThrowIfAny();
        var writer = new FigureWriter(db, clock, FigureWriter.Manual, caller.UserName);
        var (target, _) = await writer.TargetAsync(indicator, region.Value, year, request.Value!.Value, request.Note?.Trim(), request.Version, ct);
        await db.SaveChangesAsync(ct);
        return TargetDto.From(target);
    }
}
