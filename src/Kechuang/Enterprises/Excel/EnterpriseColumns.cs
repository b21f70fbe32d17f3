using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

/// <summary>The enterprise sheet: import, export and template share these headers, so an export can be re-imported.</summary>
public static class EnterpriseColumns
{
    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("企业名称", "name", Required: true, Width: 32),
        new("统一社会信用代码", "uscc", Required: true, Width: 22),
        new("所属区县代码", "regionCode", Required: true),
        new("乡镇街道代码", "townCode"),
        new("地址", "address", Width: 32),
        new("行业代码", "industryCode", Width: 10),
        new("成立日期", "foundedOn", Required: true, Format: ExcelColumn.DateFormat),
        new("是否规上", "aboveScale", Width: 10),
        new("技术领域", "technologyField", Width: 18),
        new("联系人", "contactName", Width: 10),
        new("联系电话", "contactPhone", Width: 16),
        new("电子邮箱", "contactEmail", Width: 24),
    ];

    internal static Dictionary<string, object?> Values(Enterprise e) => new()
    {
        ["name"] = e.Name,
        ["uscc"] = e.Uscc,
        ["regionCode"] = e.RegionCode,
        ["townCode"] = e.TownCode,
        ["address"] = e.Address,
        ["industryCode"] = e.IndustryCode,
        ["foundedOn"] = e.FoundedOn,
        ["aboveScale"] = CellValues.YesNo(e.AboveScale),
        ["technologyField"] = e.TechnologyField,
        ["contactName"] = e.ContactName,
        ["contactPhone"] = e.ContactPhone,
        ["contactEmail"] = e.ContactEmail,
    };

    internal static Dictionary<string, object?> Example() => new()
    {
        ["name"] = "示例科技有限公司（示例行，导入前请删除）",
        ["uscc"] = ImportTemplates.ExampleUscc,
        ["regionCode"] = "330326",
        ["townCode"] = "330326100",
        ["address"] = "平阳县昆阳镇示例路1号",
        ["industryCode"] = "C3981",
        ["foundedOn"] = new DateOnly(2018, 5, 20),
        ["aboveScale"] = "是",
        ["technologyField"] = "电子信息",
        ["contactName"] = "张三",
        ["contactPhone"] = "0577-63712345",
        ["contactEmail"] = "zhangsan@example.com",
    };
}
