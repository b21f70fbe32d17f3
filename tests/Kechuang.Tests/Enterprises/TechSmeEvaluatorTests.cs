using Kechuang.Enterprises.Rules;

namespace Kechuang.Tests.Enterprises;

public class TechSmeEvaluatorTests
{
    private const string ValidHte = "有效期内的高新技术企业";

    [Fact]
    public void Evaluate_DefaultCompany_EligibleWithEveryConditionInOrder()
    {
        var result = TechSme.Evaluate(new YearFactsBuilder());

        Assert.Equal(Verdicts.Eligible, result.Verdict);
        Assert.Equal(12 + 50 + 30, result.Score); // 20% staff, 6% R&D, a Class I patent
        Assert.Equal(["techStaff", "rd", "ip"], result.Parts.Select(p => p.Code));
        Assert.Equal(["staffLimit", "salesLimit", "assetsLimit", "noMajorViolation", "score", "techStaffPoints"], result.Conditions.Select(c => c.Code));
        Assert.All(result.Conditions, c => Assert.True(c.Passed, c.Message));
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void StaffLimit_500Inclusive(int staff, bool passed)
    {
        var result = TechSme.Evaluate(new YearFactsBuilder().Staff(staff, staff / 2));

        Assert.Equal(passed, result.Condition("staffLimit").Passed);
        Assert.Equal(passed ? Verdicts.Eligible : Verdicts.Ineligible, result.Verdict);
    }

    [Theory]
    [InlineData(200_000_000, true)]
    [InlineData(200_000_001, false)]
    public void SalesLimit_TwoYiInclusive(decimal sales, bool passed)
    {
        var result = TechSme.Evaluate(new YearFactsBuilder().Sales(sales).Rd(sales * 0.06m));

        Assert.Equal(passed, result.Condition("salesLimit").Passed);
        Assert.Equal(passed ? Verdicts.Eligible : Verdicts.Ineligible, result.Verdict);
    }

    [Theory]
    [InlineData(200_000_000, true)]
    [InlineData(200_000_001, false)]
    public void AssetsLimit_TwoYiInclusive(decimal assets, bool passed)
    {
        var result = TechSme.Evaluate(new YearFactsBuilder().Assets(assets, 10_000_000m));

        Assert.Equal(passed, result.Condition("assetsLimit").Passed);
        Assert.Equal(passed ? Verdicts.Eligible : Verdicts.Ineligible, result.Verdict);
    }

    [Fact]
    public void AssetsLimit_Exceeded_SaysByHowMuch()
    {
        var assets = TechSme.Evaluate(new YearFactsBuilder().Assets(250_000_000m, 10_000_000m)).Condition("assetsLimit");

        Assert.Equal(50_000_000m, assets.Gap);
        Assert.Equal("资产总额 25,000.00万元，超过 20,000.00万元：超出 5,000.00万元", assets.Message);
    }

    [Fact]
    public void Score_Exactly60_Eligible()
    {
        // 10% staff (4) + 6% R&D (50) + one Class II (6).
        var result = TechSme.Evaluate(new YearFactsBuilder().Staff(100, 10).Ip(0, 1));

        Assert.Equal(60, result.Score);
        Assert.Equal(Verdicts.Eligible, result.Verdict);
    }

    [Fact]
    public void Score_58_IneligibleWithGap()
    {
        // 10% staff (4) + 4% R&D (30) + four Class II (24); points are even, so 58 is the first below 60.
        var result = TechSme.Evaluate(new YearFactsBuilder().Staff(100, 10).Sales(10_000_000m).Rd(400_000m).Ip(0, 4));

        Assert.Equal(58, result.Score);
        Assert.False(result.Condition("score").Passed);
        Assert.Equal(2, result.Condition("score").Gap);
        Assert.Equal(Verdicts.Ineligible, result.Verdict);
    }

    [Fact]
    public void TechStaffPointsZero_ScoreAbove60_Ineligible()
    {
        var result = TechSme.Evaluate(new YearFactsBuilder().Staff(100, 9));

        Assert.Equal(80, result.Score);
        Assert.True(result.Condition("score").Passed);
        Assert.False(result.Condition("techStaffPoints").Passed);
        Assert.Equal(Verdicts.Ineligible, result.Verdict);
    }

    [Fact]
    public void DirectQualification_LowScore_Eligible()
    {
        var result = TechSme.Evaluate(new YearFactsBuilder().Staff(100, 0).Rd(0).Ip(0, 0), ValidHte);

        Assert.Equal(0, result.Score);
        Assert.Equal(ValidHte, result.DirectQualification);
        Assert.Equal(Verdicts.Eligible, result.Verdict);
        Assert.Contains(ValidHte, result.Condition("score").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectQualification_StillNeedsLimits()
    {
        var result = TechSme.Evaluate(new YearFactsBuilder().Staff(600, 100), ValidHte);

        Assert.False(result.Condition("staffLimit").Passed);
        Assert.Equal(Verdicts.Ineligible, result.Verdict);
    }

    [Fact]
    public void NoMajorViolation_PreviousYear_Ineligible()
    {
        var result = TechSme.Evaluate(new YearFactsBuilder(), previous: new YearFactsBuilder(2023).Violation().Build());

        Assert.False(result.Condition("noMajorViolation").Passed);
        Assert.Equal(Verdicts.Ineligible, result.Verdict);
    }

    [Fact]
    public void NoMajorViolation_ThisYear_Ineligible()
    {
        Assert.Equal(Verdicts.Ineligible, TechSme.Evaluate(new YearFactsBuilder().Violation()).Verdict);
    }

    [Fact]
    public void MissingFacts_IneligibleAndSaysSo()
    {
        var result = TechSmeEvaluator.Evaluate(new TechSmeInput(2025, null, null, ValidHte));

        Assert.Equal(Verdicts.Ineligible, result.Verdict);
        Assert.All(result.Conditions, c =>
        {
            Assert.Null(c.Passed);
            Assert.Contains("缺少", c.Message, StringComparison.Ordinal);
        });
    }
}
