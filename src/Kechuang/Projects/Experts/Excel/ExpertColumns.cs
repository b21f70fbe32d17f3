using Kechuang.Common.Excel;

namespace Kechuang.Projects.Experts.Excel;

/// <summary>
/// The 专家库 sheet, for import and export alike (docs/domain.md §6.1): one row per expert; fields, organisations and
/// people to avoid are lists separated by 、 or ；.
/// </summary>
public static class ExpertColumns
{
    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("姓名", "name", Required: true, Width: 10),
        new("工作单位", "organisation", Required: true, Width: 28),
        new("单位统一社会信用代码", "organisationUscc", Width: 22),
        new("职称", "title", Width: 14),
        new("专业领域", "fields", Required: true, Width: 24),
        new("所属专家库区划代码", "regionCode", Required: true, Width: 12),
        new("联系电话", "phone", Width: 16),
        new("电子邮箱", "email", Width: 22),
        new("可参加评审", "available", Width: 10),
        new("暂停原因", "unavailableReason", Width: 16),
        new("回避单位", "avoidOrganisations", Width: 28),
        new("回避人员", "avoidPeople", Width: 16),
    ];

    private static readonly char[] Separators = ['、', '；', ';', '，', ','];

    public static IReadOnlyList<string> Items(string? cell) =>
        cell?.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>A row of the sheet for an expert: what the export writes and the import reads back.</summary>
    public static Dictionary<string, object?> Row(ExpertDto e) => new()
    {
        ["name"] = e.Name, ["organisation"] = e.Organisation, ["organisationUscc"] = e.OrganisationUscc, ["title"] = e.Title,
        ["fields"] = string.Join("、", e.Fields), ["regionCode"] = e.RegionCode, ["phone"] = e.Phone, ["email"] = e.Email,
        ["available"] = e.Available ? "是" : "否", ["unavailableReason"] = e.UnavailableReason,
        ["avoidOrganisations"] = string.Join("、", e.Relations.Where(r => r.Kind == ExpertWords.Organisation).Select(r => r.Name)),
        ["avoidPeople"] = string.Join("、", e.Relations.Where(r => r.Kind == ExpertWords.Person).Select(r => r.Name)),
    };

    public static byte[] Template()
    {
        using var output = new MemoryStream();
        ExcelOutput.Write(output, "专家库", All,
        [
            new Dictionary<string, object?>
            {
                ["name"] = "陶建华", ["organisation"] = "温州大学", ["organisationUscc"] = null, ["title"] = "教授", ["fields"] = "电子信息、智能装备",
                ["regionCode"] = "330326", ["phone"] = "13905770000", ["email"] = "taojh@example.edu.cn", ["available"] = "是",
                ["unavailableReason"] = null, ["avoidOrganisations"] = "平阳某某电子有限公司", ["avoidPeople"] = "陶某某",
            },
        ]);
        return output.ToArray();
    }
}
