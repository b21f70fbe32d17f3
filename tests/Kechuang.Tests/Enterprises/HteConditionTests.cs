namespace Kechuang.Tests.Enterprises;

public class HteConditionTests
{
    [Theory]
    [InlineData(364, false)]
    [InlineData(365, true)]
    public void RegisteredOneYear_365DaysIsEnough(int days, bool passed)
    {
        var registered = Hte.Evaluate(YearFactsBuilder.GrowingCompany(), foundedOn: Hte.AsOf.AddDays(-days)).Condition("registeredOneYear");

        Assert.Equal(passed, registered.Passed);
        Assert.Equal(days, registered.Actual);
        Assert.Equal(passed ? null : 1, registered.Gap);
    }

    [Theory]
    [InlineData(100, 10, true, null)]   // exactly 10%
    [InlineData(101, 10, false, 1)]     // 9.90%: one more person
    [InlineData(1000, 95, false, 5)]
    public void TechStaffShare_TenPercentPasses(int staff, int tech, bool passed, int? gap)
    {
        var share = Hte.Evaluate(new YearFactsBuilder().Staff(staff, tech)).Condition("techStaffShare");

        Assert.Equal(passed, share.Passed);
        Assert.Equal(0.10m, share.Required);
        Assert.Equal(gap, share.Gap);
    }

    [Theory]
    [InlineData(50_000_000, 0.05)]   // exactly 5000万: 5%
    [InlineData(50_000_001, 0.04)]   // 5000万 + 1 yuan: 4%
    [InlineData(200_000_000, 0.04)]  // exactly 2亿: 4%
    [InlineData(200_000_001, 0.03)]  // above 2亿: 3%
    public void RdExpenseRatio_ThresholdFollowsLatestYearSales(decimal latestSales, decimal required)
    {
        var facts = YearFactsBuilder.GrowingCompany();
        facts[^1] = facts[^1] with { SalesRevenue = latestSales };

        Assert.Equal(required, Hte.Evaluate(facts).Condition("rdExpenseRatio").Required);
    }

    [Theory]
    [InlineData(2_500_000, true)]  // exactly 5% of 5000万
    [InlineData(2_499_999, false)]
    public void RdExpenseRatio_ExactlyAtThresholdPasses(decimal rd, bool passed)
    {
        var ratio = Hte.Evaluate(new YearFactsBuilder().Sales(50_000_000m).Rd(rd)).Condition("rdExpenseRatio");

        Assert.Equal(passed, ratio.Passed);
    }

    [Fact]
    public void RdExpenseRatio_Below_GapIsThresholdTimesSalesMinusRd()
    {
        // Σ sales 1.5亿, Σ R&D 543万 (3.62%); latest year 6000万, so 4% applies: 600万 − 543万 = 57万.
        var ratio = Hte.Evaluate(
            new YearFactsBuilder(2022).Sales(40_000_000m).Rd(1_400_000m),
            new YearFactsBuilder(2023).Sales(50_000_000m).Rd(1_800_000m),
            new YearFactsBuilder(2024).Sales(60_000_000m).Rd(2_230_000m)).Condition("rdExpenseRatio");

        Assert.False(ratio.Passed);
        Assert.Equal(0.0362m, ratio.Actual);
        Assert.Equal(0.04m, ratio.Required);
        Assert.Equal(0.04m * 150_000_000m - 5_430_000m, ratio.Gap);
        Assert.StartsWith("研发费用占销售收入比例 3.62%，低于 4%：近三年还需增加研发费用约 57.00万元", ratio.Message, StringComparison.Ordinal);
        Assert.Contains("2022—2024年；最近一年销售收入 6,000.00万元，超过5000万元、不超过2亿元，适用 4%", ratio.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RdExpenseRatio_NoSales_Unknown()
    {
        Assert.Null(Hte.Evaluate(new YearFactsBuilder().Sales(0)).Condition("rdExpenseRatio").Passed);
    }

    [Theory]
    [InlineData(600_000, true, null)]      // exactly 60% of 100万
    [InlineData(599_999, false, 1)]
    public void RdDomesticShare_SixtyPercentPasses(decimal domestic, bool passed, int? gap)
    {
        var share = Hte.Evaluate(new YearFactsBuilder().Rd(1_000_000m, domestic).Sales(10_000_000m)).Condition("rdDomesticShare");

        Assert.Equal(passed, share.Passed);
        Assert.Equal(0.60m, share.Required);
        Assert.Equal(gap, share.Gap);
    }

    [Theory]
    [InlineData(24_000_000, true, null)]   // exactly 60% of 4000万
    [InlineData(23_999_999, false, 1)]
    [InlineData(20_000_000, false, 4_000_000)]
    public void HighTechIncomeShare_SixtyPercentPasses(decimal highTech, bool passed, int? gap)
    {
        var share = Hte.Evaluate(new YearFactsBuilder().Income(40_000_000m, highTech)).Condition("highTechIncomeShare");

        Assert.Equal(passed, share.Passed);
        Assert.Equal(gap, share.Gap);
    }

    [Fact]
    public void HighTechIncomeShare_Below_SaysTheGapInWan()
    {
        var share = Hte.Evaluate(new YearFactsBuilder().Income(40_000_000m, 20_000_000m)).Condition("highTechIncomeShare");

        Assert.Equal("2024年高新技术产品（服务）收入占总收入比例 50.00%，低于 60%：还需增加高新技术产品（服务）收入约 400.00万元（总收入不变）", share.Message);
    }
}
