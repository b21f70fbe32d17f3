using Kechuang.Common;
using Kechuang.Regions;
using Kechuang.Talent;

namespace Kechuang.Tests.Talent;

/// <summary>The talent rules of docs/domain.md §7.7 without a database: the ID number, an award's status and funding, checks, permits.</summary>
public sealed class TalentRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static Dictionary<string, string[]> Errors(Action<Validation> check)
    {
        var v = new Validation();
        check(v);
        try
        {
            v.ThrowIfAny();
            return [];
        }
        catch (ValidationFailedException e)
        {
            return e.Errors.ToDictionary(x => x.Key, x => x.Value);
        }
    }

    private static AwardRequest Award(DateOnly? decided = null, string? status = null, decimal? granted = null, decimal? paid = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), null, null, "张三", "博士", "智能装备", new DateOnly(2025, 3, 1), decided, status, FundingGranted: granted, FundingPaid: paid);

    [Theory]
    [InlineData("11010519491231002", 'X')]   // the examples of GB 11643-1999
    [InlineData("44052418800101001", '4')]
    public void IdCardCheck_IsTheStandardsCheckCharacter(string first17, char expected) =>
        Assert.Equal(expected, TalentRules.IdCardCheck(first17));

    [Fact]
    public void IdCard_WrongCheckBadDateOrLength_AreNamed()
    {
        Assert.Null(TalentRules.IdCardProblem("11010519491231002X"));
        Assert.Equal("居民身份证号码“110105194912310021”校验位有误：应为 X，而不是 1", TalentRules.IdCardProblem("110105194912310021"));
        Assert.Contains("出生日期 19490231", TalentRules.IdCardProblem("110105194902310021"));
        Assert.Contains("应为18位", TalentRules.IdCardProblem("1101051949123100"));
    }

    [Fact]
    public void Identity_TypeAndNumberComeTogether_OtherDocumentsAreAlphanumeric()
    {
        Assert.Empty(Errors(v => TalentRules.Identity(null, null, v)));
        Assert.Empty(Errors(v => TalentRules.Identity("护照", "E12345678", v)));
        Assert.Equal(["请填写证件号码"], Errors(v => TalentRules.Identity("居民身份证", " ", v))["idNumber"]);
        Assert.Contains("证件类型应为", Errors(v => TalentRules.Identity(null, "E12345678", v))["idType"][0]);
        Assert.Equal(["护照号码应为5至30位字母或数字"], Errors(v => TalentRules.Identity("护照", "E-1", v))["idNumber"]);
    }

    [Fact]
    public void Award_StatusAgreesWithTheDecisionDate_FundingOnlyForAnAward()
    {
        Assert.Empty(Errors(v => TalentRules.Award(Award(), Today, v)));
        Assert.Empty(Errors(v => TalentRules.Award(Award(new DateOnly(2025, 9, 1), granted: 300_000m, paid: 100_000m), Today, v)));
        Assert.Equal(["已入选的申报请填写评审结果日期"], Errors(v => TalentRules.Award(Award(status: "已入选"), Today, v))["decidedOn"]);
        Assert.Equal(["填写了入选（评审结果）日期的申报，状态应为已入选或未入选"], Errors(v => TalentRules.Award(Award(new DateOnly(2025, 9, 1), "申报中"), Today, v))["status"]);
        Assert.Equal(["只有已入选的人才才有资助经费"], Errors(v => TalentRules.Award(Award(new DateOnly(2025, 9, 1), "未入选", 10m), Today, v))["fundingGranted"]);
        Assert.Equal(["已拨付经费（3.00万元）不能超过资助经费（2.00万元）"], Errors(v => TalentRules.Award(Award(new DateOnly(2025, 9, 1), granted: 20_000m, paid: 30_000m), Today, v))["fundingPaid"]);
        Assert.StartsWith("评审结果日期不能晚于今天", Errors(v => TalentRules.Award(Award(new DateOnly(2026, 9, 1)), Today, v))["decidedOn"][0]);
    }

    [Fact]
    public void Check_YearFromTheAwardsYearToThisYear_DatedInOrAfterIt()
    {
        var decided = new DateOnly(2024, 10, 1);
        Assert.Empty(Errors(v => TalentRules.Check(new CheckRequest(2025, "合格", new DateOnly(2026, 1, 10)), decided, Today, v)));
        Assert.Equal(["考核年度（2023年）不能早于入选年度（2024年）"], Errors(v => TalentRules.Check(new CheckRequest(2023, "合格", new DateOnly(2024, 1, 10)), decided, Today, v))["year"]);
        Assert.Equal(["2025年度考核的日期（2024年12月1日）不能早于该年度"], Errors(v => TalentRules.Check(new CheckRequest(2025, "不合格", new DateOnly(2024, 12, 1)), decided, Today, v))["checkedOn"]);
        Assert.Equal(["考核年度不能晚于今年（2026年）"], Errors(v => TalentRules.Check(new CheckRequest(2027, "合格", new DateOnly(2026, 1, 10)), decided, Today, v))["year"]);
    }

    [Fact]
    public void Permit_CategoryAsWritten_ExpiringWithin60Days()
    {
        Assert.Equal("A类", TalentRules.Category("a"));
        Assert.Equal("B类", TalentRules.Category(" B 类 "));
        Assert.Null(TalentRules.Category("D"));
        Assert.True(TalentRules.Expiring(Today, Today));
        Assert.True(TalentRules.Expiring(Today.AddDays(60), Today));
        Assert.False(TalentRules.Expiring(Today.AddDays(61), Today));
        Assert.False(TalentRules.Expiring(Today.AddDays(-1), Today));
    }

    [Fact]
    public void Level_FollowsTheRegionRunningTheProgramme_ProvincialOrAboveCounts()
    {
        Assert.Equal("国家级", TalentRules.LevelOf(RegionLevel.Country));
        Assert.Equal("省级", TalentRules.LevelOf(RegionLevel.Province));
        Assert.Equal("市级", TalentRules.LevelOf(RegionLevel.Prefecture));
        Assert.Equal("县级", TalentRules.LevelOf(RegionLevel.County));
        Assert.Null(TalentRules.LevelOf(RegionLevel.Town));
        Assert.True(TalentRules.ProvincialOrAbove("国家级"));
        Assert.True(TalentRules.ProvincialOrAbove("省级"));
        Assert.False(TalentRules.ProvincialOrAbove("市级"));
    }
}
