using System.Security.Claims;
using Kechuang.Projects.Reviews;

namespace Kechuang.Web.Api;

public static class ProjectReviewEndpoints
{
    public static void MapProjectReviewEndpoints(this RouteGroupBuilder api)
    {
        var calls = api.MapGroup("/projects/calls/{id:guid}").WithTags("科技计划项目");
        calls.MapPost("/draw", (ClaimsPrincipal user, Guid id, DrawRequest request, DrawReviewers handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("DrawProjectReviewers")
            .WithSummary("为指南下形式审查通过的申报书抽取评审专家：mode 为 random（随机抽取，含备选，seed 可复现）、optimal（最优匹配）或 randomised（限概率最优，maxProbability）；不能全部配齐时不作任何分配并说明原因")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        calls.MapGet("/review", (ClaimsPrincipal user, Guid id, GetCallReview handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetProjectCallReview")
            .WithSummary("评审结果：每项申报书的专家、得分、均分、极差、离群分、排名和核定经费，以及抽取记录（方式、种子、引擎版本）")
            .ProducesProblem(403).ProducesProblem(404);
        calls.MapPost("/publicity", (ClaimsPrincipal user, Guid id, PublicityRequest request, PublishPublicity handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("PublishProjectPublicity")
            .WithSummary("发布立项公示：核定经费大于 0 的为拟立项，其余为未立项；公示期自 from（默认今天）起 days 个工作日（默认 5）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        calls.MapPost("/approve", (ClaimsPrincipal user, Guid id, ApprovalRequest? request, ApproveProjects handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request ?? new ApprovalRequest(null, null), ct))
            .WithName("ApproveProjects")
            .WithSummary("公示期满后立项：拟立项的项目转为已立项；approvedOn 为立项文件日期（默认今天，须在公示期后），documentNumber 为立项文号")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        calls.MapGet("/objections", (ClaimsPrincipal user, Guid id, ListObjections handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), id, ct))
            .WithName("ListPublicityObjections")
            .WithSummary("立项公示期间收到的异议及处理情况")
            .ProducesProblem(404);
        calls.MapPost("/objections", (ClaimsPrincipal user, Guid id, ObjectionRequest request, RecordObjection handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("RecordPublicityObjection")
            .WithSummary("登记公示异议：applicationId（拟立项项目）、receivedOn（公示期内）、raisedBy、content；异议处理完才能立项")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapPut("/projects/objections/{id:guid}", (ClaimsPrincipal user, Guid id, ObjectionHandling request, HandleObjection handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithTags("科技计划项目")
            .WithName("HandlePublicityObjection")
            .WithSummary("处理公示异议：handling 处理意见，upheld 为 true 时该项目不予立项")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapPut("/projects/applications/{id:guid}/funding", (ClaimsPrincipal user, Guid id, FundingRequest request, SetFunding handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithTags("科技计划项目")
            .WithName("SetProjectFunding")
            .WithSummary("财务评审与核定经费：按预算科目核定专项经费（元，不超过申请数），合计不超过单项上限和指南总经费")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var reviews = api.MapGroup("/reviews").WithTags("专家评审");
        reviews.MapGet("/", (ClaimsPrincipal user, ListMyReviews handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), ct))
            .WithName("ListMyReviews")
            .WithSummary("评审专家本人的评审任务")
            .ProducesProblem(403);
        reviews.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetReview handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetReview")
            .WithSummary("评审任务详情：申报书、评审表和本人的评分；不是分给本人的任务返回 404")
            .ProducesProblem(404);
        reviews.MapPost("/{id:guid}/accept", (ClaimsPrincipal user, Guid id, AcceptReview handler, CancellationToken ct) => handler.HandleAsync(user.Caller(), id, ct))
            .WithName("AcceptReview")
            .WithSummary("确认参加评审")
            .ProducesProblem(404).ProducesProblem(409);
        reviews.MapPost("/{id:guid}/decline", (ClaimsPrincipal user, Guid id, DeclineRequest request, DeclineReview handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("DeclineReview")
            .WithSummary("拒绝评审或声明回避（conflict 为 true）：立即从备选或专家库补抽一人，其他分配不变")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        reviews.MapPut("/{id:guid}/scores", (ClaimsPrincipal user, Guid id, ScoreRequest request, ScoreReview handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("ScoreReview")
            .WithSummary("按评审表逐项打分（0 至该项满分）并填写评审意见；submit 为 true 时提交，提交后不能修改")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }
}
