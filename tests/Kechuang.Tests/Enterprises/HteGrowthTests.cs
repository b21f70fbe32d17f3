using Kechuang.Enterprises.Rules;

namespace Kechuang.Tests.Enterprises;

public class HteGrowthTests
{
    public static TheoryData<decimal[], decimal?> Rates => new()
    {
        { [100m, 120m, 150m], 0.225m },   // ½·(1.2 + 1.25) − 1
        { [100m, 150m], 0.5m },           // two years: v2/v1 − 1
        { [0m, 100m, 150m], 0.5m },       // v1 = 0: the last two years
        { [100m, 0m, 150m], null },       // v2 = 0: 0 points
        { [0m, 0m, 150m], null },
        { [0m, 150m], null },             // v1 = 0 and nothing to fall back on
        { [100m], null },                 // one year: 0 points
        { [100m, 80m, 60m], -0.225m },
    };

    [Theory]
    [MemberData(nameof(Rates))]
    public void Rate_Formula(decimal[] values, decimal? rate)
    {
        Assert.Equal(rate, HteGrowth.Rate(values));
    }

    [Theory]
    [InlineData(135, 9, 10)]      // exactly 35%
    [InlineData(134.99, 7, 8)]
    [InlineData(125, 7, 8)]       // exactly 25%
    [InlineData(124.99, 5, 6)]
    [InlineData(115, 5, 6)]       // exactly 15%
    [InlineData(114.99, 3, 4)]
    [InlineData(105, 3, 4)]       // exactly 5%
    [InlineData(104.99, 1, 2)]
    [InlineData(100.01, 1, 2)]    // just above 0
    [InlineData(100, 0, 0)]       // 0
    [InlineData(90, 0, 0)]        // negative
    public void Part_TwoYearsSalesGrowth_Bands(decimal sales2024, int min, int max)
    {
        // Net assets flat (0 points), so the part is the sales band alone.
        var part = Hte.Evaluate(
            new YearFactsBuilder(2023).Sales(1_000_000m),
            new YearFactsBuilder(2024).Sales(sales2024 * 10_000m)).Part("growth");

        Assert.Equal((min, max), (part.Min, part.Max));
    }

    [Fact]
    public void Part_ThreeYears_BothRatesCount()
    {
        // Net assets 100 → 120 → 150 (22.5%: 5–6); sales 100 → 150 → 225 (50%: 9–10).
        var part = Hte.Evaluate(
            new YearFactsBuilder(2022).Sales(1_000_000m).Assets(60_000_000m, 1_000_000m),
            new YearFactsBuilder(2023).Sales(1_500_000m).Assets(60_000_000m, 1_200_000m),
            new YearFactsBuilder(2024).Sales(2_250_000m).Assets(60_000_000m, 1_500_000m)).Part("growth");

        Assert.Equal((14, 16), (part.Min, part.Max));
        Assert.Equal("净资产增长率 22.50%：5–6分；销售收入增长率 50.00%：9–10分", part.Basis);
    }

    [Fact]
    public void Part_OneYear_ZeroPoints()
    {
        var part = Hte.Evaluate(new YearFactsBuilder()).Part("growth");

        Assert.Equal((0, 0), (part.Min, part.Max));
    }

    [Fact]
    public void Part_FirstYearZero_UsesLastTwoYears()
    {
        // Sales 0 → 100 → 140: 40% over the last two years (9–10); net assets flat.
        var part = Hte.Evaluate(
            new YearFactsBuilder(2022).Sales(0),
            new YearFactsBuilder(2023).Sales(1_000_000m),
            new YearFactsBuilder(2024).Sales(1_400_000m)).Part("growth");

        Assert.Equal((9, 10), (part.Min, part.Max));
    }

    [Fact]
    public void Part_SecondYearZero_ZeroPoints()
    {
        var part = Hte.Evaluate(
            new YearFactsBuilder(2022).Sales(1_000_000m),
            new YearFactsBuilder(2023).Sales(0),
            new YearFactsBuilder(2024).Sales(9_000_000m)).Part("growth");

        Assert.Equal((0, 0), (part.Min, part.Max));
    }
}
