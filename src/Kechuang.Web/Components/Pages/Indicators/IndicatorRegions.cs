using Kechuang.Regions;
using Kechuang.Web.Components.Shared;

namespace Kechuang.Web.Components.Pages.Indicators;

/// <summary>The regions an indicator page offers: the user's own first, then (above county level) each subordinate one.</summary>
internal static class IndicatorRegions
{
    public static Task<IReadOnlyList<RegionDto>> LoadAsync(PageServices pages) =>
        pages.RunAsync<GetRegion, IReadOnlyList<RegionDto>>(async (h, c) =>
        {
            var own = await h.HandleAsync(c.Region.Value);
            var children = c.Region.Level is RegionLevel.County or RegionLevel.Town ? [] : await h.ChildrenAsync(c.Region.Value);
            return [own, .. children];
        });
}
