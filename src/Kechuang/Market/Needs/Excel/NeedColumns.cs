using System.Globalization;
using Kechuang.Common.Excel;

namespace Kechuang.Market.Needs.Excel;

/// <summary>
/// The 企业技术需求 sheet, for import and export alike (docs/domain.md §7.1): one row per need, the enterprise by its
/// 统一社会信用代码; keywords separated by 、 or ；. 企业名称 and 审核状态 are written for the reader and not read back.
/// </summary>
public static class NeedColumns
{
    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("企业统一社会信用代码", "uscc", Required: true, Width: 22),
        new("企业名称", "enterpriseName", Width: 26),
        new("需求名称", "title", Required: true, Width: 30),
        new("问题描述", "description", Width: 50),
        new("技术指标", "targetParameters", Width: 30),
        new("技术领域", "field", Width: 14),
        new("关键词", "keywords", Width: 24),
        new("预算下限（元）", "budgetMin", Width: 14),
        new("预算上限（元）", "budgetMax", Width: 14),
        new("合作方式", "cooperationMode", Required: true, Width: 10),
        new("截止日期", "deadline", Width: 12),
        new("需求状态", "status", Width: 10),
        new("审核状态", "review", Width: 10),
    ];

    public static Dictionary<string, object?> Row(NeedDto n, string? uscc) => new()
    {
        ["uscc"] = uscc, ["enterpriseName"] = n.EnterpriseName, ["title"] = n.Title, ["description"] = n.Description,
        ["targetParameters"] = n.TargetParameters, ["field"] = n.Field, ["keywords"] = string.Join("、", n.Keywords),
        ["budgetMin"] = n.BudgetMin, ["budgetMax"] = n.BudgetMax, ["cooperationMode"] = n.CooperationMode,
        ["deadline"] = n.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["status"] = n.Status, ["review"] = n.Review,
    };

    public static byte[] Template()
    {
        using var output = new MemoryStream();
        ExcelOutput.Write(output, "企业技术需求", All,
        [
            new Dictionary<string, object?>
            {
                ["uscc"] = "91330326MA2XXXXXXX", ["enterpriseName"] = "平阳某某机械有限公司", ["title"] = "注塑件表面缺陷在线视觉检测",
                ["description"] = "注塑外壳表面缩痕、飞边靠人工目检，漏检率高", ["targetParameters"] = "检出率≥99%，节拍≤2秒/件", ["field"] = "智能装备",
                ["keywords"] = "机器视觉、缺陷检测、注塑", ["budgetMin"] = 200000m, ["budgetMax"] = 500000m, ["cooperationMode"] = "技术开发",
                ["deadline"] = "2027-06-30", ["status"] = MarketWords.Open, ["review"] = null,
            },
        ]);
        return output.ToArray();
    }
}
