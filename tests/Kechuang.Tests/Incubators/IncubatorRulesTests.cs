using Kechuang.Common;
using Kechuang.Incubators;
using Kechuang.Regions;

namespace Kechuang.Tests.Incubators;

public class IncubatorRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly Region Pingyang = new() { Code = "330326", Name = "平阳县", Level = RegionLevel.County, ParentCode = "330300" };

    private static Dictionary<string, string[]> Errors(IncubatorRequest request)
    {
        var v = new Validation();
        IncubatorRules.Check(request, Pingyang, Today, v);
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

    private static IncubatorRequest Valid => new("平阳县众创空间", "众创空间", "省级", "330326", 2_000m, new DateOnly(2026, 3, 1));

    [Fact]
    public void AValidCarrier_HasNoErrors() => Assert.Empty(Errors(Valid));

    [Theory]
    [InlineData("省", "省级")]
    [InlineData("国家级", "国家级")]
    [InlineData(" 县级 ", "县级")]
    [InlineData("乡级", null)]
    public void Level_AcceptsTheShortForm(string text, string? level) => Assert.Equal(level, IncubatorWords.Level(text));

    [Theory]
    [InlineData(0, "面积应大于 0 平方米")]
    [InlineData(-5, "面积应大于 0 平方米")]
    [InlineData(10_000_000.01, "面积 10,000,000 平方米超过 10 平方公里，请检查单位：此处填平方米，不是万平方米")]
    public void Area_OutOfRange_IsNamed(decimal area, string message) =>
        Assert.Equal([message], Errors(Valid with { AreaSqm = area })["areaSqm"]);

    [Fact]
    public void Area_OfTenSquareKilometres_IsAllowed() => Assert.Empty(Errors(Valid with { AreaSqm = 10_000_000m }));

    [Fact]
    public void SpaceAddedBeforeTheCarrierOpened_IsRefused()
    {
        var v = new Validation();
        IncubatorRules.Area(100m, new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 1), Today, v);

        var e = Assert.Throws<ValidationFailedException>(v.ThrowIfAny);
        Assert.Equal("投入使用日期 2026年2月28日 早于载体启用日期 2026年3月1日", e.Errors["inUseOn"][0]);
    }

    [Fact]
    public void EverythingMissing_NamesEveryField() =>
        Assert.Equal(new[] { "areaSqm", "inUseOn", "kind", "level", "name", "regionCode" },
            Errors(new IncubatorRequest(null, null, null, null, null, null)).Keys.Order(StringComparer.Ordinal));
}
