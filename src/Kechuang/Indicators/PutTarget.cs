using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Assessment;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Indicators;

/// <summary>Sets a region's annual target for one indicator (年度目标任务, handed down from above).</summary>
public sealed class PutTarget(KechuangDbContext db, DerivedFigures derived, TimeProvider clock)
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
        return TargetDto.From(target) with { Warnings = await BelowLastYearAsync(indicator, region, year, target.Value, ct) };
    }

    /// <summary>
    /// A target below the year before's figure — its December, or its latest month while that year is still open
    /// (a flow's part-year figure is already a floor) — is a warning, never a refusal: a bureau may be handed a lower
    /// task, but usually it is a typing slip or last year's number (docs/reports.md, 三、工作思路).
    /// </summary>
    private async Task<IReadOnlyList<string>> BelowLastYearAsync(Indicator indicator, RegionCode region, int year, decimal target, CancellationToken ct)
    {
        var book = await new AssessmentData(db, derived).LoadAsync([indicator], [region], year, Enumerable.Range(1, 12).ToList(), ct);
        var last = Enumerable.Range(1, 12).Reverse()
            .Select(m => (Month: m, Value: book.Actual(indicator, new FigureKey(indicator.Code, region.Value, year - 1, m))))
            .FirstOrDefault(x => x.Value is not null);
        if (last.Value is not { } done || (indicator.LowerIsBetter ? target <= done : target >= done))
        {
            return [];
        }
        var when = last.Month == 12 ? "全年" : $"1—{last.Month}月";
        return [$"{indicator.Name}{year}年目标任务{Zh.Amount(target, indicator.Unit)}{(indicator.LowerIsBetter ? "高于" : "低于")}{year - 1}年{when}已完成的"
            + $"{Zh.Amount(done, indicator.Unit)}，请核对；工作总结的工作思路不会写入低于上年实绩的目标"];
    }
}
