using Kechuang.Projects.Applications;

namespace Kechuang.Projects.Execution;

/// <summary>
/// The rules of a project's execution (docs/domain.md §6.6). The deadlines are the common terms of county plan
/// management measures (科技计划项目管理办法): the mid-term report falls due halfway through the project, and
/// acceptance must be applied for within three months of the end date — after that the project is 逾期.
/// </summary>
public static class ExecutionRules
{
    public const int MaxText = 500;
    public const int MaxReport = 4000;

    /// <summary>Months after the end date within which the enterprise applies for acceptance.</summary>
    public const int AcceptanceGraceMonths = 3;

    /// <summary>An extension may add at most a year to the end date in all (延期不超过一年).</summary>
    public const int MaxExtensionMonths = 12;

    /// <summary>Days ahead a deadline shows as 即将到期.</summary>
    public const int DueSoonDays = 30;

    public static DateOnly? MidtermDueOn(ProjectApplication a) =>
        a.StartOn is { } start && a.EndOn is { } end ? start.AddDays((end.DayNumber - start.DayNumber) / 2) : null;

    public static DateOnly? AcceptanceDueOn(ProjectApplication a) => a.EndOn?.AddMonths(AcceptanceGraceMonths);

    /// <summary>
    /// What is late on <paramref name="today"/>: the mid-term report not in by its day, acceptance not applied for within
    /// the grace after the end. Only a project in execution can be late.
    /// </summary>
    public static List<string> Overdue(ProjectApplication a, bool midtermIn, DateOnly today)
    {
        var late = new List<string>();
        if (a.Status != ApplicationStatus.InExecution)
        {
            return late;
        }
        if (!midtermIn && MidtermDueOn(a) is { } midterm && midterm < today && a.EndOn > today)
        {
            late.Add($"中期报告逾期（应于{Zh(midterm)}前提交）");
        }
        if (AcceptanceDueOn(a) is { } due && due < today)
        {
            late.Add($"逾期未申请验收（执行期至{Zh(a.EndOn!.Value)}，应于{Zh(due)}前申请）");
        }
        return late;
    }

    /// <summary>Deadlines within <see cref="DueSoonDays"/>: the end of the execution period, the acceptance application.</summary>
    public static List<string> DueSoon(ProjectApplication a, bool midtermIn, DateOnly today)
    {
        var soon = new List<string>();
        if (a.Status != ApplicationStatus.InExecution)
        {
            return soon;
        }
        var horizon = today.AddDays(DueSoonDays);
        if (!midtermIn && MidtermDueOn(a) is { } midterm && midterm >= today && midterm <= horizon)
        {
            soon.Add($"中期报告{Zh(midterm)}到期");
        }
        if (AcceptanceDueOn(a) is { } due && due >= today && due <= horizon)
        {
            soon.Add($"验收申请{Zh(due)}到期");
        }
        return soon;
    }

    /// <summary>
    /// A budget shift (预算调剂) after 国办发〔2021〕32号: between the direct-cost lines as the project needs; the
    /// indirect costs (间接费用) may be shifted down into direct costs but never up; the line given up keeps at least
    /// what was already paid on it.
    /// </summary>
    public static string? ShiftProblem(string from, string to, decimal amount, decimal fromApproved, decimal paidOnFrom)
    {
        if (from == to)
        {
            return "调出和调入的预算科目不能相同";
        }
        if (to == BudgetRules.Indirect)
        {
            return "间接费用不得调增（国办发〔2021〕32号）";
        }
        if (amount <= 0)
        {
            return "调剂金额应大于 0";
        }
        if (amount > fromApproved - paidOnFrom)
        {
            return $"“{from}”核定 {Common.Zh.Wan(fromApproved)}，已拨付 {Common.Zh.Wan(paidOnFrom)}，最多可调出 {Common.Zh.Wan(Math.Max(0, fromApproved - paidOnFrom))}";
        }
        return null;
    }

    private static string Zh(DateOnly d) => Common.Zh.Date(d);
}
