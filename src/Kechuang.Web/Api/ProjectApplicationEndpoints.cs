using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Projects.Applications;

namespace Kechuang.Web.Api;

/// <summary>GET /api/projects/applications: <c>regionCode</c> is the old name of <c>region</c> (ADR 0012).</summary>
public sealed record ApplicationListParameters(Guid? CallId, string? Status, string? Q, string? Region, string? RegionCode, int? Page, int? PageSize)
{
    public ListApplicationsQuery ToQuery() => new(CallId, Status, Q, RegionAlias.Pick(Region, RegionCode), Page, PageSize);
}

public static class ProjectApplicationEndpoints
{
    public static void MapProjectApplicationEndpoints(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/projects/applications").WithTags("科技计划项目");
        applications.MapGet("/", (ClaimsPrincipal user, ListApplications handler, [AsParameters] ApplicationListParameters query, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListProjectApplications")
            .WithSummary("项目申报列表：企业看本企业的（含草稿），科技局看本辖区指南下已提交的；按指南、状态、项目或企业名称筛选")
            .ProducesValidationProblem().ProducesProblem(403);
        applications.MapPost("/", async (ClaimsPrincipal user, ApplicationRequest request, CreateApplication handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/projects/applications/{created.Id}", created);
            })
            .WithName("CreateProjectApplication")
            .WithSummary("企业填报申报书（草稿）：项目信息、项目组、进度安排、预算表（设备费/业务费/劳务费/间接费用，专项与自筹，单位元）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        applications.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetApplication handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetProjectApplication")
            .WithSummary("申报书详情")
            .ProducesProblem(403).ProducesProblem(404);
        applications.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, ApplicationRequest request, UpdateApplication handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateProjectApplication")
            .WithSummary("修改草稿或被退回的申报书（截止前）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        applications.MapPost("/{id:guid}/attachments", async (ClaimsPrincipal user, Guid id, IFormFile? file, string? requirement,
                AttachApplicationFile handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传附件（PDF 或 Word），查询参数 requirement 为指南要求的附件项目");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), id, requirement, file.FileName, input, ct);
            })
            .Upload(api.Limits().Attachments)
            .WithName("AttachProjectApplicationFile")
            .WithSummary("上传申报附件：查询参数 requirement 为指南要求的附件项目，表单字段 file 为 PDF 或 Word（按内容判断，不超过 20 MB）；同一项目再次上传即替换")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        applications.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (ClaimsPrincipal user, Guid id, Guid attachmentId,
                GetApplicationAttachment handler, CancellationToken ct) =>
            {
                var file = await handler.HandleAsync(user.Caller(), id, attachmentId, ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("GetProjectApplicationAttachment")
            .WithSummary("下载申报附件")
            .Produces(200, contentType: "application/octet-stream")
            .ProducesProblem(403).ProducesProblem(404);
        applications.MapDelete("/{id:guid}/attachments/{attachmentId:guid}", (ClaimsPrincipal user, Guid id, Guid attachmentId,
                DeleteApplicationAttachment handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), id, attachmentId, ct))
            .WithName("DeleteProjectApplicationAttachment")
            .WithSummary("删除申报附件（草稿或被退回时）")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        applications.MapPost("/{id:guid}/submit", (ClaimsPrincipal user, Guid id, SubmitApplication handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("SubmitProjectApplication")
            .WithSummary("提交申报书：检查申报时间、申报资格、必填内容和预算（单项上限、间接费用比例），不符合的全部列出")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        applications.MapPost("/{id:guid}/withdraw", (ClaimsPrincipal user, Guid id, WithdrawApplication handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("WithdrawProjectApplication")
            .WithSummary("撤回申报书（形式审查通过前）")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        applications.MapPost("/{id:guid}/check", (ClaimsPrincipal user, Guid id, CheckRequest request, CheckApplication handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("CheckProjectApplication")
            .WithSummary("形式审查：passed 为 true 通过，为 false 退回并写明 reason")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
