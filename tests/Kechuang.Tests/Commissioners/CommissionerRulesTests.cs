using Kechuang.Commissioners;
using Kechuang.Common;
using Kechuang.Regions;

namespace Kechuang.Tests.Commissioners;

public class CommissionerRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly Region Pingyang = new() { Code = "330326", Name = "平阳县", Level = RegionLevel.County, ParentCode = "330300" };
    private static readonly Region[] Known =
    [
        Pingyang,
        new() { Code = "330326100", Name = "昆阳镇", Level = RegionLevel.Town, ParentCode = "330326" },
        new() { Code = "330326101", Name = "鳌江镇", Level = RegionLevel.Town, ParentCode = "330326" },
        new() { Code = "330327100", Name = "灵溪镇", Level = RegionLevel.Town, ParentCode = "330327" },
        new() { Code = "330326999", Name = "旧镇", Level = RegionLevel.Town, ParentCode = "330326", RetiredOn = new DateOnly(2020, 1, 1) },
    ];

    private static Dictionary<string, string[]> Errors(CommissionerRequest request, Region? region = null)
    {
        var v = new Validation();
        CommissionerRules.Check(request, region ?? Pingyang, code => Known.FirstOrDefault(r => r.Code == code), Today, v);
        try
        {
            v.ThrowIfAny();
            return [];
        }
        catch (ValidationFailedException e)
        {
            return e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value);
        }
    }

    private static CommissionerRequest Valid => new("王建平", "individual", "省级", "330326", 2026, ["330326100", "330326101"]);

    private static CommissionerRequest Team(params CommissionerMemberRequest[] members) =>
        Valid with { Kind = "team", Name = "茶产业团队", Members = members };

    [Fact]
    public void AValidPerson_HasNoErrors() => Assert.Empty(Errors(Valid));

    [Fact]
    public void AValidTeam_HasNoErrors() => Assert.Empty(Errors(Team(new("甲"), new("乙", "浙江大学", "茶叶"))));

    [Theory]
    [InlineData("省", "省级")]
    [InlineData(" 市级 ", "市级")]
    [InlineData("县", "县级")]
    [InlineData("国家级", null)]
    public void Level_AcceptsTheShortForm(string text, string? level) => Assert.Equal(level, CommissionerWords.Level(text));

    [Theory]
    [InlineData("individual", "individual")]
    [InlineData("团队", "team")]
    [InlineData(" team ", "team")]
    [InlineData("group", null)]
    public void Kind_AcceptsTheCodeOrTheChinese(string text, string? kind) => Assert.Equal(kind, CommissionerWords.Kind(text));

    [Theory]
    [InlineData("330327100")]     // another county's town
    [InlineData("330326999")]     // retired
    [InlineData("330326")]        // the county itself
    [InlineData("330326555")]     // not in the list
    public void ATownOutsideTheCounty_IsRefusedByCode(string town)
    {
        var errors = Errors(Valid with { Towns = ["330326100", town] });

        Assert.Equal([$"乡镇 {town} 不属于平阳县"], errors["towns"]);
    }

    [Fact]
    public void NoTown_IsRefused() => Assert.Equal(["请选择服务的乡镇"], Errors(Valid with { Towns = [] })["towns"]);

    [Theory]
    [InlineData(1999)]
    [InlineData(2028)]
    public void AYearOutOfRange_IsRefused(int year) =>
        Assert.Equal(["服务年度应在2000年至2027年之间"], Errors(Valid with { Year = year })["year"]);

    [Fact]
    public void NextYear_IsAccepted() => Assert.Empty(Errors(Valid with { Year = 2027 }));

    [Fact]
    public void ATeamWithoutMembers_AndAPersonWithMembers_AreRefused()
    {
        Assert.Equal(["团队科技特派员请填写团队成员"], Errors(Team())["members"]);
        Assert.Contains("个人科技特派员不填团队成员", Errors(Valid with { Members = [new CommissionerMemberRequest("甲")] })["members"][0]);
        Assert.Contains("姓名", Errors(Team(new CommissionerMemberRequest(" ")))["members"][0]);
    }

    [Fact]
    public void ACityRegion_IsRefused_AndItsTownsAreNotJudged()
    {
        var city = new Region { Code = "330300", Name = "温州市", Level = RegionLevel.Prefecture, ParentCode = "330000" };

        var errors = Errors(Valid with { RegionCode = "330300" }, city);

        Assert.Contains("不是县级区划", errors["regionCode"][0]);
        Assert.False(errors.ContainsKey("towns"));
    }

    [Fact]
    public void ProjectFunds_AreYuanToTheFen_NotNegative()
    {
        Assert.Equal(["项目经费不能为负数"], Errors(Valid with { Projects = [new CommissionerProjectRequest("示范", -1m)] })["projects"]);
        Assert.Equal(["项目经费以元为单位，最多两位小数"], Errors(Valid with { Projects = [new CommissionerProjectRequest("示范", 1.234m)] })["projects"]);
        Assert.Empty(Errors(Valid with { Projects = [new CommissionerProjectRequest("示范", 150_000.50m), new CommissionerProjectRequest("培训")] }));
    }

    private static Dictionary<string, string[]> AssessmentErrors(int year, CommissionerAssessmentRequest request)
    {
        var v = new Validation();
        var record = new Commissioner { Name = "王建平", Kind = "individual", Level = "省级", RegionCode = "330326", Year = year };
        CommissionerRules.Assessment(record, request, Today, v);
        try
        {
            v.ThrowIfAny();
            return [];
        }
        catch (ValidationFailedException e)
        {
            return e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value);
        }
    }

    [Fact]
    public void Assessment_TakesAGradeOfTheList_OnceTheServiceYearHasBegun()
    {
        Assert.Empty(AssessmentErrors(2025, new("优秀", "服务成效显著")));
        Assert.Empty(AssessmentErrors(2026, new(" 基本合格 ")));
        Assert.Equal(["考核等次应为：优秀、合格、基本合格、不合格"], AssessmentErrors(2025, new("良好"))["grade"]);
        Assert.Equal(["请选择考核等次：优秀、合格、基本合格、不合格"], AssessmentErrors(2025, new(null))["grade"]);
        Assert.Equal(["2027年度尚未开始，不能考核"], AssessmentErrors(2027, new("合格"))["grade"]);
        Assert.Equal(["考核意见不能超过500个字"], AssessmentErrors(2025, new("合格", new string('好', 501)))["remark"]);
    }

    [Fact]
    public void TownDays_LieWithinTheServiceYear_FromNotAfterTo()
    {
        var spring = new CommissionerTownRequest("330326100", new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30));
        Assert.Empty(Errors(Valid with { Towns = [spring, "330326101"] }));
        Assert.Empty(Errors(Valid with { Towns = [spring, spring] }));
        Assert.Equal(["乡镇 330326100 的服务日期应在服务年度2026年内"],
            Errors(Valid with { Towns = [spring with { To = new DateOnly(2027, 1, 31) }] })["towns"]);
        Assert.Equal(["乡镇 330326100 的服务开始日期 2026-07-01 晚于结束日期 2026-06-30"],
            Errors(Valid with { Towns = [spring with { From = new DateOnly(2026, 7, 1) }] })["towns"]);
        Assert.Equal(["乡镇 330326100 填写了两次且服务日期或服务村不同"],
            Errors(Valid with { Towns = [spring, spring with { From = null }] })["towns"]);
    }
}
