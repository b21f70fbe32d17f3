using Kechuang.Common;

namespace Kechuang.Market.Needs;

/// <summary>What a need must be (docs/domain.md §7.1); pure, every problem at once, shared by the form, API and import.</summary>
public static class NeedRules
{
    public const int MaxTitle = 100;
    public const int MaxText = 2000;
    public const int MaxReason = 500;
    public const int MaxKeywords = 10;

    public static void Check(NeedRequest r, Validation v)
    {
        MarketRules.Title(r.Title, "title", "需求名称", MaxTitle, v);
        MarketRules.Length(r.Description, "description", "问题描述", MaxText, v);
        MarketRules.Length(r.TargetParameters, "targetParameters", "技术指标", MaxText, v);
        MarketRules.Length(r.Field, "field", "技术领域", 50, v);
        MarketRules.Keywords(r.Keywords, v);
        if (r.BudgetMin < 0 || r.BudgetMax < 0)
        {
            v.Add("budgetMin", "预算不能为负数");
        }
        else if (r.BudgetMin is { } min && r.BudgetMax is { } max && max < min)
        {
            v.Add("budgetMax", $"预算上限 {Zh.Amount(max, "元")}低于下限 {Zh.Amount(min, "元")}");
        }
        if (string.IsNullOrWhiteSpace(r.CooperationMode))
        {
            v.Add("cooperationMode", "请选择合作方式");
        }
        else if (!MarketWords.CooperationModes.Contains(r.CooperationMode.Trim()))
        {
            v.Add("cooperationMode", $"合作方式应为{string.Join("、", MarketWords.CooperationModes)}之一");
        }
        if (r.Status is { } status && !MarketWords.NeedStatuses.Contains(status.Trim()))
        {
            v.Add("status", $"需求状态应为{string.Join("、", MarketWords.NeedStatuses)}之一");
        }
    }

    public static void Apply(TechNeed n, NeedRequest r, DateTimeOffset now)
    {
        n.Title = r.Title!.Trim();
        n.Description = MarketRules.Blank(r.Description);
        n.TargetParameters = MarketRules.Blank(r.TargetParameters);
        n.Field = MarketRules.Blank(r.Field);
        n.Keywords = MarketRules.KeywordList(r.Keywords);
        n.BudgetMin = r.BudgetMin;
        n.BudgetMax = r.BudgetMax;
        n.CooperationMode = r.CooperationMode!.Trim();
        n.Deadline = r.Deadline;
        n.Status = MarketRules.Blank(r.Status) ?? n.Status;
        n.UpdatedAt = now;
    }
}
