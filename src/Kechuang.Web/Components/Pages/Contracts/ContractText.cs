using AntDesign;
using Kechuang.Common;
using Kechuang.Contracts;
using Kechuang.Users;

namespace Kechuang.Web.Components.Pages.Contracts;

/// <summary>How the registry pages show statuses, amounts and growth.</summary>
public static class ContractText
{
    public static string StatusColor(string status) => status switch
    {
        ContractStatus.Registered => TagColor.Green.ToString().ToLowerInvariant(),
        ContractStatus.Refused => TagColor.Red.ToString().ToLowerInvariant(),
        _ => TagColor.Orange.ToString().ToLowerInvariant(),
    };

    /// <summary>Amounts in 万元 with two decimals, as bureau tables write them (docs/domain.md §8).</summary>
    public static string Wan(decimal yuan) => Zh.Wan(yuan);

    public static string Yoy(decimal? yoy) => yoy is { } v ? (v >= 0 ? "+" : "") + Zh.Percent(v, 1) : "—";

    public static bool CanWrite(Caller caller) => caller.IsIn(Roles.Admin) || caller.IsIn(Roles.Staff);

    public static bool IsBureau(Caller caller) => caller.IsIn(Roles.Admin) || caller.IsIn(Roles.Staff) || caller.IsIn(Roles.Leader);

    /// <summary>Days left of the 30 (docs/domain.md §5); negative when overdue.</summary>
    public static string DaysLeft(ContractDto c) => c.DaysWaiting is { } waited
        ? (ContractStatus.DecisionDays - waited) switch
        {
            < 0 and var d => $"已超期 {-d} 天",
            0 => "今天到期",
            var d => $"剩 {d} 天",
        }
        : "";

    public static readonly IReadOnlyList<(string Value, string Label)> Statuses =
    [
        ("", "全部状态"), (ContractStatus.Received, "待登记"), (ContractStatus.Registered, "已登记"), (ContractStatus.Refused, "不予登记"),
    ];

    public static IReadOnlyList<(string Value, string Label)> Types { get; } =
        [("", "全部类别"), .. ContractTypes.All.Select(t => (t.Word, t.Chinese))];
}
