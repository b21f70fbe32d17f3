using AntDesign;
using Kechuang.Common;
using Kechuang.Enterprises.Rules;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Web.Components.Pages.Enterprises;

/// <summary>The Chinese names and colours the enterprise and cultivation pages show for codes the rules return.</summary>
public static class EnterpriseText
{
    public static string HteCondition(string code) => code switch
    {
        "registeredOneYear" => "注册成立满一年",
        "coreIp" => "拥有核心自主知识产权",
        "supportedField" => "属于国家重点支持领域",
        "techStaffShare" => "科技人员占比≥10%",
        "rdExpenseRatio" => "研发费用占比",
        "rdDomesticShare" => "境内研发费用占比≥60%",
        "highTechIncomeShare" => "高新技术产品（服务）收入占比≥60%",
        "innovationScore" => "创新能力评价≥71分",
        "noMajorViolation" => "近一年无重大违法行为",
        _ => code,
    };

    /// <summary>The R&amp;D ratio's threshold depends on sales (5%, 4% or 3%), so its name carries the one applied.</summary>
    public static string HteCondition(Condition condition) =>
        condition is { Code: "rdExpenseRatio", Required: { } required }
            ? "研发费用占比≥" + Zh.Percent(required, 0)
            : HteCondition(condition.Code);

    public static string TechSmeCondition(string code) => code switch
    {
        "staffLimit" => "职工总数≤500人",
        "salesLimit" => "年销售收入≤2亿元",
        "assetsLimit" => "资产总额≤2亿元",
        "noMajorViolation" => "无重大违法及科研严重失信行为",
        "score" => "综合评价得分≥60分",
        "techStaffPoints" => "科技人员指标得分>0分",
        _ => code,
    };

    /// <summary>HTE innovation-score parts with their full marks (工作指引 四(二)).</summary>
    public static (string Name, int Max) HtePart(string code) => code switch
    {
        "ip" => ("知识产权", 30),
        "conversion" => ("科技成果转化能力", 30),
        "rdManagement" => ("研究开发组织管理水平", 20),
        "growth" => ("企业成长性", 20),
        _ => (code, 0),
    };

    /// <summary>Tech-SME score parts with their full marks (评价办法 第七条).</summary>
    public static (string Name, int Max) TechSmePart(string code) => code switch
    {
        "techStaff" => ("科技人员", 20),
        "rd" => ("研发投入", 50),
        "ip" => ("科技成果（知识产权）", 30),
        _ => (code, 0),
    };

    public static string HteVerdict(string verdict) => verdict switch
    {
        Verdicts.Eligible => "符合认定条件",
        Verdicts.Undecided => "待专家评定",
        _ => "不符合认定条件",
    };

    public static string ShortVerdict(string verdict) => verdict switch
    {
        Verdicts.Eligible => "符合",
        Verdicts.Undecided => "待专家评定",
        _ => "不符合",
    };

    public static TagColor VerdictColor(string verdict) => verdict switch
    {
        Verdicts.Eligible => TagColor.Green,
        Verdicts.Undecided => TagColor.Orange,
        _ => TagColor.Red,
    };

    public static TagColor QualificationColor(string status) => status switch
    {
        "有效" => TagColor.Green,
        "已撤销" => TagColor.Red,
        "未生效" => TagColor.Blue,
        _ => TagColor.Default,
    };

    public static string Range(int min, int max) => min == max
        ? min.ToString(Zh.Culture)
        : $"{min.ToString(Zh.Culture)}–{max.ToString(Zh.Culture)}";

    /// <summary>Yuan as 万元 with two decimals and no unit, for table cells whose header names the unit.</summary>
    public static string Wan(decimal yuan) => (yuan / 10_000m).ToString("N2", Zh.Culture);

    /// <summary>A share for display; "—" when the denominator is zero.</summary>
    public static string Share(decimal part, decimal whole) => whole <= 0 ? "—" : Zh.Percent(part / whole);

    /// <summary>A rule message without its closing explanation in full-width brackets, for compact lists.</summary>
    public static string Compact(string message)
    {
        var text = message.Trim();
        if (text.EndsWith('）'))
        {
            var open = text.LastIndexOf('（');
            if (open > 0)
            {
                text = text[..open];
            }
        }
        return text;
    }

    /// <summary>"全部区县" under a prefecture, "全部地市" under a province, "全部省份" for the whole country.</summary>
    public static string RegionFilterPlaceholder(IReadOnlyList<RegionDto> regions) => regions.FirstOrDefault()?.Level switch
    {
        "province" => "全部省份",
        "prefecture" => "全部地市",
        _ => "全部区县",
    };

    /// <summary>Admins and staff keep the register; leaders read it.</summary>
    public static bool IsBureauEditor(Caller caller) => caller.IsIn(Roles.Admin) || caller.IsIn(Roles.Staff);

    /// <summary>An enterprise user without a bureau role: sees and reports only its own enterprise.</summary>
    public static bool IsEnterpriseOnly(Caller caller) => caller.IsIn(Roles.Enterprise) && !IsBureauEditor(caller);

    public static bool CanEdit(Caller caller) => IsBureauEditor(caller) || caller.IsIn(Roles.Enterprise);

    public static bool IsBureau(Caller caller) => IsBureauEditor(caller) || caller.IsIn(Roles.Leader);
}
