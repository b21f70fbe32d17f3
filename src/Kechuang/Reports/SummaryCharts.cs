using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Assessment;
using Kechuang.Indicators.Derived;

namespace Kechuang.Reports;

/// <summary>
/// The summary's two charts (docs/reports.md): 图1 the completion rate of every 考核指标 with a target and a figure, against
/// the time progress; 图2 the headline indicator month by month, this year against last — the first assessed indicator
/// of <see cref="SummaryIndicators.PlanAreas"/> with figures in at least <see cref="MinMonths"/> months. A chart with too
/// little to show is left out.
/// </summary>
internal static class SummaryCharts
{
    /// <summary>Fewer bars or months than this say nothing a sentence does not.</summary>
    public const int MinBars = 2, MinMonths = 3;

    public static SummaryChart? Completion(SummaryContext context)
    {
        var rows = context.Rows.Where(r => r.Target is not null && r.CompletionRate is not null && SummaryContext.HasData(r)).ToList();
        if (rows.Count < MinBars)
        {
            return null;
        }
        var closed = context.Period == SummaryPeriod.FullYear && !context.Open && context.Month == 12;
        var progress = AssessmentMath.TimeProgress(context.Month);
        return new SummaryChart(
            SummaryChart.Bar,
            $"{context.Year}年{context.PeriodPhrase}考核指标完成率",
            "%",
            rows.Select(r => r.Name).ToList(),
            [new SummaryChartSeries("完成率", rows.Select(r => (decimal?)decimal.Round(r.CompletionRate!.Value * 100, 2)).ToList())
            {
                Behind = rows.Select(r => SummaryOverview.Reached(r, closed) == false).ToList(),
            }],
            closed ? "完成率100%为完成年度目标任务；橙色为未完成" : $"序时进度{Zh.Percent(progress, 2)}；橙色为落后于序时进度的指标");
    }

    public static async Task<SummaryChart?> TrendAsync(KechuangDbContext db, DerivedFigures derived, SummaryContext context, CancellationToken ct)
    {
        var order = SummaryIndicators.PlanAreas.SelectMany(a => a.Codes).ToList();
        var codes = context.Rows.Where(SummaryContext.HasData)
            .OrderBy(r => order.IndexOf(r.Code) is var i && i < 0 ? int.MaxValue : i)
            .Select(r => r.Code)
            .ToList();
        if (await MonthlySeriesQuery.FirstWithFiguresAsync(db, derived, codes, context.Code, context.Year, context.Month, MinMonths, ct) is not { } series)
        {
            return null;
        }
        return new SummaryChart(
            SummaryChart.Line,
            $"{series.Name}{(series.IsFlow ? "逐月累计" : "逐月变化")}",
            series.Unit,
            Enumerable.Range(1, 12).Select(m => $"{m}月").ToList(),
            [
                new SummaryChartSeries($"{context.Year}年", series.ThisYear),
                .. series.LastYear.Any(v => v is not null) ? [new SummaryChartSeries($"{context.Year - 1}年", series.LastYear)] : Array.Empty<SummaryChartSeries>(),
            ],
            $"单位：{series.Unit}；{(series.IsFlow ? "自年初累计" : "各月月末数")}");
    }
}
