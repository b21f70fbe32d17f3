using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

/// <summary>The 资质 sheet; a blank 有效期至 takes the type's default (高新技术企业: 3 years from issue).</summary>
public static class QualificationColumns
{
    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("统一社会信用代码", "uscc", Required: true, Width: 22),
        new("资质类型", "type", Required: true, Width: 20),
        new("证书编号", "number", Required: true, Width: 20),
        new("发证日期", "issuedOn", Required: true, Format: ExcelColumn.DateFormat),
        new("有效期至", "expiresOn", Format: ExcelColumn.DateFormat),
    ];

    internal static Dictionary<string, object?> Example() => new()
    {
        ["uscc"] = ImportTemplates.ExampleUscc,
        ["type"] = QualificationType.HighTech,
        ["number"] = "GR202433001234",
        ["issuedOn"] = new DateOnly(2024, 12, 6),
        ["expiresOn"] = null,
    };
}
