using System.Text.Json;
using Kechuang.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kechuang.Web.Hosting;

/// <summary>
/// What the OpenAPI document needs for a generated client (ADR 0012): the bearer scheme and which operations
/// require it, a description per tag, query names in camelCase and the old name <c>regionCode</c> marked deprecated.
/// </summary>
internal static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";
    private const string FormFile = "IFormFile";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["登录"] = "用户名和密码换取访问令牌",
        ["行政区划"] = "全国行政区划（省、市、县、乡镇）",
        ["用户管理"] = "本辖区的账号、角色与密码",
        ["审计日志"] = "谁在何时修改了什么",
        ["企业档案"] = "企业名录、年度经营数据、资质与 Excel 导入导出",
        ["企业培育"] = "高新技术企业与科技型中小企业的评估和培育库",
        ["考核指标"] = "指标目录、目标任务、月度数据与完成情况",
        ["技术合同登记"] = "技术合同认定登记与统计",
        ["孵化载体"] = "众创空间、孵化器、加速器、科技园、星创天地及其孵化空间面积",
        ["研发平台"] = "企业研究院、企业研发中心、重点实验室等研发平台的认定、升级与年度评价",
        ["科技特派员"] = "省级、市级、县级个人和团队科技特派员，服务的乡镇及镇村覆盖",
        ["创新券"] = "创新券专项、发放与申请审核、服务机构、兑现（补助比例、余额和企业年度额度取小，四舍五入到分）及余额变动",
        ["科技金融"] = "科技贷、担保、科技保险、风险池补偿与贴息记录，按银行和月份汇总",
        ["防震减灾"] = "建设工程抗震设防要求审批（到期日按工作日计算）、监测台站与地震应急演练",
        ["政策兑现"] = "政策条款（条件与金额为表达式，修改即生成新版本）、受益企业测算与逐元追溯、免申即享名单公示批准兑现、企业申请、年度总额度",
        ["科普活动"] = "科技活动周、科普日、科普活动、科技下乡和科技培训（参与人次、活动照片），科普基地",
        ["创新创业大赛"] = "创新创业大赛的参赛项目、赛程与得分、从专家库随机抽取的评委（回避规则、随机种子）和获奖",
        ["知识产权"] = "企业专利（申请号校验位核验、专利局清单导入导出）、每万人发明专利拥有量与常住人口、注册商标和侵权纠纷登记",
        ["人才"] = "人才计划（国家级、省级、市级、县级）申报入选与资助、年度考核，企业招引研究生和博士后，外国专家工作许可",
        ["工作日历"] = "国务院办公厅节假日安排：节假日、调休上班日与区间内的工作日",
        ["通知公告"] = "科技局向企业发布通知（全部企业、资质企业、培育库或指定企业），已读回执与企业回复，无需登录的公开信息",
        ["消息"] = "站内消息、邮件和短信的发件箱：失败重试（指数退避）与发送记录，到期提醒",
        ["工作总结"] = "由数据起草的工作总结",
        ["技术市场"] = "产学研技术市场：企业技术需求、科技成果的登记与审核发布，需求、成果、专家的检索与推荐，经纪人对推荐的确认与否决，对接活动，合作项目及其到账与跟进",
    };

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "科创 Kechuang API";
            document.Info.Description = "科技局工作平台的 REST API；错误均为 ProblemDetails（application/problem+json）。";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "POST /api/auth/token 得到的 accessToken，两小时有效",
            };
            document.Tags = new HashSet<OpenApiTag>(TagDescriptions.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
            // The server's own address ends in '/', which would double the slash before every path.
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }
            document.Components.Schemas?.Remove(FormFile);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
            }
            else
            {
                operation.Security = [];
            }
            InlineUploads(operation);
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
            {
                // [AsParameters] records name their query values in PascalCase; binding ignores case, the document says camelCase.
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
                if (parameter.Name == RegionAlias.OldName)
                {
                    parameter.Deprecated = true;
                    parameter.Description = "旧名，同 region；将在下一版本移除";
                }
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// An uploaded file inline as {type: string, format: binary} rather than a $ref to "IFormFile": generators
    /// (NSwag) recognise a file upload only there.
    /// </summary>
    private static void InlineUploads(OpenApiOperation operation)
    {
        foreach (var form in operation.RequestBody?.Content?.Values ?? [])
        {
            var fields = form.Schema?.Properties;
            foreach (var (name, field) in fields?.ToList() ?? [])
            {
                if (field is OpenApiSchemaReference { Reference.Id: FormFile })
                {
                    fields![name] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                }
            }
        }
    }
}
