using Kechuang.Common;
using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;

namespace Kechuang.Tests.Indicators;

public sealed class AssessmentMathTests
{
    private static Indicator Make(string kind, string direction = IndicatorWords.Higher) =>
        new() { Code = "x", Name = "x", Unit = "亿元", Kind = kind, Direction = direction };

    [Theory]
    [InlineData(10.701, 10, 1.0701)]
    [InlineData(0, 5, 0)]
    [InlineData(1, 3, 0.3333)]
    public void Completion_IsActualOverTarget_RoundedToFourPlaces(double actual, double target, double expected) =>
        Assert.Equal((decimal)expected, AssessmentMath.Completion((decimal)actual, (decimal)target));

    [Fact]
    public void Completion_WithZeroOrNoTarget_OrNoActual_IsNull()
    {
        Assert.Null(AssessmentMath.Completion(5m, 0m));
        Assert.Null(AssessmentMath.Completion(5m, null));
        Assert.Null(AssessmentMath.Completion(null, 5m));
    }

    [Fact]
    public void YoyGrowth_NeedsANonZeroLastYear_AndUsesItsMagnitude()
    {
        Assert.Equal(0.25m, AssessmentMath.YoyGrowth(125m, 100m));
        Assert.Equal(-0.1m, AssessmentMath.YoyGrowth(90m, 100m));
        Assert.Null(AssessmentMath.YoyGrowth(90m, null));
        Assert.Null(AssessmentMath.YoyGrowth(90m, 0m));
        Assert.Equal(1.5m, AssessmentMath.YoyGrowth(1m, -2m)); // from a loss of 2 to a gain of 1
    }

    [Fact]
    public void ChangePoints_IsTheDifferenceOfTwoPercentages() =>
        Assert.Equal(2.75m, AssessmentMath.ChangePoints(3.25m, 0.5m));

    [Theory]
    [InlineData(6, 0.5, true)]
    [InlineData(6, 0.4999, false)]
    [InlineData(12, 1.0, true)]
    [InlineData(1, 0.0834, true)]
    public void OnSchedule_ForAFlow_IsCompletionAtLeastTimeProgress(int month, double completion, bool expected) =>
        Assert.Equal(expected, AssessmentMath.OnSchedule(Make(IndicatorWords.Flow), (decimal)completion, month));

    [Fact]
    public void OnSchedule_LowerIsBetter_IsInverted_StocksAndRatiosHaveNone()
    {
        Assert.True(AssessmentMath.OnSchedule(Make(IndicatorWords.Flow, IndicatorWords.Lower), 0.4m, 6));
        Assert.False(AssessmentMath.OnSchedule(Make(IndicatorWords.Flow, IndicatorWords.Lower), 0.6m, 6));
        Assert.Null(AssessmentMath.OnSchedule(Make(IndicatorWords.Stock), 0.1m, 6));
        Assert.Null(AssessmentMath.OnSchedule(Make(IndicatorWords.Ratio), 0.1m, 6));
        Assert.Null(AssessmentMath.OnSchedule(Make(IndicatorWords.Flow), null, 6));
    }

    [Fact]
    public void Rank_TiesShare_TheNextSkips_MissingAreNotRanked()
    {
        var ranks = AssessmentMath.Rank(new Dictionary<string, decimal?> { ["a"] = 10m, ["b"] = 10m, ["c"] = 5m, ["d"] = null, ["e"] = 12m }, lowerIsBetter: false);

        Assert.Equal(1, ranks["e"]);
        Assert.Equal(2, ranks["a"]);
        Assert.Equal(2, ranks["b"]);
        Assert.Equal(4, ranks["c"]);
        Assert.False(ranks.ContainsKey("d"));
    }

    [Fact]
    public void Rank_LowerIsBetter_PutsTheSmallestFirst()
    {
        var ranks = AssessmentMath.Rank(new Dictionary<string, decimal?> { ["a"] = 3m, ["b"] = 1m, ["c"] = 3m }, lowerIsBetter: true);

        Assert.Equal(1, ranks["b"]);
        Assert.Equal(2, ranks["a"]);
        Assert.Equal(2, ranks["c"]);
    }

    [Fact]
    public void Rank_FewerThanThreeWithAFigure_RanksNobody()
    {
        var figures = new Dictionary<string, decimal?> { ["a"] = 3m, ["b"] = 1m, ["c"] = null, ["d"] = null };

        Assert.Empty(AssessmentMath.Rank(figures, lowerIsBetter: false));
        Assert.Equal(2, AssessmentMath.Ranked(figures));
    }

    [Fact]
    public void RankText_IsOfThePeersWithAFigure_AndTheNoteSaysWhy()
    {
        Assert.Equal("第2/5", AssessmentMath.RankText(2, 5));
        Assert.Equal("—", AssessmentMath.RankText(null, 2));
        Assert.Equal("排名仅在有数据的5个同级地区中计算（同级共12个）", AssessmentMath.RankNote(true, 2, 5, 12));
        Assert.Equal("排名在全部12个同级地区中计算", AssessmentMath.RankNote(true, 2, 12, 12));
        Assert.Equal("有数据的同级地区仅2个（不足3个），不排名", AssessmentMath.RankNote(true, null, 2, 12));
        Assert.Equal("本地区无数据，不排名", AssessmentMath.RankNote(false, null, 5, 12));
    }

    [Theory]
    [InlineData(1, 2025, 12)]
    [InlineData(11, 2026, 10)]
    public void LastMonth_IsTheLastEndedMonth(int todayMonth, int year, int month) =>
        Assert.Equal((year, month), AssessmentMath.LastMonth(new DateOnly(2026, todayMonth, 26)));

    [Theory]
    [InlineData(3.2745, "亿元", "3.27亿元")]
    [InlineData(1234, "家", "1,234家")]
    [InlineData(3.255, "%", "3.26%")]
    [InlineData(56.5, "万元", "56.50万元")]
    [InlineData(2.5, "万平方米", "2.50万平方米")]
    public void Amount_PrintsEachUnitTheSameWayEverywhere(double value, string unit, string expected) =>
        Assert.Equal(expected, Zh.Amount((decimal)value, unit));

    [Fact]
    public void Texts_ForRatesGrowthAndPoints()
    {
        Assert.Equal("107.01%", Zh.Rate(1.0701m));
        Assert.Equal("不适用", Zh.Rate(null));
        Assert.Equal("同比增长12.30%", Zh.Growth(0.123m));
        Assert.Equal("同比下降3.10%", Zh.Growth(-0.031m));
        Assert.Equal("提高2.75个百分点", Zh.Points(2.75m));
        Assert.Equal("下降0.50个百分点", Zh.Points(-0.5m));
        Assert.Equal("3.27亿元", Zh.Yi(327_000_000m));
    }

    [Theory]
    [InlineData("亿元", 123_456_789, 1.2346)]
    [InlineData("万元", 123_456_789, 12345.6789)]
    [InlineData("元", 100, 100)]
    public void DerivedMoney_IsConvertedFromYuanToTheIndicatorsUnit(string unit, double yuan, double expected) =>
        Assert.Equal((decimal)expected, Kechuang.Indicators.Derived.DerivedFigures.InUnit(new("x", "330326", 1, (decimal)yuan, InYuan: true), unit));
}
