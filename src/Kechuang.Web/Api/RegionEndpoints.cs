using Kechuang.Regions;

namespace Kechuang.Web.Api;

public static class RegionEndpoints
{
    public static void MapRegionEndpoints(this RouteGroupBuilder api)
    {
        var regions = api.MapGroup("/regions").WithTags("行政区划");
        regions.MapGet("/{code}", (string code, GetRegion handler, CancellationToken ct) => handler.HandleAsync(code, ct))
            .WithName("GetRegion")
            .WithSummary("按代码查询行政区划")
            .ProducesProblem(404);
        regions.MapGet("/{code}/children", (string code, GetRegion handler, CancellationToken ct) => handler.ChildrenAsync(code, ct))
            .WithName("ListChildRegions")
            .WithSummary("下级行政区划")
            .ProducesProblem(404);
        regions.MapGet("/{code}/peers", (string code, GetRegion handler, CancellationToken ct) => handler.PeersAsync(code, ct))
            .WithName("ListPeerRegions")
            .WithSummary("同级区划（同一上级下的其他区划）")
            .ProducesProblem(404);
    }
}
