using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Talent;
using Kechuang.Talent.Excel;

namespace Kechuang.Web.Api;

/// <summary>GET /api/talent/programmes.</summary>
public sealed record ProgrammeListParameters(bool? All);

/// <summary>GET /api/talent/awards and its export.</summary>
public sealed record AwardListParameters(string? Region, Guid? ProgrammeId, string? Level, string? Status, int? Year, string? Q, int? Page, int? PageSize)
{
    public ListTalentAwardsQuery ToQuery() => new(Region, ProgrammeId, Level, Status, Year, Q, Page, PageSize);
}

/// <summary>GET /api/talent/recruits and its export.</summary>
public sealed record RecruitListParameters(string? Region, Guid? EnterpriseId, string? Degree, int? Year, string? Q, int? Page, int? PageSize)
{
    public ListRecruitsQuery ToQuery() => new(Region, EnterpriseId, Degree, Year, Q, Page, PageSize);
}

/// <summary>GET /api/talent/experts and its export.</summary>
public sealed record ForeignExpertListParameters(string? Region, string? Category, bool? Expiring, bool? Valid, string? Q, int? Page, int? PageSize)
{
    public ListExpertsQuery ToQuery() => new(Region, Category, Expiring, Valid, Q, Page, PageSize);
}

/// <summary>GET /api/talent/figures.</summary>
public sealed record TalentFigureParameters(string? Region, int? Year);

/// <summary>人才 (docs/domain.md §7.7): programmes, applications and awards, recruited postgraduates and postdocs, foreign experts, figures.</summary>
public static class TalentEndpoints
{
    public static void MapTalentEndpoints(this RouteGroupBuilder api)
    {
        var talent = api.MapGroup("/talent").WithTags("人才");
        talent.MapGet("/programmes", (ClaimsPrincipal user, [AsParameters] ProgrammeListParameters query, ListProgrammes handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.All ?? false, ct))
            .WithName("ListTalentProgrammes")
            .WithSummary("与本辖区有关的人才计划（国家级、省级、市级、县级），all=true 含已停止申报的")
            .ProducesProblem(403);
        talent.MapPost("/programmes", async (ClaimsPrincipal user, ProgrammeRequest request, SaveProgramme handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/talent/programmes/{created.Id}", created);
            })
            .WithName("CreateTalentProgramme")
            .WithSummary("新增人才计划（级别由实施地区决定；每年资助标准以元计），管理员")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        talent.MapPut("/programmes/{id:guid}", (ClaimsPrincipal user, Guid id, ProgrammeRequest request, SaveProgramme handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateTalentProgramme")
            .WithSummary("修改人才计划或停止申报，管理员")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        talent.MapDelete("/programmes/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteProgramme handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTalentProgramme")
            .WithSummary("删除误建的人才计划（已有申报的返回 409，请改为停止申报），管理员")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        talent.MapGet("/awards", (ClaimsPrincipal user, [AsParameters] AwardListParameters query, ListTalentAwards handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListTalentAwards")
            .WithSummary("人才计划申报与入选（含个人信息，仅科技局）：按计划、级别、状态、年份筛选，q 查姓名、用人单位或专业领域")
            .ProducesValidationProblem().ProducesProblem(403);
        talent.MapPost("/awards", async (ClaimsPrincipal user, AwardRequest request, SaveAward handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/talent/awards/{created.Id}", created);
            })
            .WithName("CreateTalentAward")
            .WithSummary("登记人才计划申报（企业库中的企业或事业单位）；入选的填写评审结果日期，资助经费默认按计划标准")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        talent.MapGet("/awards/export", async (ClaimsPrincipal user, [AsParameters] AwardListParameters query, ExportAwards handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "人才计划申报与入选.xlsx");
            })
            .WithName("ExportTalentAwards")
            .WithSummary("人才计划申报与入选导出为 Excel（筛选同列表）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        talent.MapGet("/awards/{id:guid}", (ClaimsPrincipal user, Guid id, GetTalentAward handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetTalentAward")
            .WithSummary("人才申报详情（含个人信息，仅本辖区科技局；其他账号 404）")
            .ProducesProblem(404);
        talent.MapPut("/awards/{id:guid}", (ClaimsPrincipal user, Guid id, AwardRequest request, SaveAward handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateTalentAward")
            .WithSummary("修改人才申报（评审结果、资助与拨付经费）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        talent.MapDelete("/awards/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteAward handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTalentAward")
            .WithSummary("删除误登记的人才申报（连同年度考核）")
            .ProducesProblem(403).ProducesProblem(404);
        talent.MapPost("/awards/{id:guid}/checks", (ClaimsPrincipal user, Guid id, CheckRequest request, RecordCheck handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("RecordTalentCheck")
            .WithSummary("登记入选人才的年度考核（合格/不合格及日期；同一年度再次登记覆盖原结果）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        talent.MapGet("/recruits", (ClaimsPrincipal user, [AsParameters] RecruitListParameters query, ListRecruits handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListTalentRecruits")
            .WithSummary("企业招引的研究生和博士后：按企业、学历（硕士/博士/博士后）、年份筛选，q 查姓名、企业、院校或专业；企业账号只见本企业")
            .ProducesValidationProblem().ProducesProblem(403);
        talent.MapPost("/recruits", async (ClaimsPrincipal user, RecruitRequest request, SaveRecruit handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/talent/recruits/{created.Id}", created);
            })
            .WithName("CreateTalentRecruit")
            .WithSummary("填报企业招引的研究生或博士后（企业账号可不填 enterpriseId，即本企业）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        talent.MapGet("/recruits/export", async (ClaimsPrincipal user, [AsParameters] RecruitListParameters query, ExportRecruits handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "人才招引.xlsx");
            })
            .WithName("ExportTalentRecruits")
            .WithSummary("人才招引导出为 Excel（列同导入模板）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        talent.MapPost("/recruits/import", async (ClaimsPrincipal user, IFormFile? file, bool? dryRun, bool? keepGoodRows, ImportRecruits handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new ValidationFailedException("file", "请用表单字段 file 上传 .xlsx 文件");
                }
                await using var input = file.OpenReadStream();
                return await handler.HandleAsync(user.Caller(), input, new ImportOptions(dryRun ?? false, keepGoodRows ?? false), null, ct);
            })
            .Upload(api.Limits().Registers)
            .WithName("ImportTalentRecruits")
            .WithSummary("批量导入企业招引的研究生和博士后（.xlsx）；默认有错误行则全部不导入，错误列出行和列")
            .ProducesValidationProblem().ProducesProblem(403);
        talent.MapGet("/recruits/import/template", () => Results.File(TalentColumns.RecruitTemplate(), XlsxFile.ContentType, "人才招引导入模板.xlsx"))
            .WithName("GetTalentRecruitImportTemplate")
            .WithSummary("下载人才招引导入模板（列名和一行示例）");
        talent.MapGet("/recruits/{id:guid}", (ClaimsPrincipal user, Guid id, GetRecruit handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, ct))
            .WithName("GetTalentRecruit")
            .WithSummary("人才招引详情（企业账号只能看本企业的）")
            .ProducesProblem(403).ProducesProblem(404);
        talent.MapPut("/recruits/{id:guid}", (ClaimsPrincipal user, Guid id, RecruitRequest request, SaveRecruit handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateTalentRecruit")
            .WithSummary("修改人才招引")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        talent.MapDelete("/recruits/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteRecruit handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTalentRecruit")
            .WithSummary("删除误填报的人才招引")
            .ProducesProblem(403).ProducesProblem(404);

        talent.MapGet("/experts", (ClaimsPrincipal user, [AsParameters] ForeignExpertListParameters query, ListForeignExperts handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.ToQuery(), ct))
            .WithName("ListForeignExperts")
            .WithSummary("外国专家（工作许可 A/B/C 类）：expiring=true 为60天内到期的工作许可，valid=true 为今天有效的，q 查姓名、单位或国籍")
            .ProducesValidationProblem().ProducesProblem(403);
        talent.MapPost("/experts", async (ClaimsPrincipal user, ExpertRequest request, SaveForeignExpert handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(user.Caller(), null, request, ct);
                return TypedResults.Created($"/api/talent/experts/{created.Id}", created);
            })
            .WithName("CreateForeignExpert")
            .WithSummary("登记外国专家及其工作许可")
            .ProducesValidationProblem().ProducesProblem(403);
        talent.MapGet("/experts/export", async (ClaimsPrincipal user, [AsParameters] ForeignExpertListParameters query, ExportForeignExperts handler, CancellationToken ct) =>
            {
                var output = new MemoryStream();
                await handler.HandleAsync(user.Caller(), query.ToQuery(), output, ct);
                return Results.File(output.ToArray(), XlsxFile.ContentType, "外国专家.xlsx");
            })
            .WithName("ExportForeignExperts")
            .WithSummary("外国专家导出为 Excel（筛选同列表）")
            .Produces(200, contentType: XlsxFile.ContentType)
            .ProducesValidationProblem().ProducesProblem(403);
        talent.MapPut("/experts/{id:guid}", (ClaimsPrincipal user, Guid id, ExpertRequest request, SaveForeignExpert handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), id, request, ct))
            .WithName("UpdateForeignExpert")
            .WithSummary("修改外国专家（续签工作许可）")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        talent.MapDelete("/experts/{id:guid}", async (ClaimsPrincipal user, Guid id, DeleteForeignExpert handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteForeignExpert")
            .WithSummary("删除误登记的外国专家")
            .ProducesProblem(403).ProducesProblem(404);

        talent.MapGet("/figures", (ClaimsPrincipal user, [AsParameters] TalentFigureParameters query, GetTalentFigures handler, CancellationToken ct) =>
                handler.HandleAsync(user.Caller(), query.Region, query.Year, ct))
            .WithName("GetTalentFigures")
            .WithSummary("分地区、分计划的人才数据：各级人才计划入选人数、资助与拨付经费、招引硕士/博士/博士后、有效工作许可的外国专家")
            .ProducesValidationProblem().ProducesProblem(403);
    }
}
