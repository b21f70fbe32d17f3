using Kechuang.Common;

namespace Kechuang.Projects.Applications;

/// <summary>
/// The budget table of an application (docs/domain.md §6.4, §9): the national categories, each with the grant asked for
/// (专项经费) and the applicant's own money (自筹), in yuan; and the cap on indirect costs.
/// </summary>
public static class BudgetRules
{
    public const string Equipment = "设备费";
    public const string Business = "业务费";
    public const string Labour = "劳务费";
    public const string Indirect = "间接费用";

    /// <summary>The categories after the 2021 reform (国办发〔2021〕32号): three direct ones and the indirect costs.</summary>
    public static readonly IReadOnlyList<string> Categories = [Equipment, Business, Labour, Indirect];

    private const decimal MaxAmount = 10_000_000_000m;

    /// <summary>
    /// The most the grant may carry as indirect costs: a share of the direct costs less equipment (国办发〔2021〕32号) —
    /// by default 30% of the first 500万, 25% from 500万 to 1000万 and 20% above; a call may set one lower share instead.
    /// </summary>
    public static decimal IndirectLimit(decimal directLessEquipment, decimal? capPercent)
    {
        var b = Math.Max(0, directLessEquipment);
        if (capPercent is { } percent)
        {
            return decimal.Round(b * percent / 100m, 2, MidpointRounding.ToZero);
        }
        var limit = Math.Min(b, 5_000_000m) * 0.30m
            + Math.Clamp(b - 5_000_000m, 0, 5_000_000m) * 0.25m
            + Math.Max(b - 10_000_000m, 0) * 0.20m;
        return decimal.Round(limit, 2, MidpointRounding.ToZero);
    }

    public static decimal Special(IEnumerable<BudgetLineRequest> lines, string category) =>
        lines.Where(l => l.Category?.Trim() == category).Sum(l => l.Special ?? 0);

    /// <summary>The table as written: known categories once each, amounts not negative and to the fen, the totals as declared.</summary>
    public static void Check(IReadOnlyList<BudgetLineRequest>? lines, decimal? declaredSpecial, decimal? declaredOwn, Validation v)
    {
        var given = lines ?? [];
        foreach (var line in given)
        {
            var category = line?.Category?.Trim();
            if (!Categories.Contains(category))
            {
                v.Add("budget", $"预算科目“{category}”无效：应为{string.Join("、", Categories)}");
                continue;
            }
            foreach (var (amount, label) in new[] { (line!.Special, "专项经费"), (line.Own, "自筹经费") })
            {
                if (amount is { } a && (a < 0 || a > MaxAmount || decimal.Round(a, 2) != a))
                {
                    v.Add("budget", $"{category}的{label}应为不超过100亿元的非负金额，精确到分（单位：元）");
                }
            }
        }
        foreach (var twice in given.Select(l => l?.Category?.Trim()).Where(Categories.Contains).GroupBy(c => c).Where(g => g.Count() > 1))
        {
            v.Add("budget", $"预算科目“{twice.Key}”填写了两次");
        }
        var special = given.Sum(l => l?.Special ?? 0);
        var own = given.Sum(l => l?.Own ?? 0);
        if (declaredSpecial is { } ds && ds != special)
        {
            v.Add("budget", $"专项经费合计填写为{ds:0.00}元，各科目之和为{special:0.00}元，预算表不平");
        }
        if (declaredOwn is { } dso && dso != own)
        {
            v.Add("budget", $"自筹经费合计填写为{dso:0.00}元，各科目之和为{own:0.00}元，预算表不平");
        }
    }

    /// <summary>What a submission needs of the budget: a grant asked for, within the call's cap, indirect costs within their share.</summary>
    public static void CheckForSubmission(IReadOnlyList<BudgetLineRequest> lines, decimal cap, decimal? capPercent, Validation v)
    {
        var special = lines.Sum(l => l.Special ?? 0);
        if (special <= 0)
        {
            v.Add("budget", "请填写申请的专项经费");
        }
        else if (special > cap)
        {
            v.Add("budget", $"申请专项经费{Zh.Wan(special)}，超过本指南单项上限{Zh.Wan(cap)}");
        }
        var indirect = Special(lines, Indirect);
        var baseAmount = Special(lines, Business) + Special(lines, Labour);
        var limit = IndirectLimit(baseAmount, capPercent);
        if (indirect > limit)
        {
            var rule = capPercent is { } p ? $"本指南规定不超过直接费用扣除设备费后的{p:0.##}%" : "按国家分档（500万元以下30%、500万—1000万元25%、1000万元以上20%）";
            v.Add("budget", $"间接费用{Zh.Wan(indirect)}超过上限{Zh.Wan(limit)}：{rule}");
        }
    }
}

/// <summary>A budget line; <paramref name="Approved"/> is what the budget review approved, shown back and ignored on input.</summary>
public sealed record BudgetLineRequest(string? Category, decimal? Special, decimal? Own = null, decimal? Approved = null);
