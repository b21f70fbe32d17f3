using Kechuang.Common.Excel;

namespace Kechuang.Commissioners.Excel;

/// <summary>
/// The 科技特派员 sheet: one row per commissioner and service year (docs/domain.md §7.6). Towns are written by name or by
/// 9-digit code, team members by name, each list separated by 、 or ；.
/// </summary>
public static class CommissionerColumns
{
    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("姓名/团队名称", "name", Required: true, Width: 24),
        new("类型", "kind", Required: true, Width: 10),
        new("级别", "level", Required: true, Width: 10),
        new("所在县区代码", "regionCode", Required: true, Width: 14),
        new("年度", "year", Required: true, Width: 10),
        new("服务乡镇", "towns", Required: true, Width: 30),
        new("派出单位", "institution", Width: 24),
        new("服务领域", "field", Width: 16),
        new("团队成员", "members", Width: 30),
    ];

    /// <summary>The separators of the list cells: 、 and ； as the bureaus write lists, and their ASCII and comma cousins.</summary>
    private static readonly char[] Separators = ['、', '；', ';', '，', ','];

    /// <summary>The items of a list cell, trimmed, blanks dropped.</summary>
    public static IReadOnlyList<string> Items(string? cell) =>
        cell?.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The import template: the columns, a person and a team.</summary>
    public static byte[] Template()
    {
        using var output = new MemoryStream();
        ExcelOutput.Write(output, "科技特派员", All,
        [
            new Dictionary<string, object?>
            {
                ["name"] = "王建平", ["kind"] = "个人", ["level"] = "省级", ["regionCode"] = "330326", ["year"] = 2026,
                ["towns"] = "昆阳镇、鳌江镇", ["institution"] = "浙江农林大学", ["field"] = "茶叶种植", ["members"] = null,
            },
            new Dictionary<string, object?>
            {
                ["name"] = "平阳县黄汤茶产业科技特派员团队", ["kind"] = "团队", ["level"] = "市级", ["regionCode"] = "330326", ["year"] = 2026,
                ["towns"] = "330326102", ["institution"] = "温州市农业科学研究院", ["field"] = "茶叶加工", ["members"] = "李明、张华、陈静",
            },
        ]);
        return output.ToArray();
    }
}
