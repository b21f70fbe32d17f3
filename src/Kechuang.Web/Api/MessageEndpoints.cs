using System.Security.Claims;
using Kechuang.Messaging;

namespace Kechuang.Web.Api;

/// <summary>GET /api/messages/mine.</summary>
public sealed record MyMessagesParameters(bool? Unread, int? Page, int? PageSize);

/// <summary>GET /api/messages/outbox.</summary>
public sealed record OutboxParameters(string? Status, string? Channel, string? Q, int? Page, int? PageSize)
{
    public ListOutboxQuery ToQuery() => new(Status, Channel, Q, Page, PageSize);
}

/// <summary>消息 (docs/domain.md §7.11): the signed-in user's inbox and the bureau's outbox history.</summary>
public static class MessageEndpoints
{
    public static void MapMessageEndpoints(this RouteGroupBuilder api)
    {
        var messages = api.MapGroup("/messages").WithTags("消息");
        messages.MapGet("/mine", (ClaimsPrincipal user, [AsParameters] MyMessagesParameters query, ListMyMessages handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), new ListMyMessagesQuery(query.Unread, query.Page, query.PageSize), ct))
            .WithName("ListMyMessages")
            .WithSummary("我的站内消息，最新在前（unread=true 只看未读）");
        messages.MapGet("/mine/unread", async (ClaimsPrincipal user, CountUnreadMessages handler, CancellationToken ct) =>
            new { count = await handler.HandleAsync(user.Caller(), ct) })
            .WithName("CountUnreadMessages")
            .WithSummary("未读站内消息数");
        messages.MapPost("/mine/read", async (ClaimsPrincipal user, MarkMessageRead handler, CancellationToken ct) =>
            new { marked = await handler.HandleAsync(user.Caller(), null, ct) })
            .WithName("MarkAllMessagesRead")
            .WithSummary("全部标为已读");
        messages.MapPost("/{id:guid}/read", async (ClaimsPrincipal user, Guid id, MarkMessageRead handler, CancellationToken ct) =>
            new { marked = await handler.HandleAsync(user.Caller(), id, ct) })
            .WithName("MarkMessageRead")
            .WithSummary("标为已读（只能是本人的消息）")
            .ProducesProblem(404);
        messages.MapGet("/outbox", (ClaimsPrincipal user, [AsParameters] OutboxParameters query, ListOutbox handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListOutbox")
            .WithSummary("本辖区用户的消息发送记录：按状态（待发送/已发送/失败）、渠道筛选，含尝试次数、下次尝试时间和错误")
            .ProducesProblem(403);
        messages.MapPost("/outbox/{id:guid}/retry", async (ClaimsPrincipal user, Guid id, RetryMessage handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return Results.NoContent();
            })
            .WithName("RetryMessage")
            .WithSummary("重发一条发送失败的消息")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
