using System.Security.Claims;
using Kechuang.Audit;

namespace Kechuang.Web.Api;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", (ClaimsPrincipal principal, ListAuditEntries handler, string? entity, string? entityId, string? user, int? page, int? pageSize, CancellationToken ct) =>
            handler.HandleAsync(principal.Caller(), new ListAuditQuery(entity, entityId, user, page, pageSize), ct))
            .WithTags("审计日志")
            .WithSummary("审计日志（仅系统管理员），可按 entity、entityId、user 筛选");
    }
}
