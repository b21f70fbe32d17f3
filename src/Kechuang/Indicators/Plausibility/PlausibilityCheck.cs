using System.Globalization;
using Kechuang.Common;

namespace Kechuang.Indicators.Plausibility;

/// <summary>
/// The one place the plausibility rules of <see cref="PlausibilityRules.Table"/> are evaluated (docs/domain.md §3,
/// Plausibility): a pure function over a figure and its context, used on entry (<see cref="PutValue"/>), on import
/// (<see cref="Excel.ImportMonthlyFigures"/>), in the assessment table and, through it, in the work summary. Warnings
/// only: nothing here refuses a figure.
/// </summary>
public static class PlausibilityCheck
{
    /// <summary>
    /// The month a figure is compared with as "last month": the month before in the same year; for January the
    /// December before, except for a flow, whose year-to-date total starts again in January (none).
    /// </summary>
    public static (int Year, int Month)? PreviousPeriod(string kind, int year, int month) =>
        month > 1 ? (year, month - 1)
        : kind == IndicatorWords.Flow ? null
        : (year - 1, 12);

    /// <summary>The months of a year the context needs besides <paramref name="month"/> (December, for a January).</summary>
    public static IReadOnlyList<int> Months(int month) => month == 1 ? [1, 12] : [month, month - 1];

    public static IReadOnlyList<PlausibilityWarning> Evaluate(PlausibilityFigure figure)
    {
        var warnings = new List<PlausibilityWarning>();
        var previous = PreviousPeriod(figure.Kind, figure.Year, figure.Month);
        var lastYear = (Year: figure.Year - 1, figure.Month);
        var isRatio = figure.Kind == IndicatorWords.Ratio;
        var value = Zh.Amount(figure.Value, figure.Unit);
        var label = $"{figure.Name}{Zh.Month(figure.Year, figure.Month)}为{value}";

        if (isRatio && figure.Unit == "%" && (figure.Value == 0 || figure.Value == PlausibilityRules.ShareBound.Threshold))
        {
            warnings.Add(Warn(PlausibilityRules.ShareBound, figure, null, null, null,
                $"{label}，恰为{(figure.Value == 0 ? "0%" : "100%")}：请核实分子、分母是否完整、口径是否一致"));
        }

        if (isRatio)
        {
            foreach (var (comparison, period, compared) in Comparisons(figure, previous, lastYear))
            {
                var points = figure.Value - compared;
                var limit = PlausibilityRules.RatioJumpPoints.Threshold!.Value;
                var against = $"{comparison}（{Zh.Month(period.Year, period.Month)}，{Zh.Amount(compared, figure.Unit)}）";
                if (Math.Abs(points) > limit)
                {
                    warnings.Add(Warn(PlausibilityRules.RatioJumpPoints, figure, comparison, period, compared,
                        $"{label}，较{against}{(points > 0 ? "上升" : "下降")}{Num(Math.Abs(points))}个百分点，超过{Num(limit)}个百分点"));
                }
                var factor = PlausibilityRules.RatioJumpFactor.Threshold!.Value;
                if (compared > 0 && OutsideFactor(figure.Value, compared, factor) is { } ratio)
                {
                    warnings.Add(Warn(PlausibilityRules.RatioJumpFactor, figure, comparison, period, compared,
                        $"{label}，是{against}的{Num(ratio)}倍，{(ratio > 1 ? $"超过{Num(factor)}倍" : $"不足1/{Num(factor)}")}"));
                }
            }
        }
        else if (figure.LastYear is { } last && last > 0
            && OutsideFactor(figure.Value, last, PlausibilityRules.YoyFactor.Threshold!.Value) is { } ratio)
        {
            var factor = PlausibilityRules.YoyFactor.Threshold!.Value;
            warnings.Add(Warn(PlausibilityRules.YoyFactor, figure, PlausibilityRules.SamePeriodLastYear, lastYear, last,
                $"{label}，是上年同期（{Zh.Month(lastYear.Year, lastYear.Month)}，{Zh.Amount(last, figure.Unit)}）的{Num(ratio)}倍，"
                + (ratio > 1 ? $"超过{Num(factor)}倍" : $"不足1/{Num(factor)}")));
        }

        if (figure.Kind == IndicatorWords.Flow && previous is { } before && figure.PreviousMonth is { } earlier && figure.Value < earlier)
        {
            warnings.Add(Warn(PlausibilityRules.YtdDecrease, figure, PlausibilityRules.LastMonth, before, earlier,
                $"{label}，低于上月（{Zh.Month(before.Year, before.Month)}，{Zh.Amount(earlier, figure.Unit)}）：年内累计值只增不减，请核实或说明更正原因"));
        }

        if (figure.LastYear is null || !isRatio && figure.LastYear == 0)
        {
            warnings.Add(Warn(PlausibilityRules.NoLastYear, figure, PlausibilityRules.SamePeriodLastYear, lastYear, figure.LastYear,
                figure.LastYear is null
                    ? $"{label}，上年同期（{Zh.Month(lastYear.Year, lastYear.Month)}）无数据，同比显示为“—”：请补录上年同期数据"
                    : $"{label}，上年同期（{Zh.Month(lastYear.Year, lastYear.Month)}）为 0，同比无法计算，显示为“—”"));
        }

        var targetFactor = PlausibilityRules.TargetFactor.Threshold!.Value;
        if (figure.Target is { } target && target > 0 && figure.Value > target * targetFactor)
        {
            warnings.Add(Warn(PlausibilityRules.TargetFactor, figure, PlausibilityRules.YearTarget, null, target,
                $"{label}，是年度目标（{Zh.Amount(target, figure.Unit)}）的{Num(figure.Value / target)}倍，超过{Num(targetFactor)}倍"));
        }
        return warnings;
    }

    private static IEnumerable<(string Comparison, (int Year, int Month) Period, decimal Value)> Comparisons(
        PlausibilityFigure figure, (int Year, int Month)? previous, (int Year, int Month) lastYear)
    {
        if (previous is { } p && figure.PreviousMonth is { } before)
        {
            yield return (PlausibilityRules.LastMonth, p, before);
        }
        if (figure.LastYear is { } last)
        {
            yield return (PlausibilityRules.SamePeriodLastYear, lastYear, last);
        }
    }

    /// <summary>value ÷ compared when it is above <paramref name="factor"/> or below its inverse, else null.</summary>
    private static decimal? OutsideFactor(decimal value, decimal compared, decimal factor) =>
        value > compared * factor || value * factor < compared ? value / compared : null;

    private static string Num(decimal value) =>
        decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    private static PlausibilityWarning Warn(
        PlausibilityRule rule, PlausibilityFigure figure, string? comparison, (int Year, int Month)? period, decimal? compared, string message) =>
        new(rule.Code, figure.Code, figure.Name, figure.Unit, figure.RegionCode, figure.Year, figure.Month, figure.Value,
            comparison, comparison is null ? null : period?.Year ?? figure.Year, period?.Month, compared, message);
}
