using System.Security.Claims;
using Kechuang.Common.Excel;
using Kechuang.Vouchers;

namespace Kechuang.Web.Api;

/// <summary>GET /api/vouchers and its export.</summary>
public sealed record VoucherListParameters(string? Region, string? Status, Guid? ProgrammeId, string? Q, int? Page, int? PageSize)
{
    public ListVouchersQuery ToQuery() => new(Region, Status, ProgrammeId, Q, Page, PageSize);
}

/// <summary>GET /api/voucher-redemptions and its export.</summary>
public sealed record RedemptionListParameters(string? Region, int? Year, Guid? ProviderId, string? Q, int? Page, int? PageSize)
{
    public ListRedemptionsQuery ToQuery() => new(Region, Year, ProviderId, Q, Page, PageSize);
}

/// <summary>GET /api/voucher-programmes.</summary>
public sealed record VoucherProgrammeListParameters(string? Region, int? Year);

/// <summary>GET /api/voucher-providers.</summary>
public sealed record ProviderListParameters(string? Region, string? Q);

/// <summary>POST /api/vouchers/{id}/cancel.</summary>
public sealed record VoucherCancelRequest(string? Reason);

public static class VoucherEndpoints
{
    public static void MapVoucherEndpoints(this RouteGroupBuilder api)
    {
        var programmes = api.MapGroup("/voucher-programmes").WithTags("创新券");
        programmes.MapGet("", (ClaimsPrincipal user, [AsParameters] VoucherProgrammeListParameters query, ListProgrammes handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.Region, query.Year, ct))
            .WithName("ListVoucherProgrammes")
            .WithSummary("创新券专项：总额、每家企业年度上限、补助比例、有效期，已发放和已兑现金额")
            .ProducesValidationProblem().ProducesProblem(403);
        programmes.MapPost("", async (ClaimsPrincipal user, ProgrammeRequest request, SaveProgramme handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/voucher-programmes/{created.Id}", created);
            })
            .WithName("CreateVoucherProgramme")
            .WithSummary("设立创新券专项（补助比例默认50%）")
            .ProducesValidationProblem().ProducesProblem(403);
        programmes.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, ProgrammeRequest request, SaveProgramme handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateVoucherProgramme")
            .WithSummary("修改创新券专项；总额不能低于已发放金额")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        programmes.MapDelete("/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteProgramme handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteVoucherProgramme")
            .WithSummary("删除误设立的专项（已发券的不能删除，409）")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        programmes.MapPost("/{id:guid}/issue-techsme", (ClaimsPrincipal user, Guid id, IssueToTechSmes handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("IssueVouchersToTechSmes")
            .WithSummary("免申即享：向本县科技型中小企业（今日有效）各发放一张专项创新券，已持有的跳过")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var vouchers = api.MapGroup("/vouchers").WithTags("创新券");
        vouchers.MapGet("", (ClaimsPrincipal user, [AsParameters] VoucherListParameters query, ListVouchers handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListVouchers")
            .WithSummary("创新券列表（企业用户只看本企业的）：按状态、专项筛选，按券号或企业全称查找")
            .ProducesValidationProblem().ProducesProblem(403);
        vouchers.MapPost("", async (ClaimsPrincipal user, VoucherRequest request, IssueVoucher handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/vouchers/{created.Id}", created);
            })
            .WithName("IssueVoucher")
            .WithSummary("发放创新券（科室人员直接发放，余额即面额）或企业申请（待审核，余额0）；金额为元")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        vouchers.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] VoucherListParameters query, ExportVouchers handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "创新券发放台账.xlsx");
            })
            .WithName("ExportVouchers")
            .WithSummary("创新券发放台账导出为 Excel（筛选同列表）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        vouchers.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, GetVoucher handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetVoucher")
            .WithSummary("创新券详情：余额变动记录和兑现记录；其他企业的券返回 404")
            .ProducesProblem(403).ProducesProblem(404);
        vouchers.MapPost("/{id:guid}/decide", (ClaimsPrincipal user, Guid id, VoucherDecisionRequest request, DecideVoucher handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("DecideVoucher")
            .WithSummary("审核企业的创新券申请：通过（生效）或驳回（须填理由）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        vouchers.MapPost("/{id:guid}/cancel", (ClaimsPrincipal user, Guid id, VoucherCancelRequest request, CancelVoucher handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request.Reason, ct))
            .WithName("CancelVoucher")
            .WithSummary("作废创新券：已兑现的保留，余额不再使用")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        vouchers.MapPost("/{id:guid}/redemptions", async (ClaimsPrincipal user, Guid id, RedemptionRequest request, Redeem handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(user.Caller(), id, request, ct);
                return TypedResults.Created($"/api/vouchers/{id}", result);
            })
            .WithName("RedeemVoucher")
            .WithSummary("兑现：抵扣 = min(补助比例×合同金额, 余额, 企业年度剩余额度)，四舍五入到分；过期 400，关联机构或发票重复 409")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var redemptions = api.MapGroup("/voucher-redemptions").WithTags("创新券");
        redemptions.MapGet("", (ClaimsPrincipal user, [AsParameters] RedemptionListParameters query, ListRedemptions handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListVoucherRedemptions")
            .WithSummary("创新券兑现台账：按服务年度、服务机构筛选，按发票号码或企业全称查找")
            .ProducesValidationProblem().ProducesProblem(403);
        redemptions.MapGet("/export", async (ClaimsPrincipal user, [AsParameters] RedemptionListParameters query, ExportRedemptions handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "创新券兑现台账.xlsx");
            })
            .WithName("ExportVoucherRedemptions")
            .WithSummary("创新券兑现台账导出为 Excel（筛选同列表）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);

        var providers = api.MapGroup("/voucher-providers").WithTags("创新券");
        providers.MapGet("", (ClaimsPrincipal user, [AsParameters] ProviderListParameters query, ListProviders handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.Region, query.Q, ct))
            .WithName("ListVoucherProviders")
            .WithSummary("创新券服务机构：服务项目和价格、申报的关联企业、已兑现金额")
            .ProducesValidationProblem().ProducesProblem(403);
        providers.MapPost("", async (ClaimsPrincipal user, ProviderRequest request, SaveProvider handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/voucher-providers/{created.Id}", created);
            })
            .WithName("CreateVoucherProvider")
            .WithSummary("登记服务机构（统一社会信用代码按 GB 32100 校验；科技局登记即核准，可改为待核准）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        providers.MapGet("/mine/redemptions", (ClaimsPrincipal user, ProviderRedemptions handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), ct))
            .WithName("ListOwnProviderRedemptions")
            .WithSummary("服务机构查看本机构的兑现记录：以统一社会信用代码相同的企业账号登录")
            .ProducesProblem(403);
        providers.MapGet("/{id:guid}", (ClaimsPrincipal user, Guid id, ListProviders handler, CancellationToken ct) =>
            handler.OneAsync(user.Caller(), id, ct))
            .WithName("GetVoucherProvider")
            .WithSummary("服务机构详情")
            .ProducesProblem(403).ProducesProblem(404);
        providers.MapPut("/{id:guid}", (ClaimsPrincipal user, Guid id, ProviderRequest request, SaveProvider handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateVoucherProvider")
            .WithSummary("修改服务机构：核准状态、服务项目和价格、关联企业（给出即整体替换）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
