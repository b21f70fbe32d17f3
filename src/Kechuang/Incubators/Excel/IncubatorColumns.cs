using Kechuang.Common.Excel;

namespace Kechuang.Incubators.Excel;

/// <summary>
/// The 孵化载体 sheet: one row per batch of space. Rows of the same carrier (name and county) are its batches; the
/// earliest is its opening, and a carrier already registered gets the batches it does not have yet.
/// </summary>
public static class IncubatorColumns
{
    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("载体名称", "name", Required: true, Width: 28),
        new("类型", "kind", Required: true, Width: 12),
        new("级别", "level", Required: true, Width: 10),
        new("所在县区代码", "regionCode", Required: true, Width: 14),
        new("面积（平方米）", "areaSqm", Required: true, Width: 14, Format: "#,##0"),
        new("投入使用日期", "inUseOn", Required: true, Format: ExcelColumn.DateFormat),
        new("运营主体", "operator", Width: 28),
        new("地址", "address", Width: 28),
        new("说明", "note", Width: 16),
    ];

    /// <summary>The import template: the columns and one example row.</summary>
    public static byte[] Template()
    {
        using var output = new MemoryStream();
        ExcelOutput.Write(output, "孵化载体", All,
        [
            new Dictionary<string, object?>
            {
                ["name"] = "平阳县科技创业园", ["kind"] = "孵化器", ["level"] = "省级", ["regionCode"] = "330326", ["areaSqm"] = 12000,
                ["inUseOn"] = new DateOnly(2024, 3, 1), ["operator"] = "平阳县科技创业园运营管理有限公司", ["address"] = "昆阳镇创业路1号", ["note"] = "启用",
            },
        ]);
        return output.ToArray();
    }
}
