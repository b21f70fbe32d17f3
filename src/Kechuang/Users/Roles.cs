namespace Kechuang.Users;

/// <summary>The six roles of docs/domain.md §1, with the names users see.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Leader = "leader";
    public const string Staff = "staff";
    public const string Enterprise = "enterprise";
    public const string Expert = "expert";
    public const string Commissioner = "commissioner";

    public static readonly IReadOnlyList<string> All = [Admin, Leader, Staff, Enterprise, Expert, Commissioner];

    public static string Chinese(string role) => role switch
    {
        Admin => "系统管理员",
        Leader => "局领导",
        Staff => "科室人员",
        Enterprise => "企业用户",
        Expert => "评审专家",
        Commissioner => "科技特派员",
        _ => role,
    };
}
