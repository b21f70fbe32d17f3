using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Indicators.Plausibility;
using Kechuang.Users;

namespace Kechuang.Indicators;

/// <summary>Records or corrects a region's figure at the end of one month.</summary>
public sealed class PutValue(KechuangDbContext db, DerivedFigures derived, TimeProvider clock)
{
    public async Task<ValueDto> HandleAsync(
        Caller caller, string code, string regionCode, int year, int month, ValueRequest request, CancellationToken ct = default)
    {
        var region = await FigureWriter.RegionAsync(db, regionCode, ct);
        IndicatorAccess.RequireWrite(caller, region);
        var indicator = await FigureWriter.IndicatorAsync(db, code, ct);
        var validation = new Validation();
        IndicatorAccess.CheckYearMonth(year, month, validation);
        if (FigureWriter.Problem(indicator, request.Value) is { } problem)
        {
            validation.Add("value", problem);
        }
        validation.Require((request.Note?.Length ?? 0) <= 500, "note", "说明不能超过 500 个字");
        validation.ThrowIfAny();
        var today = clock.TodayInChina();
        if (new DateOnly(year, month, 1) > today)
        {
            throw new ValidationFailedException("month", $"{year}年{month}月还没有到，不能填报");
        }
        var writer = new FigureWriter(db, clock, FigureWriter.Manual, caller.UserName);
        var (value, _) = await writer.ValueAsync(
            indicator, region.Value, year, month, request.Value!.Value, request.Note?.Trim() is { Length: > 0 } n ? n : null, request.Version, ct);
        await db.SaveChangesAsync(ct);
        // Suspicious, not wrong: the figure is saved and the warnings shown next to it (docs/domain.md §3, Plausibility).
        var indicators = await PlausibilityData.WithPartsAsync(db, [indicator.Code], ct);
        var book = await PlausibilityData.LoadAsync(db, derived, indicators, [region], year, month, ct);
        return ValueDto.From(value) with { Warnings = PlausibilityData.Check(book, indicator, region.Value, year, month, value.Value) };
    }
}
