using Kechuang.Common.Excel;

namespace Kechuang.Commissioners.Excel;

/// <summary>
/// The 科技特派员 sheet: one row per commissioner and service year (docs/domain.md §7.6). Towns are written by name or by
/// 9-digit code, each with the villages served in brackets when known ("昆阳镇（新华村、城东村）"), team members by name,
/// each list separated by 、 or ；.
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

    /// <summary>
    /// The towns of the 服务乡镇 cell with their villages: "昆阳镇（新华村、城东村）、鳌江镇" is 昆阳镇 with two villages and
    /// 鳌江镇 with none. A separator inside the brackets belongs to the village list.
    /// </summary>
    public static IReadOnlyList<(string Town, IReadOnlyList<string> Villages)> Towns(string? cell)
    {
        var result = new List<(string, IReadOnlyList<string>)>();
        if (string.IsNullOrWhiteSpace(cell))
        {
            return result;
        }
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= cell.Length; i++)
        {
            var c = i < cell.Length ? cell[i] : '、';
            depth += c is '（' or '(' ? 1 : c is '）' or ')' ? -1 : 0;
            if (i == cell.Length || (depth <= 0 && Separators.Contains(c)))
            {
                var part = cell[start..i].Trim();
                start = i + 1;
                depth = 0;
                if (part.Length == 0)
                {
                    continue;
                }
                var open = part.IndexOfAny(['（', '(']);
                result.Add(open < 0
                    ? (part, [])
                    : (part[..open].Trim(), Items(part[(open + 1)..].TrimEnd('）', ')'))));
            }
        }
        return result;
    }

    /// <summary>The import template: the columns, a person and a team.</summary>
    public static byte[] Template()
    {
        using var output = new MemoryStream();
        ExcelOutput.Write(output, "科技特派员", All,
        [
            new Dictionary<string, object?>
            {
                ["name"] = "王建平", ["kind"] = "个人", ["level"] = "省级", ["regionCode"] = "330326", ["year"] = 2026,
                ["towns"] = "昆阳镇（新华村、城东村）、鳌江镇", ["institution"] = "浙江农林大学", ["field"] = "茶叶种植", ["members"] = null,
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
