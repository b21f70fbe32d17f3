using Kechuang.Common;
using Kechuang.Enterprises;
using Kechuang.Regions;

namespace Kechuang.Projects.Calls;

/// <summary>What a call must be (docs/domain.md §6.2); pure, every problem at once.</summary>
public static class CallRules
{
    public const int MaxTitle = 100;
    public const int MaxProgramme = 20;
    public const int MaxCriterion = 50;
    public const int MaxAttachments = 20;

    /// <summary>100亿元: above any county's or province's plan, so a slipped digit is caught.</summary>
    public const decimal MaxBudget = 10_000_000_000m;

    /// <summary>The titles a call may require (one of them, valid on the day of submission).</summary>
    public static readonly IReadOnlyList<string> Titles = [QualificationType.HighTech, QualificationType.TechSme];

    public static void Check(CallRequest r, Region? region, DateOnly today, Validation v)
    {
        Text(r.Title, "title", "指南名称", MaxTitle, v);
        Text(r.Programme, "programme", "计划类别", MaxProgramme, v);
        if (r.Year is not { } year)
        {
            v.Add("year", "请填写年度");
        }
        else if (year < 2000 || year > today.Year + 1)
        {
            v.Add("year", $"年度应在 2000—{today.Year + 1} 之间");
        }
        if (string.IsNullOrWhiteSpace(r.RegionCode))
        {
            v.Add("regionCode", "请选择发布指南的科技局所在区划");
        }
        else if (region is null || region.RetiredOn is not null)
        {
            v.Add("regionCode", $"区划代码 {r.RegionCode.Trim()} 不存在");
        }
        else if (region.Level == RegionLevel.Town)
        {
            v.Add("regionCode", $"{region.Name}是乡镇：申报指南由县级以上科技局发布");
        }
        Money(r, v);
        if (r.OpensOn is null)
        {
            v.Add("opensOn", "请填写申报开始日期");
        }
        if (r.ClosesOn is null)
        {
            v.Add("closesOn", "请填写申报截止日期");
        }
        else if (r.OpensOn is { } opens && r.ClosesOn < opens)
        {
            v.Add("closesOn", $"截止日期 {Zh.Date(r.ClosesOn.Value)} 早于开始日期 {Zh.Date(opens)}");
        }
        foreach (var title in (r.RequiredTitles ?? []).Where(t => !Titles.Contains(t?.Trim())))
        {
            v.Add("requiredTitles", $"资格条件“{title}”无效：应为{string.Join("、", Titles)}");
        }
        Attachments(r.Attachments, v);
        if (r.IndirectCostCapPercent is { } cap && (cap <= 0 || cap > 30))
        {
            v.Add("indirectCostCapPercent", "间接费用比例上限应在 0—30% 之间（国家规定最高30%）；不填按国家分档");
        }
        Range(r.ExpertsPerApplication, "expertsPerApplication", "每个项目的评审专家数", 1, 15, v);
        Range(r.MaxPerExpert, "maxPerExpert", "每位专家最多评审的项目数", 1, 100, v);
        Range(r.LookBackYears, "lookBackYears", "回避的追溯年限", 0, 10, v);
        Range(r.BanYears, "banYears", "验收不通过或终止后不得申报的年限", 0, 10, v);
        Criteria(r.Criteria, v);
    }

    private static void Money(CallRequest r, Validation v)
    {
        if (r.TotalBudget is not { } total)
        {
            v.Add("totalBudget", "请填写资助总额（元）");
        }
        else if (total <= 0 || total > MaxBudget || decimal.Round(total, 2) != total)
        {
            v.Add("totalBudget", "资助总额应大于0、不超过100亿元，精确到分（单位：元）");
        }
        if (r.CapPerProject is not { } cap)
        {
            v.Add("capPerProject", "请填写单个项目资助上限（元）");
        }
        else if (cap <= 0 || decimal.Round(cap, 2) != cap)
        {
            v.Add("capPerProject", "单个项目资助上限应大于0，精确到分（单位：元）");
        }
        else if (r.TotalBudget is { } budget && cap > budget)
        {
            v.Add("capPerProject", $"单个项目资助上限 {Zh.Wan(cap)} 超过资助总额 {Zh.Wan(budget)}");
        }
    }

    private static void Attachments(IReadOnlyList<string>? attachments, Validation v)
    {
        var given = (attachments ?? []).Select(a => a?.Trim() ?? "").ToList();
        if (given.Count > MaxAttachments)
        {
            v.Add("attachments", $"附件要求不能超过{MaxAttachments}项");
        }
        if (given.Any(a => a.Length == 0))
        {
            v.Add("attachments", "附件名称不能为空");
        }
        foreach (var name in given.Where(a => a.Length > 50))
        {
            v.Add("attachments", $"附件名称“{name[..10]}…”过长（不超过50个字）");
        }
        foreach (var twice in given.Where(a => a.Length > 0).GroupBy(a => a).Where(g => g.Count() > 1))
        {
            v.Add("attachments", $"附件“{twice.Key}”重复");
        }
    }

    /// <summary>At least one criterion, each with a name, a maximum score of 1–100 and a weight; the weights make 100%.</summary>
    private static void Criteria(IReadOnlyList<CriterionRequest>? criteria, Validation v)
    {
        var given = criteria ?? [];
        if (given.Count == 0)
        {
            v.Add("criteria", "请设置评审指标（至少一项，含满分和权重）");
            return;
        }
        if (given.Count > 20)
        {
            v.Add("criteria", "评审指标不能超过20项");
        }
        foreach (var (c, i) in given.Select((c, i) => (c, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(c?.Name))
            {
                v.Add("criteria", $"第{i}项评审指标请填写名称");
            }
            else if (c.Name.Trim().Length > MaxCriterion)
            {
                v.Add("criteria", $"第{i}项评审指标名称不能超过{MaxCriterion}个字");
            }
            if (c?.MaxScore is not { } max || max <= 0 || max > 100)
            {
                v.Add("criteria", $"第{i}项评审指标的满分应在 0—100 之间");
            }
            if (c?.Weight is not { } weight || weight <= 0 || weight > 100)
            {
                v.Add("criteria", $"第{i}项评审指标的权重应在 0—100% 之间");
            }
        }
        foreach (var twice in given.Where(c => !string.IsNullOrWhiteSpace(c?.Name)).GroupBy(c => c.Name!.Trim()).Where(g => g.Count() > 1))
        {
            v.Add("criteria", $"评审指标“{twice.Key}”重复");
        }
        var sum = given.Sum(c => c?.Weight ?? 0);
        if (given.All(c => c?.Weight is > 0) && sum != 100)
        {
            v.Add("criteria", $"评审指标的权重合计应为100%，现为{sum:0.##}%");
        }
    }

    private static void Range(int? value, string field, string label, int min, int max, Validation v)
    {
        if (value is { } n && (n < min || n > max))
        {
            v.Add(field, $"{label}应在 {min}—{max} 之间");
        }
    }

    private static void Text(string? text, string field, string label, int max, Validation v) => v.Text(text, field, label, max);
}
