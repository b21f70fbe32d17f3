using Kechuang.Common.Excel;

namespace Kechuang.IntellectualProperty.Excel;

/// <summary>
/// The patent sheet, for import and export alike (docs/domain.md §7.8): the columns of the patent office's list of a
/// county's patents (申请号, 名称, 类型, 申请日, 授权公告日, 法律状态, 申请人), plus the applicant's 统一社会信用代码 when
/// known; a row names its enterprise by that code, else by its exact name in the register.
/// </summary>
public static class PatentColumns
{
    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("申请号", "number", Required: true, Width: 20),
        new("专利名称", "title", Width: 36),
        new("专利类型", "kind", Width: 10),
        new("申请日", "appliedOn", Required: true, Width: 12, Format: ExcelColumn.DateFormat),
        new("授权公告日", "grantedOn", Width: 12, Format: ExcelColumn.DateFormat),
        new("法律状态", "status", Width: 10),
        new("失效日期", "lapsedOn", Width: 12, Format: ExcelColumn.DateFormat),
        new("申请人（专利权人）", "applicant", Required: true, Width: 30),
        new("统一社会信用代码", "uscc", Width: 22),
    ];

    public static Dictionary<string, object?> Row(PatentDto p, string? uscc) => new()
    {
        ["number"] = p.Number, ["title"] = p.Title, ["kind"] = p.Kind, ["appliedOn"] = p.AppliedOn, ["grantedOn"] = p.GrantedOn,
        ["status"] = p.Status, ["lapsedOn"] = p.LapsedOn, ["applicant"] = p.Applicant, ["uscc"] = uscc,
    };

    public static byte[] Template()
    {
        using var output = new MemoryStream();
        ExcelOutput.Write(output, "企业专利", All,
        [
            new Dictionary<string, object?>
            {
                ["number"] = "202310123456.6", ["title"] = "一种注塑件表面缺陷视觉检测装置", ["kind"] = "发明", ["appliedOn"] = new DateOnly(2023, 3, 15),
                ["grantedOn"] = new DateOnly(2024, 11, 8), ["status"] = "已授权", ["applicant"] = "浙江某某智能装备有限公司", ["uscc"] = "",
            },
        ]);
        return output.ToArray();
    }
}
