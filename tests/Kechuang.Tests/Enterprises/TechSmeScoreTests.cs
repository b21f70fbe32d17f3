namespace Kechuang.Tests.Enterprises;

public class TechSmeScoreTests
{
    [Theory]
    [InlineData(3000, 20)]  // 30%
    [InlineData(2999, 16)]
    [InlineData(2500, 16)]  // 25%
    [InlineData(2499, 12)]
    [InlineData(2000, 12)]  // 20%
    [InlineData(1999, 8)]
    [InlineData(1500, 8)]   // 15%
    [InlineData(1499, 4)]
    [InlineData(1000, 4)]   // 10%
    [InlineData(999, 0)]
    [InlineData(0, 0)]
    public void TechStaff_BandIncludesLowerBound(int techStaff, int points)
    {
        Assert.Equal(points, TechSme.Evaluate(new YearFactsBuilder().Staff(10_000, techStaff)).Points("techStaff"));
    }

    [Theory]
    [InlineData(600_000, 50)]  // 6% of sales
    [InlineData(599_999, 40)]
    [InlineData(500_000, 40)]  // 5%
    [InlineData(499_999, 30)]
    [InlineData(400_000, 30)]  // 4%
    [InlineData(399_999, 20)]
    [InlineData(300_000, 20)]  // 3%
    [InlineData(299_999, 10)]
    [InlineData(200_000, 10)]  // 2%
    [InlineData(199_999, 0)]
    public void Rd_SalesRatio_BandIncludesLowerBound(decimal rd, int points)
    {
        // Costs so large that the cost ratio earns nothing.
        var result = TechSme.Evaluate(new YearFactsBuilder().Sales(10_000_000m).Costs(1_000_000_000m).Rd(rd));

        Assert.Equal(points, result.Points("rd"));
    }

    [Theory]
    [InlineData(3_000_000, 50)]  // 30% of costs
    [InlineData(2_999_999, 40)]
    [InlineData(2_500_000, 40)]  // 25%
    [InlineData(2_499_999, 30)]
    [InlineData(2_000_000, 30)]  // 20%
    [InlineData(1_999_999, 20)]
    [InlineData(1_500_000, 20)]  // 15%
    [InlineData(1_499_999, 10)]
    [InlineData(1_000_000, 10)]  // 10%
    [InlineData(999_999, 0)]
    public void Rd_CostRatio_BandIncludesLowerBound(decimal rd, int points)
    {
        var result = TechSme.Evaluate(new YearFactsBuilder().Sales(1_000_000_000m).Costs(10_000_000m).Rd(rd));

        Assert.Equal(points, result.Points("rd"));
    }

    [Fact]
    public void Rd_CostRatioBetter_UsesCostRatio()
    {
        // 3% of sales (20) but 25% of costs (40).
        var rd = TechSme.Evaluate(new YearFactsBuilder().Sales(10_000_000m).Costs(1_200_000m).Rd(300_000m)).Parts.Single(p => p.Code == "rd");

        Assert.Equal(40, rd.Points);
        Assert.StartsWith("按成本费用口径", rd.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Rd_SalesRatioBetter_UsesSalesRatio()
    {
        // 6% of sales (50) but 10% of costs (10).
        var rd = TechSme.Evaluate(new YearFactsBuilder().Sales(10_000_000m).Costs(6_000_000m).Rd(600_000m)).Parts.Single(p => p.Code == "rd");

        Assert.Equal(50, rd.Points);
        Assert.StartsWith("按销售收入口径", rd.Basis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0, 30)]
    [InlineData(2, 7, 30)]
    [InlineData(0, 5, 24)]
    [InlineData(0, 4, 24)]
    [InlineData(0, 3, 18)]
    [InlineData(0, 2, 12)]
    [InlineData(0, 1, 6)]
    [InlineData(0, 0, 0)]
    public void Ip_ByClass(int classOne, int classTwo, int points)
    {
        Assert.Equal(points, TechSme.Evaluate(new YearFactsBuilder().Ip(classOne, classTwo)).Points("ip"));
    }
}
