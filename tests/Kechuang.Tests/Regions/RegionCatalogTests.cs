using Kechuang.Regions;

namespace Kechuang.Tests.Regions;

public class RegionCatalogTests
{
    private static readonly IReadOnlyList<Region> Catalog = RegionCatalog.Load();
    private static readonly Dictionary<string, Region> ByCode = Catalog.ToDictionary(r => r.Code);

    [Fact]
    public void Load_HasEveryLevel()
    {
        var counts = Catalog.GroupBy(r => r.Level).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(1, counts[RegionLevel.Country]);
        Assert.Equal(31, counts[RegionLevel.Province]);
        Assert.InRange(counts[RegionLevel.Prefecture], 330, 360);
        Assert.InRange(counts[RegionLevel.County], 2800, 3200);
        Assert.InRange(counts[RegionLevel.Town], 38000, 45000);
    }

    [Fact]
    public void Load_KnowsPingyangCountyOfWenzhou()
    {
        Assert.Equal("浙江省", ByCode["330000"].Name);
        Assert.Equal("温州市", ByCode["330300"].Name);
        Assert.Equal("平阳县", ByCode["330326"].Name);
        Assert.Equal("330300", ByCode["330326"].ParentCode);
        Assert.Equal("330000", ByCode["330300"].ParentCode);
        Assert.Equal(RegionCode.CountryCode, ByCode["330000"].ParentCode);
        Assert.Equal("330326", ByCode["330326100"].ParentCode);
    }

    [Fact]
    public void Load_EveryParentExistsAndIsOneLevelUpOrMore()
    {
        foreach (var region in Catalog.Where(r => r.ParentCode is not null))
        {
            var parent = ByCode[region.ParentCode!];
            Assert.True(parent.Level < region.Level, $"{region.Code} 的上级 {parent.Code} 级别不高于它");
            Assert.True(RegionCode.Parse(parent.Code).Covers(RegionCode.Parse(region.Code)), $"{parent.Code} 不覆盖 {region.Code}");
        }
    }

    [Fact]
    public void Load_TownsOfCitiesWithoutCountiesHangUnderTheCity()
    {
        var dongguanTowns = Catalog.Where(r => r.ParentCode == "441900").ToList();

        Assert.NotEmpty(dongguanTowns);
        Assert.All(dongguanTowns, t => Assert.Equal(RegionLevel.Town, t.Level));
    }
}
