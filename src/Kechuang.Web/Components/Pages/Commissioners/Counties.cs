using Kechuang.Regions;

namespace Kechuang.Web.Components.Pages.Commissioners;

/// <summary>The counties at or under a region (a province reaches them two levels down), for the county pickers.</summary>
internal static class Counties
{
    public static async Task<List<RegionDto>> UnderAsync(GetRegion regions, string code, int depth)
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
