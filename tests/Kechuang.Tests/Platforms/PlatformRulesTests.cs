using Kechuang.Common;
using Kechuang.Platforms;
using Kechuang.Platforms.Kinds;

namespace Kechuang.Tests.Platforms;

public class PlatformRulesTests
{
    private static string[] LevelErrors(string kind, string level)
    {
        var v = new Validation();
        PlatformRules.KindLevel(PlatformCatalogue.Defaults.Kind(kind), level, v);
        try
        {
            v.ThrowIfAny();
            return [];
        }
        catch (ValidationFailedException e)
        {
            return e.Errors["level"];
        }
    }

    [Theory]
    [InlineData("企业研究院", "省级")]
    [InlineData("企业研究院", "省")]
    [InlineData("企业研发中心", "县级")]
    [InlineData("重点实验室", "国家级")]
    public void ALevelTheKindHas_IsAccepted(string kind, string level) => Assert.Empty(LevelErrors(kind, level));

    [Theory]
    [InlineData("企业研究院", "市级", "企业研究院没有市级：只认定省级")]
    [InlineData("企业研发中心", "省级", "企业研发中心没有省级：只认定市级、县级")]
    [InlineData("重点实验室", "乡级", "级别应为：国家级、省级、市级、县级")]
    public void ALevelTheKindDoesNotHave_IsNamed(string kind, string level, string message) => Assert.Equal([message], LevelErrors(kind, level));

    [Fact]
    public void ProvincialOrAbove_IsWhatTheIndicatorCounts()
    {
        Assert.True(PlatformKinds.ProvincialOrAbove("国家级"));
        Assert.True(PlatformKinds.ProvincialOrAbove("省级"));
        Assert.False(PlatformKinds.ProvincialOrAbove("市级"));
    }
}
