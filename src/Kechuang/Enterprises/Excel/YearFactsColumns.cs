using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

/// <summary>The 年度经营数据 sheet: one row per enterprise and year, money in yuan; the expert scores are optional.</summary>
public static class YearFactsColumns
{
    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("统一社会信用代码", "uscc", Required: true, Width: 22),
        new("年度", "year", Required: true, Width: 8),
        new("从业人员数", "staff", Required: true),
        new("科技人员数", "techStaff", Required: true),
        Money("销售收入（元）", "salesRevenue", required: true),
        Money("总收入（元）", "totalIncome", required: true),
        Money("高新技术产品（服务）收入（元）", "highTechIncome", required: true),
        Money("研发费用（元）", "rdExpense", required: true),
        Money("境内研发费用（元）", "rdExpenseDomestic", required: true),
        Money("成本费用总额（元）", "totalCostsAndExpenses", required: true),
        Money("资产总额（元）", "totalAssets", required: true),
        Money("净资产（元）", "netAssets", required: false),
        new("I类知识产权数", "classOneIp"),
        new("II类知识产权数", "classTwoIp"),
        new("科技成果转化数", "conversions"),
        new("重大安全质量环境违法", "majorViolation", Width: 12),
        new("知识产权技术先进程度得分", "ipAdvancement", Width: 12),
        new("知识产权核心支持作用得分", "ipCoreRole", Width: 12),
        new("知识产权是否自主研发", "ipOwnRd", Width: 12),
        new("研发组织管理水平得分", "rdManagement", Width: 12),
    ];

    private static ExcelColumn Money(string header, string field, bool required) =>
        new(header, field, required, Width: 18, Format: ExcelColumn.MoneyFormat);

    internal static Dictionary<string, object?> Example() => new()
    {
        ["uscc"] = ImportTemplates.ExampleUscc,
        ["year"] = 2024,
        ["staff"] = 120,
        ["techStaff"] = 25,
        ["salesRevenue"] = 30_000_000m,
        ["totalIncome"] = 31_000_000m,
        ["highTechIncome"] = 21_000_000m,
        ["rdExpense"] = 1_800_000m,
        ["rdExpenseDomestic"] = 1_800_000m,
        ["totalCostsAndExpenses"] = 24_000_000m,
        ["totalAssets"] = 50_000_000m,
        ["netAssets"] = 20_000_000m,
        ["classOneIp"] = 1,
        ["classTwoIp"] = 5,
        ["conversions"] = 3,
        ["majorViolation"] = "否",
    };
}
