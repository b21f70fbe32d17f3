using Kechuang.Enterprises.Rules;

namespace Kechuang.Tests.Enterprises;

public class HteEvaluatorTests
{
    [Fact]
    public void Evaluate_GrowingCompany_EligibleWithEveryConditionInOrder()
    {
        var result = Hte.Evaluate(YearFactsBuilder.GrowingCompany());

        Assert.Equal(Verdicts.Eligible, result.Verdict);
        Assert.Equal(
            ["registeredOneYear", "coreIp", "supportedField", "techStaffShare", "rdExpenseRatio", "rdDomesticShare",
             "highTechIncomeShare", "innovationScore", "noMajorViolation"],
            result.Conditions.Select(c => c.Code));
        Assert.All(result.Conditions, c => Assert.True(c.Passed, c.Message));
        Assert.Equal(["ip", "conversion", "rdManagement", "growth"], result.ScoreParts.Select(p => p.Code));
        // ip 7+7+(7–8)+(1–6), conversion 25–30, management 16, growth 9–10 twice.
        Assert.Equal((81, 94), (result.ScoreMin, result.ScoreMax));
    }

    [Theory]
    [InlineData(2, 2, 16, 71, 84, "eligible", true)]     // min exactly 71
    [InlineData(2, 2, 15, 70, 83, "undecided", null)]    // min 70: depends on the experts
    [InlineData(0, 0, 7, 58, 71, "undecided", null)]     // max exactly 71
    [InlineData(0, 0, 6, 57, 70, "ineligible", false)]   // max 70: fails even at best
    public void Evaluate_ScoreRange_DecidesVerdict(int advancement, int coreRole, int management, int min, int max, string verdict, bool? passed)
    {
        var facts = YearFactsBuilder.GrowingCompany();
        facts[^1] = facts[^1] with { IpAdvancement = advancement, IpCoreRole = coreRole, RdManagement = management };

        var result = Hte.Evaluate(facts);

        Assert.Equal((min, max), (result.ScoreMin, result.ScoreMax));
        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(passed, result.Condition("innovationScore").Passed);
    }

    [Fact]
    public void Evaluate_ScoreBelowEvenAtBest_GapIsPointsMissing()
    {
        var facts = YearFactsBuilder.GrowingCompany();
        facts[^1] = facts[^1] with { IpAdvancement = 0, IpCoreRole = 0, RdManagement = 0 };

        var score = Hte.Evaluate(facts).Condition("innovationScore");

        Assert.Equal(7, score.Gap);
        Assert.Equal("创新能力评价 51–64 分，低于 71 分：即使各项取最高分也还差 7 分", score.Message);
    }

    [Fact]
    public void Evaluate_NoExpertScores_Undecided()
    {
        var facts = YearFactsBuilder.GrowingCompany();
        facts[^1] = facts[^1] with { IpAdvancement = null, IpCoreRole = null, IpOwnRd = null, RdManagement = null };

        var result = Hte.Evaluate(facts);

        // ip 0+0+7+1 .. 8+8+8+6, conversion 25–30, management 0–20, growth 18–20.
        Assert.Equal((51, 100), (result.ScoreMin, result.ScoreMax));
        Assert.Equal(Verdicts.Undecided, result.Verdict);
    }

    [Fact]
    public void Evaluate_NoFactsForLatestYear_UnknownAndUndecided()
    {
        var result = Hte.Evaluate([new YearFactsBuilder(2023).Build(), new YearFactsBuilder(2022).Build()]);

        Assert.Equal(Verdicts.Undecided, result.Verdict);
        Assert.Equal((0, 100), (result.ScoreMin, result.ScoreMax));
        Assert.True(result.Condition("registeredOneYear").Passed);
        Assert.True(result.Condition("supportedField").Passed);
        Assert.All(result.Conditions.Where(c => c.Code is not ("registeredOneYear" or "supportedField")), c =>
        {
            Assert.Null(c.Passed);
            Assert.Contains("缺少2024年度企业数据", c.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Evaluate_NoFactsButTooYoung_Ineligible()
    {
        var result = Hte.Evaluate([], foundedOn: Hte.AsOf.AddDays(-100));

        Assert.Equal(Verdicts.Ineligible, result.Verdict);
    }

    [Fact]
    public void Evaluate_YoungerCompany_UsesOnlyYearsSinceFounding()
    {
        // The 2022 row predates founding (2023-03-01) and must be ignored: it would pull the ratio to 5%.
        var result = Hte.Evaluate(
            [
                new YearFactsBuilder(2022).Sales(100_000_000m).Rd(10_000_000m).Build(),
                new YearFactsBuilder(2023).Sales(10_000_000m).Rd(300_000m).Build(),
                new YearFactsBuilder(2024).Sales(30_000_000m).Rd(900_000m).Build(),
            ],
            foundedOn: new DateOnly(2023, 3, 1));

        var rd = result.Condition("rdExpenseRatio");
        Assert.Equal(0.03m, rd.Actual);
        Assert.Equal(800_000m, rd.Gap); // 5% × 4000万 − 120万
        Assert.StartsWith("研发费用占销售收入比例 3.00%，低于 5%：近两年还需增加研发费用约 80.00万元", rd.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingMiddleYear_UsesOnlyTheUnbrokenRun()
    {
        var result = Hte.Evaluate(
            [new YearFactsBuilder(2022).Rd(0).Build(), new YearFactsBuilder(2024).Sales(10_000_000m).Rd(600_000m).Build()]);

        Assert.Equal(0.06m, result.Condition("rdExpenseRatio").Actual);
        Assert.Contains("只有一年数据", result.Part("growth").Basis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("电子信息", true)]
    [InlineData(" 先进制造与自动化 ", true)]
    [InlineData("房地产", false)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Evaluate_TechnologyField_MustBeSupported(string? field, bool? passed)
    {
        var result = Hte.Evaluate(YearFactsBuilder.GrowingCompany(), field: field);

        Assert.Equal(passed, result.Condition("supportedField").Passed);
        Assert.Equal(passed switch { true => Verdicts.Eligible, false => Verdicts.Ineligible, null => Verdicts.Undecided }, result.Verdict);
    }

    [Fact]
    public void Evaluate_MajorViolationInLatestYear_Ineligible()
    {
        var facts = YearFactsBuilder.GrowingCompany();
        facts[^1] = facts[^1] with { MajorViolation = true };

        var result = Hte.Evaluate(facts);

        Assert.False(result.Condition("noMajorViolation").Passed);
        Assert.Equal(Verdicts.Ineligible, result.Verdict);
    }

    [Fact]
    public void Evaluate_NoIp_FailsCoreIpAndScoresNoIpPoints()
    {
        var result = Hte.Evaluate(new YearFactsBuilder().Ip(0, 0));

        Assert.False(result.Condition("coreIp").Passed);
        Assert.Equal(1, result.Condition("coreIp").Gap);
        Assert.Equal((0, 0), (result.Part("ip").Min, result.Part("ip").Max));
        Assert.Equal(Verdicts.Ineligible, result.Verdict);
    }
}
