using Kechuang.Regions;

namespace Kechuang.Tests.Regions;

public class RegionCodeTests
{
    [Theory]
    [InlineData("100000", RegionLevel.Country, "")]
    [InlineData("330000", RegionLevel.Province, "33")]
    [InlineData("330300", RegionLevel.Prefecture, "3303")]
    [InlineData("330326", RegionLevel.County, "330326")]
    [InlineData("330326100", RegionLevel.Town, "330326100")]
    [InlineData(" 441900 ", RegionLevel.Prefecture, "4419")]
    public void Parse_ValidCode_KnowsLevelAndScope(string text, RegionLevel level, string prefix)
    {
        var code = RegionCode.Parse(text);

        Assert.Equal(level, code.Level);
        Assert.Equal(prefix, code.ScopePrefix);
        Assert.Equal(text.Trim(), code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("33032")]
    [InlineData("3303261")]
    [InlineData("33032A")]
    [InlineData("003300")]
    [InlineData("330326100001")]
    public void TryParse_Malformed_IsRejectedWithReason(string? text)
    {
        Assert.False(RegionCode.TryParse(text, out _));
        Assert.Contains("行政区划代码", RegionCode.Problem(text));
    }

    [Theory]
    [InlineData("330300", "330326", true)]
    [InlineData("330300", "330326100", true)]
    [InlineData("330300", "330300", true)]
    [InlineData("330300", "330400", false)]
    [InlineData("330326", "330327", false)]
    [InlineData("330326", "330326100", true)]
    [InlineData("330000", "330326", true)]
    [InlineData("330000", "320326", false)]
    [InlineData("100000", "650100", true)]
    [InlineData("330326100", "330326101", false)]
    [InlineData("330326100", "330326100", true)]
    [InlineData("441900", "441900003", true)]
    public void Covers_OnlyItselfAndRegionsUnderIt(string scope, string other, bool expected)
    {
        Assert.Equal(expected, RegionCode.Parse(scope).Covers(RegionCode.Parse(other)));
    }
}
