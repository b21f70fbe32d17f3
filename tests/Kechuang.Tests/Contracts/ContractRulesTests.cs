using Kechuang.Common;
using Kechuang.Contracts;
using Kechuang.Regions;

namespace Kechuang.Tests.Contracts;

/// <summary>docs/domain.md §5 input rules, without a database.</summary>
public class ContractRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static Region? Lookup(string code) => code switch
    {
        "330326" => new Region { Code = "330326", Name = "平阳县", ParentCode = "330300", Level = RegionLevel.County },
        "330300" => new Region { Code = "330300", Name = "温州市", ParentCode = "330000", Level = RegionLevel.Prefecture },
        "310115" => new Region { Code = "310115", Name = "浦东新区", ParentCode = "310100", Level = RegionLevel.County },
        _ => null,
    };

    private static Dictionary<string, string[]> Problems(ContractRequest request)
    {
        var validation = new Validation();
        ContractRules.Check(request, Lookup, Today, validation);
        try
        {
            validation.ThrowIfAny();
            return [];
        }
        catch (ValidationFailedException e)
        {
            return e.Errors.ToDictionary(x => x.Key, x => x.Value);
        }
    }

    [Fact]
    public void Check_ValidRequest_NoProblems() => Assert.Empty(Problems(ContractBuilder.Request()));

    [Fact]
    public void Check_BuyerAbroadWithoutCodeOrRegion_IsValid() =>
        Assert.Empty(Problems(ContractBuilder.Request() with { BuyerUscc = null, BuyerRegionCode = " " }));

    [Theory]
    [InlineData(100, 100.01, "techTransaction", "不能大于合同成交额")]
    [InlineData(0, 0, "turnover", "必须大于0")]
    [InlineData(-5, 1, "turnover", "必须大于0")]
    [InlineData(100, -1, "techTransaction", "必须大于0")]
    [InlineData(100.001, 50, "turnover", "两位小数")]
    public void Check_BadAmounts_SayWhich(decimal turnover, decimal tech, string field, string message)
    {
        var problems = Problems(ContractBuilder.Request(turnover: turnover, tech: tech));

        Assert.Contains(problems[field], m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TechTransactionEqualToTurnover_IsValid() =>
        Assert.Empty(Problems(ContractBuilder.Request(turnover: 100m, tech: 100m)));

    [Fact]
    public void Check_SignedAfterReceived_IsRefused()
    {
        var problems = Problems(ContractBuilder.Request(signed: new DateOnly(2026, 2, 2), received: new DateOnly(2026, 2, 1)));

        Assert.Equal(["签订日期（2026-02-02）不能晚于受理日期（2026-02-01）"], problems["signedOn"]);
    }

    [Fact]
    public void Check_SignedOnReceivedDay_IsValid() =>
        Assert.Empty(Problems(ContractBuilder.Request(signed: new DateOnly(2026, 2, 1), received: new DateOnly(2026, 2, 1))));

    [Fact]
    public void Check_InvalidUsccs_SayWhichCheckFailed()
    {
        var good = ContractBuilder.NewUscc();
        var bad = good[..17] + (good[17] == '0' ? "1" : "0");

        var problems = Problems(ContractBuilder.Request() with { SellerUscc = bad, BuyerUscc = "123" });

        Assert.Contains("校验位不通过", problems["sellerUscc"][0], StringComparison.Ordinal);
        Assert.Contains("应为18位", problems["buyerUscc"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SellerRegionNotCounty_OrUnknown_IsRefused()
    {
        Assert.Contains("不是县级区划", Problems(ContractBuilder.Request() with { SellerRegionCode = "330300" })["sellerRegionCode"][0], StringComparison.Ordinal);
        Assert.Contains("不存在", Problems(ContractBuilder.Request() with { SellerRegionCode = "339999" })["sellerRegionCode"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EmptyRequest_ListsEveryMissingField()
    {
        var problems = Problems(new ContractRequest(null, null, null, null, null, null, null, null, null, null, null, null));

        Assert.Equal(
            ["buyerName", "name", "receivedOn", "sellerName", "sellerRegionCode", "sellerUscc", "signedOn", "techTransaction", "turnover", "type"],
            problems.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_UnknownType_NamesTheAllowedWords() =>
        Assert.Contains("development_commissioned", Problems(ContractBuilder.Request(type: "research"))["type"][0], StringComparison.Ordinal);

    [Theory]
    [InlineData(null, "请填写登记日期")]
    [InlineData("2026-01-14", "不能早于受理日期")]
    [InlineData("2026-03-02", "不能晚于今天")]
    public void CheckRegistration_BadDate_IsRefused(string? date, string message)
    {
        var validation = new Validation();
        ContractRules.CheckRegistration(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), null, new DateOnly(2026, 1, 15), Today, validation);

        var e = Assert.Throws<ValidationFailedException>(validation.ThrowIfAny);
        Assert.Contains(message, e.Errors["registeredOn"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void CheckRefusal_WithoutReason_IsRefused(string? reason)
    {
        var validation = new Validation();
        ContractRules.CheckRefusal(Today, reason, new DateOnly(2026, 1, 15), Today, validation);

        var e = Assert.Throws<ValidationFailedException>(validation.ThrowIfAny);
        Assert.Equal(["不予登记必须填写理由"], e.Errors["reason"]);
    }

    [Theory]
    [InlineData("技术开发/委托开发", "development_commissioned")]
    [InlineData("技术开发／合作开发", "development_cooperative")]
    [InlineData("技术中介", "service_intermediary")]
    [InlineData(" 技术转让 ", "transfer")]
    [InlineData("licensing", "licensing")]
    [InlineData("技术研发", null)]
    public void ParseType_AcceptsChineseNamesAndWords(string text, string? word) => Assert.Equal(word, ContractTypes.Parse(text));
}
