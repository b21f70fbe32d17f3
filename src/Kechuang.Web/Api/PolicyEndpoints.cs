using System.Security.Claims;
using Kechuang.Common.Excel;
using Kechuang.Policies;

namespace Kechuang.Web.Api;

/// <summary>GET /api/policies.</summary>
public sealed record PolicyListParameters(string? Region, int? Year, string? Q, int? Page, int? PageSize)
{
    public ListPoliciesQuery ToQuery() => new(Region, Year, Q, Page, PageSize);
}

/// <summary>The year of a clause's computation (the clause's own when not given).</summary>
public sealed record PolicyYearParameters(int? Year);

/// <summary>GET /api/policies/{code}/awards.</summary>
public sealed record PolicyAwardListParameters(int? Year, string? Status, string? Q, int? Page, int? PageSize)
{
    public ListAwardsQuery ToQuery() => new(Year, Status, Q, Page, PageSize);
}

/// <summary>GET /api/policy-awards/mine.</summary>
public sealed record MyAwardParameters(int? Page, int? PageSize);

/// <summary>GET /api/policy-ceilings.</summary>
public sealed record CeilingListParameters(string? Region);

/// <summary>An enterprise's view of one clause: the clause and what it would receive.</summary>
public sealed record OpenPolicyDto(PolicyDto Clause, PolicyPreview Preview);

public static class PolicyEndpoints
{
    public static void MapPolicyEndpoints(this RouteGroupBuilder api)
    {
        var policies = api.MapGroup("/policies").WithTags("政策兑现");
        policies.MapGet("", (ClaimsPrincipal user, [AsParameters] PolicyListParameters query, ListPolicies handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListPolicies")
            .WithSummary("政策条款列表（本辖区及覆盖本辖区的上级条款），含预算、已承诺、已批准和已兑现金额")
            .ProducesValidationProblem().ProducesProblem(403);
        policies.MapPost("", async (ClaimsPrincipal user, PolicyRequest request, CreatePolicy handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/policies/{created.Code}", created);
            })
            .WithName("CreatePolicy")
            .WithSummary("新建政策条款：条件与金额为表达式（变量见 /api/policies/variables），金额单位为元；表达式有误返回 400 并指出问题")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        policies.MapGet("/variables", () => PolicyVariables.All.Select(v => new { v.Name, v.Label, Kind = v.Kind.ToString(), v.Meaning }))
            .WithName("ListPolicyVariables")
            .WithSummary("条款表达式可用的变量（Y 为政策年度）和函数 if、Min、Max");
        policies.MapGet("/open", async (ClaimsPrincipal user, PreviewPolicy handler, CancellationToken ct) =>
                (await handler.OpenAsync(user.Caller(), ct)).Select(p => new OpenPolicyDto(p.Clause, p.Preview)))
            .WithName("ListOpenPolicies")
            .WithSummary("企业用户：覆盖本企业的政策条款及按本企业数据测算的金额和原因")
            .ProducesProblem(403);
        policies.MapGet("/{code}", (ClaimsPrincipal user, string code, GetPolicy handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), code, ct))
            .WithName("GetPolicy")
            .WithSummary("政策条款详情：当前版本、历次版本及各状态的兑现记录数")
            .ProducesProblem(403).ProducesProblem(404);
        policies.MapPut("/{code}", (ClaimsPrincipal user, string code, PolicyRequest request, UpdatePolicy handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), code, request, ct))
            .WithName("UpdatePolicy")
            .WithSummary("修改政策条款：生成新版本，已公示、批准、兑现的记录保留原版本")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        policies.MapDelete("/{code}", async (ClaimsPrincipal user, string code, DeletePolicy handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), code, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeletePolicy")
            .WithSummary("删除没有任何兑现记录的政策条款（有记录时返回 409）")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        policies.MapGet("/{code}/beneficiaries", (ClaimsPrincipal user, string code, [AsParameters] PolicyYearParameters query, ListBeneficiaries handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), code, query.Year, ct))
            .WithName("ListPolicyBeneficiaries")
            .WithSummary("受益企业测算：符合条件的企业、金额（元）和逐步追溯；缺数据或除数为零的为 unknown 并说明原因")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        policies.MapGet("/{code}/beneficiaries/export", async (ClaimsPrincipal user, string code, [AsParameters] PolicyYearParameters query, ExportBeneficiaries handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), code, query.Year, output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, $"受益企业测算-{code}.xlsx");
            })
            .WithName("ExportPolicyBeneficiaries")
            .WithSummary("受益企业测算导出为 Excel，含每个变量的取值与来源和每一步计算")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        policies.MapGet("/{code}/awards", (ClaimsPrincipal user, string code, [AsParameters] PolicyAwardListParameters query, ListAwards handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), code, query.ToQuery(), ct))
            .WithName("ListPolicyAwards")
            .WithSummary("条款某年度的兑现名单：待公示、已申请、公示中、有异议、已批准、已兑现、不予兑现")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        policies.MapPost("/{code}/awards/draft", (ClaimsPrincipal user, string code, [AsParameters] PolicyYearParameters query, DraftAwards handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), code, query.Year, ct))
            .WithName("DraftPolicyAwards")
            .WithSummary("生成兑现名单：免申即享条款列入全部符合条件的企业，其他条款列入已申请的企业；重新生成替换未公示的名单")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        policies.MapPost("/{code}/awards/publish", (ClaimsPrincipal user, string code, PublishRequest request, PublishAwards handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), code, request, ct))
            .WithName("PublishPolicyAwards")
            .WithSummary("名单进入公示：登记公示起止日期（不少于5天）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        policies.MapPost("/{code}/awards/approve", (ClaimsPrincipal user, string code, ApproveRequest request, ApproveAwards handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), code, request, ct))
            .WithName("ApprovePolicyAwards")
            .WithSummary("批准名单：公示期满且异议均已处理")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        policies.MapGet("/{code}/preview", (ClaimsPrincipal user, string code, [AsParameters] PolicyYearParameters query, PreviewPolicy handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), code, query.Year, ct))
            .WithName("PreviewPolicy")
            .WithSummary("企业用户：按本企业数据测算可获金额及追溯，申请前查看")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        policies.MapPost("/{code}/applications", async (ClaimsPrincipal user, string code, ApplyRequest request, ApplyForPolicy handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), code, request, ct);
                return TypedResults.Created($"/api/policy-awards/{created.Id}", created);
            })
            .WithName("ApplyForPolicy")
            .WithSummary("企业用户申请兑现（非免申即享条款），金额按本企业数据计算")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var awards = api.MapGroup("/policy-awards").WithTags("政策兑现");
        awards.MapGet("/mine", (ClaimsPrincipal user, [AsParameters] MyAwardParameters query, ListMyAwards handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.Page, query.PageSize, ct))
            .WithName("ListMyPolicyAwards")
            .WithSummary("企业用户：本企业的申请与兑现记录")
            .ProducesProblem(403);
        awards.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetAward handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetPolicyAward")
            .WithSummary("兑现记录详情及计算追溯（企业用户只能查看本企业的）")
            .ProducesProblem(403).ProducesProblem(404);
        awards.MapPost("/{id:guid}/refuse", (ClaimsPrincipal user, Guid id, RefuseRequest request, RefuseAward handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("RefusePolicyAward")
            .WithSummary("不予兑现（须填理由）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        awards.MapPost("/{id:guid}/objection", (ClaimsPrincipal user, Guid id, ObjectionRequest request, RecordAwardObjection handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("RecordPolicyAwardObjection")
            .WithSummary("登记公示期内收到的异议；处理前名单不能批准")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        awards.MapPost("/{id:guid}/objection/answer", (ClaimsPrincipal user, Guid id, ObjectionAnswerRequest request, AnswerAwardObjection handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("AnswerPolicyAwardObjection")
            .WithSummary("处理异议：成立则不予兑现，不成立则恢复公示")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        awards.MapPost("/{id:guid}/payment", (ClaimsPrincipal user, Guid id, PaymentRequest request, PayAward handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("PayPolicyAward")
            .WithSummary("登记兑现：日期、实付金额（不超过批准金额）和付款凭证号")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var ceilings = api.MapGroup("/policy-ceilings").WithTags("政策兑现");
        ceilings.MapGet("", (ClaimsPrincipal user, [AsParameters] CeilingListParameters query, ListPolicyCeilings handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.Region, ct))
            .WithName("ListPolicyCeilings")
            .WithSummary("各地区年度单户兑现总额度及不计入总额度的条款")
            .ProducesValidationProblem().ProducesProblem(403);
        ceilings.MapPut("", (ClaimsPrincipal user, CeilingRequest request, SavePolicyCeiling handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), request, ct))
            .WithName("SavePolicyCeiling")
            .WithSummary("设置地区某年度的单户兑现总额度（元）和不计入总额度的条款编号")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
    }
}
