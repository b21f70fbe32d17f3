using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators;
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

    public static async Task<SummaryChart?> TrendAsync(KechuangDbContext db, DerivedFigures derived, SummaryContext context,
        IReadOnlyList<Indicator> indicators, CancellationToken ct)
    {
        var order = SummaryIndicators.PlanAreas.SelectMany(a => a.Codes).ToList();
        var candidates = context.Rows.Where(SummaryContext.HasData)
            .OrderBy(r => order.IndexOf(r.Code) is var i && i < 0 ? int.MaxValue : i)
            .Select(r => indicators.First(i => i.Code == r.Code))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var months = Enumerable.Range(1, 12).ToList();
        var book = await new AssessmentData(db, derived).LoadAsync(candidates, [context.Code], context.Year, months, ct);
        foreach (var indicator in candidates)
        {
            decimal? At(int year, int month) =>
                year == context.Year && month > context.Month ? null : book.Actual(indicator, new FigureKey(indicator.Code, context.Region.Code, year, month));
            var thisYear = months.Select(m => At(context.Year, m)).ToList();
            if (thisYear.Count(v => v is not null) < MinMonths)
            {
                continue;
            }
            var lastYear = months.Select(m => At(context.Year - 1, m)).ToList();
            var what = indicator.IsFlow ? "逐月累计" : "逐月变化";
            return new SummaryChart(
                SummaryChart.Line,
                $"{indicator.Name}{what}",
                indicator.Unit,
                months.Select(m => $"{m}月").ToList(),
                [new SummaryChartSeries($"{context.Year}年", thisYear), .. lastYear.Any(v => v is not null) ? [new SummaryChartSeries($"{context.Year - 1}年", lastYear)] : Array.Empty<SummaryChartSeries>()],
                $"单位：{indicator.Unit}；{(indicator.IsFlow ? "自年初累计" : "各月月末数")}");
        }
        return null;
    }
}
