using System.Security.Claims;
using Kechuang.Audit;

namespace Kechuang.Web.Api;

/// <summary>GET /api/audit.</summary>
public sealed record AuditListParameters(string? Entity, string? EntityId, string? User, int? Page, int? PageSize)
{
    public ListAuditQuery ToQuery() => new(Entity, EntityId, User, Page, PageSize);
}

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", (ClaimsPrincipal principal, ListAuditEntries handler, [AsParameters] AuditListParameters query, CancellationToken ct) =>
            handler.HandleAsync(principal.Caller(), query.ToQuery(), ct))
            .WithTags("审计日志")
            .WithName("ListAuditEntries")
            .WithSummary("审计日志（仅系统管理员），可按 entity、entityId、user 筛选")
            .ProducesValidationProblem().ProducesProblem(403);
    }
}
