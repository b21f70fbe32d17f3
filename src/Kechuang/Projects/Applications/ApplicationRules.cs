using Kechuang.Common;

namespace Kechuang.Projects.Applications;

/// <summary>
/// What an application must be (docs/domain.md §6.4); pure, every problem at once. A draft is checked for what is
/// written; a submission also for what is missing.
/// </summary>
public static class ApplicationRules
{
    public const int MaxTitle = 100;
    public const int MaxSummary = 2000;
    public const int MaxReason = 500;

    public static void Check(ApplicationRequest r, Validation v)
    {
        if (string.IsNullOrWhiteSpace(r.Title))
        {
            v.Add("title", "请填写项目名称");
        }
        else if (r.Title.Trim().Length > MaxTitle)
        {
            v.Add("title", $"项目名称不能超过{MaxTitle}个字");
        }
        Length(r.Summary, "summary", "项目简介", MaxSummary, v);
        Length(r.Field, "field", "技术领域", 50, v);
        Length(r.Leader, "leader", "项目负责人", 50, v);
        Length(r.LeaderPhone, "leaderPhone", "负责人电话", 20, v);
        if (r.StartOn is { } start && r.EndOn is { } end && end < start)
        {
            v.Add("endOn", $"项目结束日期 {Zh.Date(end)} 早于开始日期 {Zh.Date(start)}");
        }
        foreach (var partner in (r.Partners ?? []).Where(p => string.IsNullOrWhiteSpace(p) || p.Trim().Length > 100))
        {
            v.Add("partners", "合作单位名称不能为空，且不超过100个字");
        }
        foreach (var (m, i) in (r.Members ?? []).Select((m, i) => (m, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(m?.Name) || m.Name.Trim().Length > 50)
            {
                v.Add("members", $"第{i}名项目组成员请填写姓名（不超过50个字）");
            }
        }
        foreach (var (m, i) in (r.Milestones ?? []).Select((m, i) => (m, i + 1)))
        {
            if (m?.DueOn is null || string.IsNullOrWhiteSpace(m.Content) || m.Content.Trim().Length > 200)
            {
                v.Add("milestones", $"第{i}个进度节点请填写日期和内容（不超过200个字）");
            }
            else if ((r.StartOn is { } s && m.DueOn < s) || (r.EndOn is { } e && m.DueOn > e))
            {
                v.Add("milestones", $"第{i}个进度节点 {Zh.Date(m.DueOn.Value)} 不在项目起止日期内");
            }
        }
        BudgetRules.Check(r.Budget, r.TotalSpecial, r.TotalOwn, v);
    }

    /// <summary>What a submission adds: the fields a reviewer needs, a team, a schedule.</summary>
    public static void Complete(ProjectApplication a, Validation v)
    {
        if (string.IsNullOrWhiteSpace(a.Summary))
        {
            v.Add("summary", "提交前请填写项目简介");
        }
        if (a.StartOn is null || a.EndOn is null)
        {
            v.Add("startOn", "提交前请填写项目起止日期");
        }
        if (string.IsNullOrWhiteSpace(a.Leader))
        {
            v.Add("leader", "提交前请填写项目负责人");
        }
        if (a.Members.Count == 0)
        {
            v.Add("members", "提交前请填写项目组成员");
        }
        if (a.Milestones.Count == 0)
        {
            v.Add("milestones", "提交前请填写进度安排");
        }
    }

    private static void Length(string? text, string field, string label, int max, Validation v)
    {
        if (text?.Trim().Length > max)
        {
            v.Add(field, $"{label}不能超过{max}个字");
        }
    }
}
