using Kechuang.Common;
using Kechuang.Enterprises;
using Kechuang.Platforms.Kinds;
using Kechuang.Platforms.Candidates;

namespace Kechuang.Tests.Platforms;

/// <summary>The entry conditions checked against an enterprise's year (docs/domain.md §7.2), without a database.</summary>
public class EntryConditionRulesTests
{
    private static EnterpriseYearFacts Facts(decimal sales, decimal rd, int techStaff, bool hte = true) =>
        new(Guid.NewGuid(), "测试科技", "91330300MA00000000", "330303", techStaff * 3, techStaff, sales, rd, 2, hte, false);

    private static IReadOnlyList<PlatformEntryCondition> Institute =>
        [.. PlatformEntryCondition.Defaults.Where(c => c.Kind == "企业研究院" && c.Level == "省级")];

    private static string[] MinimumErrors(EntryMeasure measure, decimal? minimum)
    {
        var v = new Validation();
        EntryConditionRules.CheckMinimum(PlatformEntryCondition.Defaults.First(c => c.Measure == measure), minimum, v);
        try
        {
            v.ThrowIfAny();
            return [];
        }
        catch (ValidationFailedException e)
        {
            return e.Errors["minimum"];
        }
    }

    [Fact]
    public void Seeds_CoverEveryKindAndLevelTheyName_WithTheMeasuresUnit()
    {
        foreach (var c in PlatformEntryCondition.Defaults)
        {
            Assert.Contains(c.Level, PlatformCatalogue.Defaults.Kind(c.Kind)!.Levels);
            Assert.Equal(EntryMeasures.Unit(c.Measure), c.Unit);
        }
        Assert.Equal(PlatformEntryCondition.Defaults.Length, PlatformEntryCondition.Defaults.DistinctBy(c => c.Id).Count());
    }

    [Fact]
    public void AllPassed_IsMet_WithNoGap()
    {
        var checks = EntryConditionRules.Evaluate(Institute, Facts(400_000_000m, 20_000_000m, 80));

        Assert.Equal(["HighTech", "RdExpense", "RdRatio", "RdStaff"], checks.Select(c => c.Code));
        Assert.All(checks, c => Assert.True(c.Passed));
        Assert.All(checks, c => Assert.Null(c.Gap));
        Assert.Equal(0, EntryConditionRules.Failed(checks));
        Assert.Equal(5m, checks.Single(c => c.Code == "RdRatio").Actual);
        Assert.Equal(2000m, checks.Single(c => c.Code == "RdExpense").Actual);
    }

    [Fact]
    public void Failed_GivesTheGapInTheConditionsUnit()
    {
        var checks = EntryConditionRules.Evaluate(Institute, Facts(300_000_000m, 7_500_000m, 42, hte: false));

        var rd = checks.Single(c => c.Code == "RdExpense");
        Assert.Equal((false, 750m, 1000m, 250m), (rd.Passed, rd.Actual, rd.Required, rd.Gap));
        Assert.Equal("研发费用 750.00万元，低于 1,000.00万元：还差 250.00万元", rd.Message);
        var ratio = checks.Single(c => c.Code == "RdRatio");
        Assert.Equal((false, 2.5m, 0.5m), (ratio.Passed, ratio.Actual, ratio.Gap));
        Assert.Equal(8m, checks.Single(c => c.Code == "RdStaff").Gap);
        var title = checks.Single(c => c.Code == "HighTech");
        Assert.Equal((false, 0m, 1m), (title.Passed, title.Actual, title.Gap));
        Assert.Equal(4, EntryConditionRules.Failed(checks));
        // 1 (title) + 250/1000 + 0.5/3 + 8/50
        Assert.Equal(1m + 0.25m + 0.5m / 3m + 0.16m, EntryConditionRules.RelativeGap(checks));
    }

    [Fact]
    public void JustShort_NeverReadsAsReachingTheMinimum()
    {
        var rd = EntryConditionRules.Evaluate(Institute, Facts(400_000_000m, 9_999_999m, 80)).Single(c => c.Code == "RdExpense");

        Assert.False(rd.Passed);
        Assert.Equal(999.99m, rd.Actual);
        Assert.Equal(0.01m, rd.Gap);
    }

    [Fact]
    public void NoSales_TheRatioIsUnknown_AndStillStandsInTheWay()
    {
        var checks = EntryConditionRules.Evaluate(Institute, Facts(0m, 20_000_000m, 80));

        var ratio = checks.Single(c => c.Code == "RdRatio");
        Assert.Null(ratio.Passed);
        Assert.Null(ratio.Actual);
        Assert.Equal("营业收入为 0，无法计算研发费用占营业收入比例", ratio.Message);
        Assert.Equal(1, EntryConditionRules.Failed(checks));
        Assert.Equal(1m, EntryConditionRules.RelativeGap(checks));
    }

    [Fact]
    public void ATitleNotRequired_Passes()
    {
        var hte = new PlatformEntryCondition
        {
            Id = Guid.NewGuid(), Kind = "企业研究院", Level = "省级", Measure = EntryMeasure.HighTech, Minimum = 0, Unit = "", Source = "测试",
        };

        var check = EntryConditionRules.Check(hte, Facts(1m, 1m, 1, hte: false));

        Assert.True(check.Passed);
        Assert.Equal("不是有效高新技术企业（本项不作要求）", check.Message);
    }

    [Theory]
    [InlineData(EntryMeasure.RdExpense, -1, "研发费用的最低要求不能为负数")]
    [InlineData(EntryMeasure.RdExpense, 10.555, "研发费用的最低要求最多保留两位小数")]
    [InlineData(EntryMeasure.RdRatio, 120, "研发费用占营业收入比例不能超过 100%")]
    [InlineData(EntryMeasure.HighTech, 2, "有效高新技术企业的要求只能为 1（须具备）或 0（不作要求）")]
    public void AWrongMinimum_IsNamed(EntryMeasure measure, double minimum, string message) =>
        Assert.Equal([message], MinimumErrors(measure, (decimal)minimum));

    [Fact]
    public void AMinimum_IsRequired_AndZeroIsAllowed()
    {
        Assert.Equal(["请填写研发人员的最低要求"], MinimumErrors(EntryMeasure.RdStaff, null));
        Assert.Empty(MinimumErrors(EntryMeasure.RdStaff, 0m));
        Assert.Empty(MinimumErrors(EntryMeasure.RdRatio, 3.5m));
    }
}
