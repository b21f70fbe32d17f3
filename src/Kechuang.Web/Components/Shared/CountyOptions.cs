using Kechuang.Regions;

namespace Kechuang.Web.Components.Shared;

/// <summary>The counties a register's form offers: the caller's own, or those under its city or province.</summary>
public static class CountyOptions
{
    public static async Task<List<RegionDto>> UnderAsync(GetRegion regions, string code, int depth = 3)
    {
        var region = await regions.HandleAsync(code);
        if (region.Level == "county")
        {
            return [region];
        }
        var list = new List<RegionDto>();
        if (depth > 0)
        {
            foreach (var child in await regions.ChildrenAsync(code))
            {
                list.AddRange(child.Level == "county" ? [child] : await UnderAsync(regions, child.Code, depth - 1));
            }
        }
        return list;
    }
}
