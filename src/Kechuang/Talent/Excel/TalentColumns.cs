using Kechuang.Common.Excel;

namespace Kechuang.Talent.Excel;

/// <summary>The sheets of the talent registers (docs/domain.md §7.7): the recruits' for import and export alike, the awards' and experts' for export.</summary>
public static class TalentColumns
{
    public static readonly IReadOnlyList<ExcelColumn> Recruits =
    [
        new("姓名", "personName", Required: true, Width: 12),
        new("学历", "degree", Required: true, Width: 8),
        new("毕业院校（博士后为设站单位）", "school", Required: true, Width: 28),
        new("专业", "major", Width: 20),
        new("入职日期", "recruitedOn", Required: true, Width: 12, Format: ExcelColumn.DateFormat),
        new("企业名称", "employer", Required: true, Width: 30),
        new("统一社会信用代码", "uscc", Width: 22),
    ];

    public static readonly IReadOnlyList<ExcelColumn> Awards =
    [
        new("人才计划", "programme", Width: 30),
        new("级别", "level", Width: 8),
        new("姓名", "personName", Width: 10),
        new("性别", "gender", Width: 6),
        new("证件类型", "idType", Width: 12),
        new("证件号码", "idNumber", Width: 22),
        new("学历学位", "degree", Width: 8),
        new("专业领域", "field", Width: 16),
        new("用人单位", "employer", Width: 30),
        new("区划代码", "regionCode", Width: 10),
        new("状态", "status", Width: 8),
        new("申报日期", "appliedOn", Width: 12, Format: ExcelColumn.DateFormat),
        new("入选日期", "decidedOn", Width: 12, Format: ExcelColumn.DateFormat),
        new("资助经费（元）", "fundingGranted", Width: 14, Format: ExcelColumn.MoneyFormat),
        new("已拨付（元）", "fundingPaid", Width: 14, Format: ExcelColumn.MoneyFormat),
        new("年度考核", "checks", Width: 30),
    ];

    public static readonly IReadOnlyList<ExcelColumn> Experts =
    [
        new("姓名", "name", Width: 20),
        new("国籍", "nationality", Width: 10),
        new("工作许可类别", "permitCategory", Width: 10),
        new("工作许可证号", "permitNumber", Width: 20),
        new("工作单位", "employer", Width: 30),
        new("区划代码", "regionCode", Width: 10),
        new("专业领域", "field", Width: 16),
        new("有效期起", "validFrom", Width: 12, Format: ExcelColumn.DateFormat),
        new("有效期止", "validTo", Width: 12, Format: ExcelColumn.DateFormat),
    ];

    public static Dictionary<string, object?> Row(RecruitDto r, string? uscc) => new()
    {
        ["personName"] = r.PersonName, ["degree"] = r.Degree, ["school"] = r.School, ["major"] = r.Major, ["recruitedOn"] = r.RecruitedOn,
        ["employer"] = r.Employer, ["uscc"] = uscc,
    };

    public static Dictionary<string, object?> Row(AwardDto a) => new()
    {
        ["programme"] = a.ProgrammeName, ["level"] = a.Level, ["personName"] = a.PersonName, ["gender"] = a.Gender, ["idType"] = a.IdType,
        ["idNumber"] = a.IdNumber, ["degree"] = a.Degree, ["field"] = a.Field, ["employer"] = a.Employer, ["regionCode"] = a.RegionCode,
        ["status"] = a.Status, ["appliedOn"] = a.AppliedOn, ["decidedOn"] = a.DecidedOn, ["fundingGranted"] = a.FundingGranted,
        ["fundingPaid"] = a.FundingPaid, ["checks"] = string.Join("；", a.Checks.Select(c => $"{c.Year}年{c.Result}")),
    };

    public static Dictionary<string, object?> Row(ExpertDto e) => new()
    {
        ["name"] = e.Name, ["nationality"] = e.Nationality, ["permitCategory"] = e.PermitCategory, ["permitNumber"] = e.PermitNumber,
        ["employer"] = e.Employer, ["regionCode"] = e.RegionCode, ["field"] = e.Field, ["validFrom"] = e.ValidFrom, ["validTo"] = e.ValidTo,
    };

    public static byte[] RecruitTemplate()
    {
        using var output = new MemoryStream();
        ExcelOutput.Write(output, "人才招引", Recruits,
        [
            new Dictionary<string, object?>
            {
                ["personName"] = "张某某", ["degree"] = "硕士", ["school"] = "浙江工业大学", ["major"] = "机械工程", ["recruitedOn"] = new DateOnly(2025, 7, 1),
                ["employer"] = "浙江某某智能装备有限公司", ["uscc"] = "",
            },
        ]);
        return output.ToArray();
    }
}
