using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators;

/// <summary>
/// Writes targets and monthly figures the same way for the API, the Excel import and the demo: each change
/// leaves an <see cref="IndicatorRevision"/>, and a year-to-date flow lower than the month before is accepted
/// but flagged as a correction (docs/domain.md §3).
/// </summary>
internal sealed class FigureWriter(KechuangDbContext db, TimeProvider clock, string channel, string userName)
{
    public const string Manual = "手工录入";
    public const string Excel = "Excel导入";
    public const string Demo = "演示数据";

    /// <summary>A value's problem in words, or null: what the API and the import both report.</summary>
    public static string? Problem(Indicator indicator, decimal? value)
    {
        if (value is not { } v)
        {
            return "请填写数值";
        }
        if (v < 0 && !indicator.IsRatio)
        {
            return $"“{indicator.Name}”不能为负数";
        }
        if (Math.Abs(v) >= 1_000_000_000_000m)
        {
            return "数值过大";
        }
        return decimal.Round(v, 4) != v ? "数值最多保留 4 位小数" : null;
    }

    public static async Task<Indicator> IndicatorAsync(KechuangDbContext db, string code, CancellationToken ct) =>
        await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, ct)
            ?? throw new NotFoundException($"未找到指标 {code}");

    public static async Task<RegionCode> RegionAsync(KechuangDbContext db, string code, CancellationToken ct) =>
        RegionCode.Parse((await IndicatorAccess.FindRegionAsync(db, code, "regionCode", ct)).Code);

    public async Task<(IndicatorTarget Target, bool Changed)> TargetAsync(
        Indicator indicator, string region, int year, decimal value, string? note, int? version, CancellationToken ct)
    {
        var target = await db.IndicatorTargets.FirstOrDefaultAsync(
            t => t.IndicatorCode == indicator.Code && t.RegionCode == region && t.Year == year, ct);
        decimal? old = target?.Value;
        if (target is null)
        {
            target = new IndicatorTarget { IndicatorCode = indicator.Code, RegionCode = region, Year = year };
            db.IndicatorTargets.Add(target);
        }
        else if (version is { } expected)
        {
            VersioningInterceptor.ExpectVersion(db, target, expected);
        }
        if (old == value)
        {
            return (target, false);
        }
        target.Value = value;
        target.UpdatedAt = clock.GetUtcNow();
        target.UpdatedBy = userName;
        Revise(indicator.Code, region, year, null, old, value, note);
        return (target, true);
    }

    public async Task<(IndicatorValue Value, bool Changed)> ValueAsync(
        Indicator indicator, string region, int year, int month, decimal value, string? note, int? version, CancellationToken ct)
    {
        var months = await db.IndicatorValues
            .Where(v => v.IndicatorCode == indicator.Code && v.RegionCode == region && v.Year == year)
            .ToListAsync(ct);
        var figure = months.FirstOrDefault(v => v.Month == month);
        decimal? old = figure?.Value;
        if (figure is null)
        {
            figure = new IndicatorValue { IndicatorCode = indicator.Code, RegionCode = region, Year = year, Month = month };
            db.IndicatorValues.Add(figure);
            months.Add(figure);
        }
        else if (version is { } expected)
        {
            VersioningInterceptor.ExpectVersion(db, figure, expected);
        }
        var noteChanged = note is not null && note != figure.Note;
        if (old == value && !noteChanged)
        {
            return (figure, false);
        }
        figure.Value = value;
        figure.Note = note ?? figure.Note;
        figure.UpdatedAt = clock.GetUtcNow();
        figure.UpdatedBy = userName;
        if (indicator.IsFlow)
        {
            FlagCorrections(months);
        }
        Revise(indicator.Code, region, year, month, old, value, note);
        return (figure, true);
    }

    /// <summary>A year-to-date figure can only grow; one below the latest earlier month is a correction.</summary>
    private static void FlagCorrections(List<IndicatorValue> months)
    {
        IndicatorValue? previous = null;
        foreach (var figure in months.OrderBy(v => v.Month))
        {
            var below = previous is not null && figure.Value < previous.Value;
            if (figure.BelowPreviousMonth != below)
            {
                figure.BelowPreviousMonth = below;
            }
            previous = figure;
        }
    }

    private void Revise(string code, string region, int year, int? month, decimal? old, decimal value, string? note) =>
        db.IndicatorRevisions.Add(new IndicatorRevision
        {
            IndicatorCode = code,
            RegionCode = region,
            Year = year,
            Month = month,
            OldValue = old,
            NewValue = value,
            Note = note,
            Channel = channel,
            ChangedBy = userName,
            ChangedAt = clock.GetUtcNow(),
        });
}
