using Kechuang.Indicators;
using Kechuang.Indicators.Plausibility;

namespace Kechuang.Tests.Indicators;

/// <summary>Every rule of <see cref="PlausibilityRules.Table"/> at its boundary (docs/domain.md §3, Plausibility): pure, no database.</summary>
public sealed class PlausibilityCheckTests
{
    private static PlausibilityFigure Figure(string kind, decimal value, decimal? previous = null, decimal? lastYear = null,
        decimal? target = null, int month = 6, string unit = "亿元") =>
        new("x", "测试指标", kind == IndicatorWords.Ratio ? "%" : unit, kind, "330326", 2025, month, value, previous, lastYear, target);

    private static List<string> Rules(PlausibilityFigure figure) => PlausibilityCheck.Evaluate(figure).Select(w => w.Rule).ToList();

    private static PlausibilityWarning Only(PlausibilityFigure figure, string rule) =>
        Assert.Single(PlausibilityCheck.Evaluate(figure), w => w.Rule == rule);

    [Fact]
    public void Table_ListsEveryRuleOnce_WithItsThreshold()
    {
        Assert.Equal(
            ["share_bound", "ratio_jump_points", "ratio_jump_factor", "yoy_factor", "ytd_decrease", "no_last_year", "target_factor"],
            PlausibilityRules.Table.Select(r => r.Code));
        Assert.Equal([100m, 20m, 2m, 3m, null, null, 3m], PlausibilityRules.Table.Select(r => r.Threshold));
    }

    [Fact]
    public void AFigureWithEveryContextInRange_HasNoWarning() =>
        Assert.Empty(Rules(Figure(IndicatorWords.Ratio, 38m, previous: 37m, lastYear: 35m, target: 37.28m)));

    [Theory]
    [InlineData(100, true)]
    [InlineData(0, true)]
    [InlineData(99.99, false)]
    [InlineData(0.01, false)]
    public void ShareBound_ExactlyHundredOrZero(double value, bool warns)
    {
        var rules = Rules(Figure(IndicatorWords.Ratio, (decimal)value, previous: (decimal)value, lastYear: (decimal)value));
        Assert.Equal(warns, rules.Contains("share_bound"));
    }

    [Fact]
    public void ShareBound_OnlyForShares_NotForACountOfZero()
    {
        Assert.DoesNotContain("share_bound", Rules(Figure(IndicatorWords.Stock, 100m, previous: 100m, lastYear: 100m)));
        var warning = Only(Figure(IndicatorWords.Ratio, 100m, previous: 100m, lastYear: 100m, target: 37.28m), "share_bound");
        Assert.Equal((null, null, null), (warning.Comparison, warning.ComparedMonth, warning.ComparedValue));
        Assert.Equal("测试指标2025年6月为100.00%，恰为100%：请核实分子、分母是否完整、口径是否一致", warning.Message);
    }

    [Theory]
    [InlineData(50, 30, false)]      // exactly 20 points: not more than
    [InlineData(50.01, 30, true)]
    [InlineData(30, 50.01, true)]    // down as well as up
    public void RatioJumpPoints_MoreThanTwentyPointsFromLastMonth(double value, double previous, bool warns)
    {
        var rules = Rules(Figure(IndicatorWords.Ratio, (decimal)value, previous: (decimal)previous, lastYear: (decimal)value));
        Assert.Equal(warns, rules.Contains("ratio_jump_points"));
    }

    [Fact]
    public void RatioJumpPoints_AgainstTheSamePeriodLastYear_NamesIt()
    {
        var warning = Only(Figure(IndicatorWords.Ratio, 60m, previous: 59m, lastYear: 37.28m), "ratio_jump_points");
        Assert.Equal(("上年同期", 2024, 6, 37.28m, 60m), (warning.Comparison, warning.ComparedYear, warning.ComparedMonth, warning.ComparedValue, warning.Value));
        Assert.Equal("测试指标2025年6月为60.00%，较上年同期（2024年6月，37.28%）上升22.72个百分点，超过20个百分点", warning.Message);
    }

    [Theory]
    [InlineData(4, 2, false)]       // exactly twice: not more than
    [InlineData(4.01, 2, true)]
    [InlineData(1, 2, false)]       // exactly half
    [InlineData(0.99, 2, true)]
    [InlineData(3, 0, false)]       // nothing to divide by
    public void RatioJumpFactor_MoreThanTwiceOrLessThanHalf(double value, double previous, bool warns)
    {
        var rules = Rules(Figure(IndicatorWords.Ratio, (decimal)value, previous: (decimal)previous, lastYear: (decimal)value));
        Assert.Equal(warns, rules.Contains("ratio_jump_factor"));
    }

    [Fact]
    public void RatioJumps_January_ComparesWithDecemberBefore()
    {
        var warning = Only(Figure(IndicatorWords.Ratio, 10m, previous: 2m, lastYear: 10m, month: 1), "ratio_jump_factor");
        Assert.Equal(("上月", 2024, 12, 2m), (warning.Comparison, warning.ComparedYear, warning.ComparedMonth, warning.ComparedValue));
        Assert.Equal((2024, 12), PlausibilityCheck.PreviousPeriod(IndicatorWords.Stock, 2025, 1));
        Assert.Null(PlausibilityCheck.PreviousPeriod(IndicatorWords.Flow, 2025, 1));
        Assert.Equal([1, 12], PlausibilityCheck.Months(1));
        Assert.Equal([6, 5], PlausibilityCheck.Months(6));
    }

    [Theory]
    [InlineData(30, 10, false)]     // exactly 3×
    [InlineData(30.01, 10, true)]
    [InlineData(3.34, 10, false)]
    [InlineData(3.33, 10, true)]    // below 1/3
    [InlineData(0, 10, true)]
    public void YoyFactor_MoreThanThreeTimesOrLessThanAThird(double value, double lastYear, bool warns)
    {
        Assert.Equal(warns, Rules(Figure(IndicatorWords.Flow, (decimal)value, lastYear: (decimal)lastYear)).Contains("yoy_factor"));
        Assert.Equal(warns, Rules(Figure(IndicatorWords.Stock, (decimal)value, lastYear: (decimal)lastYear)).Contains("yoy_factor"));
    }

    [Fact]
    public void YoyFactor_NotForRatios_AndSaysWhichWay()
    {
        Assert.DoesNotContain("yoy_factor", Rules(Figure(IndicatorWords.Ratio, 40m, previous: 40m, lastYear: 10m)));
        Assert.Equal("测试指标2025年6月为40.00亿元，是上年同期（2024年6月，10.00亿元）的4倍，超过3倍",
            Only(Figure(IndicatorWords.Flow, 40m, lastYear: 10m), "yoy_factor").Message);
        Assert.EndsWith("的0.2倍，不足1/3", Only(Figure(IndicatorWords.Flow, 2m, lastYear: 10m), "yoy_factor").Message);
    }

    [Theory]
    [InlineData(9.99, 10, true)]
    [InlineData(10, 10, false)]
    public void YtdDecrease_AFlowBelowTheMonthBefore(double value, double previous, bool warns) =>
        Assert.Equal(warns, Rules(Figure(IndicatorWords.Flow, (decimal)value, previous: (decimal)previous, lastYear: (decimal)value)).Contains("ytd_decrease"));

    [Fact]
    public void YtdDecrease_NotForStocks_NorAcrossTheYear()
    {
        Assert.DoesNotContain("ytd_decrease", Rules(Figure(IndicatorWords.Stock, 5m, previous: 10m, lastYear: 5m)));
        Assert.DoesNotContain("ytd_decrease", Rules(Figure(IndicatorWords.Flow, 5m, previous: 10m, lastYear: 5m, month: 1)));
        var warning = Only(Figure(IndicatorWords.Flow, 5m, previous: 10m, lastYear: 5m), "ytd_decrease");
        Assert.Equal(("上月", 2025, 5, 10m), (warning.Comparison, warning.ComparedYear, warning.ComparedMonth, warning.ComparedValue));
    }

    [Fact]
    public void NoLastYear_MissingOrZero_ButAZeroRatioStillHasItsPoints()
    {
        var missing = Only(Figure(IndicatorWords.Flow, 5m), "no_last_year");
        Assert.Equal(("上年同期", 2024, 6, null), (missing.Comparison, missing.ComparedYear, missing.ComparedMonth, missing.ComparedValue));
        Assert.Equal("测试指标2025年6月为5.00亿元，上年同期（2024年6月）无数据，同比显示为“—”：请补录上年同期数据", missing.Message);
        Assert.Contains("no_last_year", Rules(Figure(IndicatorWords.Stock, 5m, lastYear: 0m)));
        Assert.DoesNotContain("no_last_year", Rules(Figure(IndicatorWords.Stock, 5m, lastYear: 0.01m)));
        Assert.DoesNotContain("no_last_year", Rules(Figure(IndicatorWords.Ratio, 5m, previous: 5m, lastYear: 0m)));
        Assert.Contains("no_last_year", Rules(Figure(IndicatorWords.Ratio, 5m, previous: 5m)));
    }

    [Theory]
    [InlineData(30, 10, false)]     // exactly 3×
    [InlineData(30.01, 10, true)]
    [InlineData(30.01, 0, false)]   // a zero target has no multiple
    public void TargetFactor_MoreThanThreeTimesTheTarget(double value, double target, bool warns)
    {
        var rules = Rules(Figure(IndicatorWords.Stock, (decimal)value, lastYear: (decimal)value, target: (decimal)target));
        Assert.Equal(warns, rules.Contains("target_factor"));
    }

    [Fact]
    public void TargetFactor_NamesTheTarget()
    {
        var warning = Only(Figure(IndicatorWords.Flow, 40m, lastYear: 40m, target: 10m), "target_factor");
        Assert.Equal(("年度目标", 2025, null, 10m), (warning.Comparison, warning.ComparedYear, warning.ComparedMonth, warning.ComparedValue));
    }

    [Fact]
    public void TheChiefsFigure_HundredPercentAgainstThirtySevenTarget_IsFlagged()
    {
        var rules = Rules(Figure(IndicatorWords.Ratio, 100m, previous: 37.5m, target: 37.28m));
        Assert.Equal(["share_bound", "ratio_jump_points", "ratio_jump_factor", "no_last_year"], rules);
    }
}
