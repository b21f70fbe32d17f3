namespace Kechuang.Regions;

/// <summary>GB/T 2260 levels plus the 9-digit statistical extension for towns.</summary>
public enum RegionLevel
{
    /// <summary>The whole country, code 100000 as in GB/T 2260 data sets: the root above the provinces.</summary>
    Country = 0,
    Province = 1,
    Prefecture = 2,
    County = 3,
    Town = 4,
}

public static class RegionLevelNames
{
    public static string Chinese(this RegionLevel level) => level switch
    {
        RegionLevel.Country => "全国",
        RegionLevel.Province => "省级",
        RegionLevel.Prefecture => "地级",
        RegionLevel.County => "县级",
        RegionLevel.Town => "乡镇级",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static string ApiName(this RegionLevel level) => level switch
    {
        RegionLevel.Country => "country",
        RegionLevel.Province => "province",
        RegionLevel.Prefecture => "prefecture",
        RegionLevel.County => "county",
        RegionLevel.Town => "town",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
