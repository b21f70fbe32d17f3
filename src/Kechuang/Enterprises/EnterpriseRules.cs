using System.Text.RegularExpressions;
using Kechuang.Common;
using Kechuang.Enterprises.Rules;
using Kechuang.Regions;

namespace Kechuang.Enterprises;

/// <summary>
/// The checks on an enterprise's fields, shared by the API and the Excel import (which needs every problem of
/// every row at once, keyed by field so it can name the column).
/// </summary>
public static partial class EnterpriseRules
{
    /// <summary>Adds every problem to <paramref name="validation"/>; <paramref name="region"/> looks a code up.</summary>
    public static void Check(EnterpriseRequest r, Func<string, Region?> region, DateOnly today, Validation validation)
    {
        if (string.IsNullOrWhiteSpace(r.Name))
        {
            validation.Add("name", "请填写企业名称");
        }
        else if (r.Name.Trim().Length > 200)
        {
            validation.Add("name", "企业名称不能超过200个字");
        }
        else if (r.Name.Contains("示例行", StringComparison.Ordinal))
        {
            validation.Add("name", "这是导入模板中的示例行，请删除后再导入");
        }
        if (Uscc.Problem(r.Uscc) is { } uscc)
        {
            validation.Add("uscc", uscc);
        }
        var county = CheckCounty(r.RegionCode, region, validation);
        if (!string.IsNullOrWhiteSpace(r.TownCode))
        {
            var town = region(r.TownCode.Trim());
            if (town is null || town.Level != RegionLevel.Town || town.RetiredOn is not null)
            {
                validation.Add("townCode", $"乡镇（街道）代码 {r.TownCode.Trim()} 不存在");
            }
            else if (county is not null && town.ParentCode != county.Code)
            {
                validation.Add("townCode", $"乡镇（街道）{town.Name} 不属于 {county.Name}");
            }
        }
        if (!string.IsNullOrWhiteSpace(r.IndustryCode) && !IndustryCodePattern().IsMatch(r.IndustryCode.Trim().ToUpperInvariant()))
        {
            validation.Add("industryCode", $"行业代码“{r.IndustryCode}”格式不对：应为 GB/T 4754 门类字母加2–4位数字，如 C3981");
        }
        if (r.FoundedOn is null)
        {
            validation.Add("foundedOn", "请填写成立日期");
        }
        else if (r.FoundedOn > today)
        {
            validation.Add("foundedOn", "成立日期不能晚于今天");
        }
        if (!string.IsNullOrWhiteSpace(r.TechnologyField) && !TechnologyFields.IsSupported(r.TechnologyField.Trim()))
        {
            validation.Add("technologyField", $"技术领域“{r.TechnologyField}”不是国家重点支持的八大领域之一：{string.Join("、", TechnologyFields.All)}");
        }
        if (!string.IsNullOrWhiteSpace(r.ContactEmail) && !r.ContactEmail.Contains('@', StringComparison.Ordinal))
        {
            validation.Add("contactEmail", "电子邮箱格式不正确");
        }
    }

    private static Region? CheckCounty(string? code, Func<string, Region?> region, Validation validation)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            validation.Add("regionCode", "请填写所属县（市、区）代码");
            return null;
        }
        var found = region(code.Trim());
        if (found is null || found.RetiredOn is not null)
        {
            validation.Add("regionCode", $"行政区划代码 {code.Trim()} 不存在");
            return null;
        }
        if (found.Level != RegionLevel.County)
        {
            validation.Add("regionCode", $"{found.Name}（{found.Code}）不是县级区划：企业应登记到县（市、区）");
            return null;
        }
        return found;
    }

    /// <summary>The values to store: trimmed, upper-cased codes, blanks as null.</summary>
    public static void Apply(EnterpriseRequest r, Enterprise e)
    {
        e.Name = r.Name!.Trim();
        e.Uscc = Uscc.Parse(r.Uscc!).Value;
        e.RegionCode = r.RegionCode!.Trim();
        e.TownCode = Blank(r.TownCode);
        e.Address = Blank(r.Address);
        e.IndustryCode = Blank(r.IndustryCode)?.ToUpperInvariant();
        e.FoundedOn = r.FoundedOn;
        e.AboveScale = r.AboveScale;
        e.TechnologyField = Blank(r.TechnologyField);
        e.ContactName = Blank(r.ContactName);
        e.ContactPhone = Blank(r.ContactPhone);
        e.ContactEmail = Blank(r.ContactEmail);
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[A-T]?\d{2,4}$")]
    private static partial Regex IndustryCodePattern();
}
