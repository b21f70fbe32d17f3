using Kechuang.Common;

namespace Kechuang.Enterprises;

/// <summary>The checks on a title, shared by the API and the Excel import.</summary>
public static class QualificationRules
{
    /// <summary>Returns the expiry to store (given, or the type's default), or null when none applies.</summary>
    public static DateOnly? Check(QualificationRequest r, Func<string, QualificationType?> types, DateOnly today, Validation v)
    {
        var type = string.IsNullOrWhiteSpace(r.Type) ? null : types(r.Type.Trim());
        if (string.IsNullOrWhiteSpace(r.Type))
        {
            v.Add("type", "请填写资质类型");
        }
        else if (type is null)
        {
            v.Add("type", $"资质类型“{r.Type.Trim()}”不存在，请先由管理员添加");
        }
        v.Require(!string.IsNullOrWhiteSpace(r.Number), "number", "请填写证书编号或入库登记编号");
        if (r.IssuedOn is null)
        {
            v.Add("issuedOn", "请填写发证（入库）日期");
            return null;
        }
        if (r.IssuedOn > today)
        {
            v.Add("issuedOn", "发证日期不能晚于今天");
        }
        var expires = r.ExpiresOn ?? (type?.ValidYears is { } years ? r.IssuedOn.Value.AddYears(years) : null);
        if (expires is { } e && e <= r.IssuedOn)
        {
            v.Add("expiresOn", "有效期截止日应晚于发证日期");
        }
        return expires;
    }
}
