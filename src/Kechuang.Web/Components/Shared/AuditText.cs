namespace Kechuang.Web.Components.Shared;

/// <summary>Chinese words for the audit trail's actions and record types.</summary>
public static class AuditText
{
    public static string Action(string action) => action switch
    {
        "created" => "新增",
        "updated" => "修改",
        "deleted" => "删除",
        _ => action,
    };

    public static string Entity(string type) => type switch
    {
        "AppUser" => "用户",
        "IdentityUserRole`1" => "用户角色",
        "IdentityRole" => "角色",
        "Region" => "行政区划",
        _ => type,
    };
}
