using System.Security.Claims;
using Kechuang.Projects.Execution;

namespace Kechuang.Web.Api;

public static class ProjectExecutionEndpoints
{
    public static void MapProjectExecutionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/projects/execution", (ClaimsPrincipal user, [AsParameters] ListProjectsQuery query, ListProjects handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query, ct))
            .WithTags("科技计划项目")
            .WithName("ListProjects")
            .WithSummary("立项项目（执行管理）：已拨付、逾期（中期报告、验收申请）和 30 天内到期的事项；overdue=true 只列逾期的")
            .ProducesValidationProblem().ProducesProblem(403);
        api.MapPost("/projects/changes/{id:guid}/decision", (ClaimsPrincipal user, Guid id, ChangeDecision request, DecideChange handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithTags("科技计划项目")
            .WithName("DecideProjectChange")
            .WithSummary("审批变更申请：approve 为 true 时立即生效（结束日期、负责人或预算科目），不批准须写明理由")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var project = api.MapGroup("/projects/applications/{id:guid}").WithTags("科技计划项目");
        project.MapGet("/execution", (ClaimsPrincipal user, Guid id, GetExecution handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetProjectExecution")
            .WithSummary("项目执行情况：预算与拨付、变更、中期报告、验收和决算、逾期事项")
            .ProducesProblem(404).ProducesProblem(409);
        project.MapGet("/task-book", async (ClaimsPrincipal user, Guid id, ExportTaskBook handler, CancellationToken ct) =>
            {
                var file = await handler.HandleAsync(user.Caller(), id, ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("ExportTaskBook")
            .WithSummary("任务书（.docx）：项目基本情况、内容、进度、成员、核定预算和双方责任")
            .ProducesProblem(404).ProducesProblem(409);
        project.MapPost("/task-book", (ClaimsPrincipal user, Guid id, TaskBookRequest request, SignTaskBook handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("SignTaskBook")
            .WithSummary("登记任务书签订日期（signedOn，默认今天），项目转为执行中")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        project.MapPost("/disbursements", (ClaimsPrincipal user, Guid id, TrancheRequest request, Disburse handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("DisburseProjectFunds")
            .WithSummary("登记一批拨付：paidOn 和各预算科目的金额（元），累计不超过该科目核定的专项经费")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        project.MapPost("/changes", (ClaimsPrincipal user, Guid id, ChangeRequest request, RequestChange handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("RequestProjectChange")
            .WithSummary("承担单位申请变更：kind 为 延期（newEndOn，累计不超过 12 个月）、变更负责人（newLeader）或 预算调剂（fromCategory、toCategory、amount 元；间接费用不得调增）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        project.MapPut("/midterm", (ClaimsPrincipal user, Guid id, MidtermRequest request, SubmitMidterm handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("SubmitProjectMidterm")
            .WithSummary("承担单位提交中期报告：进展、已使用专项经费（元，不超过已拨付）、存在问题")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        project.MapPost("/midterm/conclusion", (ClaimsPrincipal user, Guid id, ConclusionRequest request, ConcludeMidterm handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("ConcludeProjectMidterm")
            .WithSummary("中期检查结论：合格 或 限期整改（须写明整改要求）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        project.MapPost("/acceptance", (ClaimsPrincipal user, Guid id, AcceptanceRequest request, ApplyAcceptance handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("ApplyProjectAcceptance")
            .WithSummary("承担单位申请验收：验收总结和经费决算（各科目专项、自筹支出，元）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        project.MapPost("/acceptance/draw", (ClaimsPrincipal user, Guid id, AcceptanceDrawRequest request, DrawAcceptanceGroup handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("DrawAcceptanceGroup")
            .WithSummary("抽取验收专家组：与评审相同的专家库、回避规则和引擎；mode 为 random（seed 可复现）或 optimal，experts 为 3—9 的单数")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        project.MapPost("/acceptance/conclusion", (ClaimsPrincipal user, Guid id, ConclusionRequest request, ConcludeAcceptance handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("ConcludeProjectAcceptance")
            .WithSummary("验收结论：conclusion 为 通过、结题 或 不通过，comment 为专家组意见，meetingOn 为验收会议日期；不通过的承担单位按指南规定年限不得申报")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        project.MapPost("/terminate", (ClaimsPrincipal user, Guid id, TerminationRequest request, TerminateProject handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("TerminateProject")
            .WithSummary("终止项目：写明原因；ban 为 false 时（非承担单位原因）不限制其申报")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
