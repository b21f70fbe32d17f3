using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Notices;

namespace Kechuang.Web.Api;

/// <summary>GET /api/notices.</summary>
public sealed record NoticeListParameters(string? Status, string? Q, int? Page, int? PageSize)
{
    public ListNoticesQuery ToQuery() => new(Status, Q, Page, PageSize);
}

/// <summary>通知公告 (docs/domain.md §7.11): the bureau's notices, the enterprise's inbox of them, and the public board.</summary>
public static class NoticeEndpoints
{
    public static void MapNoticeEndpoints(this RouteGroupBuilder api)
    {
        var notices = api.MapGroup("/notices").WithTags("通知公告");
        notices.MapGet("", (ClaimsPrincipal user, [AsParameters] NoticeListParameters query, ListNotices handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListNotices")
            .WithSummary("本辖区的通知公告：按状态（草稿/已发布/已撤回）和标题筛选，含受众数、已读数和回复数")
            .ProducesProblem(403);
        notices.MapPost("", async (ClaimsPrincipal user, NoticeRequest request, CreateNotice handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/notices/{created.Id}", created);
            })
            .WithName("CreateNotice")
            .WithSummary("起草通知：标题、正文、发送范围（全部企业/资质企业/培育库/指定企业）、是否公开、回复截止日期")
            .ProducesValidationProblem().ProducesProblem(403);
        notices.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetNotice handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetNotice")
            .WithSummary("通知详情")
            .ProducesProblem(403).ProducesProblem(404);
        notices.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, NoticeRequest request, UpdateNotice handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateNotice")
            .WithSummary("修改草稿（已发布的通知只能撤回）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        notices.MapPost("/{id:guid}/publish", (ClaimsPrincipal user, Guid id, PublishNoticeRequest? request, PublishNotice handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request ?? new PublishNoticeRequest(), ct))
            .WithName("PublishNotice")
            .WithSummary("发布通知：确定受众并发送站内消息和邮件；受众为空时返回 409 警告，确认发布须传 confirmEmpty: true")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        notices.MapPost("/{id:guid}/withdraw", (ClaimsPrincipal user, Guid id, WithdrawNotice handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("WithdrawNotice")
            .WithSummary("撤回已发布的通知（回执和回复保留，不再接受回复）")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        notices.MapGet("/{id:guid}/receipts", (ClaimsPrincipal user, Guid id, GetNoticeReceipts handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetNoticeReceipts")
            .WithSummary("回执：受众企业数、已读、未读名单和回复")
            .ProducesProblem(403).ProducesProblem(404);
        notices.MapGet("/{id:guid}/receipts/export", async (ClaimsPrincipal user, Guid id, ExportNoticeReceipts handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                var title = await handler.HandleAsync(user.Caller(), id, output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, FileNames.Stem(title, "通知") + "-回执.xlsx");
            })
            .WithName("ExportNoticeReceipts")
            .WithSummary("回执导出为 Excel")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesProblem(403).ProducesProblem(404);
        notices.MapPost("/{id:guid}/attachments", async (ClaimsPrincipal user, Guid id, IFormFile? file, AttachNoticeFile handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传附件（PDF 或 Word）");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), id, file.FileName, input, ct);
            })
            .Upload(api.Limits().Attachments)
            .WithName("AttachNoticeFile")
            .WithSummary("上传通知附件：表单字段 file 为 PDF 或 Word（按内容判断，不超过 20 MB）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        notices.MapGet("/{id:guid}/files/{fileId:guid}", async (ClaimsPrincipal user, Guid id, Guid fileId, GetNoticeFile handler, CancellationToken ct) =>
            {
                var file = await handler.HandleAsync(user.Caller(), id, fileId, ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("GetNoticeFile")
            .WithSummary("下载通知或回复的附件（本辖区科技局；受众企业只能下载通知附件和本企业回复的附件）")
            .Produces(200, contentType: "application/octet-stream")
            .ProducesProblem(403).ProducesProblem(404);
        notices.MapGet("/mine", (ClaimsPrincipal user, ListMyNotices handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), ct))
            .WithName("ListMyNotices")
            .WithSummary("企业收到的通知（企业用户）")
            .ProducesProblem(403);
        notices.MapGet("/mine/{id:guid}", (ClaimsPrincipal user, Guid id, OpenNotice handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), id, ct))
            .WithName("OpenNotice")
            .WithSummary("企业打开通知：首次打开记录已读回执（谁、何时）")
            .ProducesProblem(403).ProducesProblem(404);
        notices.MapPost("/mine/{id:guid}/replies", async (ClaimsPrincipal user, Guid id, HttpRequest http, ReplyNotice handler, CancellationToken ct) =>
            {
                var form = await http.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                await using var input = file?.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), id, form["text"].ToString(), file?.FileName, input, ct);
            })
            .Upload(api.Limits().Attachments)
            .WithName("ReplyNotice")
            .WithSummary("企业回复通知（截止日期前）：表单字段 text 为回复内容，file 为可选的 PDF 或 Word 附件")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapGet("/public/notices", (GetPublicBoard handler, CancellationToken ct) => handler.HandleAsync(ct))
            .AllowAnonymous()
            .WithTags("通知公告")
            .WithName("GetPublicBoard")
            .WithSummary("公开信息（无需登录）：公开的通知公告（含附件）、正在征集的申报指南、公示期内的立项公示和政策兑现公示");
        api.MapGet("/public/notices/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, GetPublicNoticeFile handler, CancellationToken ct) =>
            {
                var file = await handler.HandleAsync(id, fileId, ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .AllowAnonymous()
            .WithTags("通知公告")
            .WithName("GetPublicNoticeFile")
            .WithSummary("下载公开通知的附件（无需登录；非公开、未发布或已撤回的通知及企业回复的附件一律 404）")
            .Produces(200, contentType: "application/octet-stream")
            .ProducesProblem(404);
    }
}
