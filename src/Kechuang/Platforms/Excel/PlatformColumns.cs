using Kechuang.Common.Excel;

namespace Kechuang.Platforms.Excel;

/// <summary>The 研发平台 sheet: one row per recognition; a platform already registered at a lower level is upgraded.</summary>
public static class PlatformColumns
{
    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("平台名称", "name", Required: true, Width: 32),
        new("类型", "kind", Required: true, Width: 18),
        new("级别", "level", Required: true, Width: 10),
        new("所在县区代码", "regionCode", Required: true, Width: 14),
        new("依托企业统一社会信用代码", "enterpriseUscc", Width: 24),
        new("依托单位", "hostName", Width: 28),
        new("认定日期", "recognisedOn", Required: true, Format: ExcelColumn.DateFormat),
        new("认定文号", "documentNumber", Width: 22),
        new("技术领域", "field", Width: 14),
    ];

    /// <summary>The import template: the columns and one example row.</summary>
    public static byte[] Template()
    {
        using var output = new MemoryStream();
        ExcelOutput.Write(output, "研发平台", All,
        [
            new Dictionary<string, object?>
            {
                // An institution's platform, so the example imports as it stands; an enterprise's gives its 统一社会信用代码 instead.
                ["name"] = "平阳县智能装备新型研发机构", ["kind"] = "新型研发机构", ["level"] = "市级", ["regionCode"] = "330326",
                ["enterpriseUscc"] = null, ["hostName"] = "平阳县智能装备研究院", ["recognisedOn"] = new DateOnly(2025, 12, 20),
                ["documentNumber"] = "温科发〔2025〕88号", ["field"] = "高端装备",
            },
        ]);
        return output.ToArray();
    }
}
