using Kechuang.Common;

namespace Kechuang.Visits;

public sealed record VisitRequest(Guid? EnterpriseId, DateOnly? VisitedOn, string? Visitors, string? Attendees, string? Summary, IReadOnlyList<ProblemRequest>? Problems = null);

/// <summary>A problem raised on a visit; <see cref="AssigneeUserId"/> may wait for the assignment (POST …/assign).</summary>
public sealed record ProblemRequest(string? Category, string? Description, DateOnly? DueOn, string? AssigneeUserId = null);

/// <summary>Assigns (or reassigns) an open problem to a staff user; a new due date may come with it.</summary>
public sealed record AssignProblemRequest(string? AssigneeUserId, DateOnly? DueOn = null);

public sealed record FollowUpRequest(DateOnly? On, string? Note);

public sealed record CloseProblemRequest(string? Outcome, string? Answer, DateOnly? ClosedOn);

/// <summary>The checks of docs/domain.md §7.13.</summary>
public static class VisitRules
{
    public const int MaxPeople = 200;
    public const int MaxText = 2000;
    public const string Solved = "已解决";
    public const string Unsolvable = "无法解决";
    public static readonly IReadOnlyList<string> Categories = ["政策", "资金", "人才", "技术", "用地", "其他"];
    public static readonly IReadOnlyList<string> Outcomes = [Solved, Unsolvable];

    /// <summary>Open, overdue (open and past its due date) or closed, on <paramref name="today"/>.</summary>
    public static string Status(VisitProblem p, DateOnly today) =>
        p.ClosedOn is not null ? "closed" : p.DueOn < today ? "overdue" : "open";

    public static void Visit(VisitRequest r, DateOnly today, Validation v)
    {
        v.Require(r.EnterpriseId is not null, "enterpriseId", "请选择走访的企业");
        Date(r.VisitedOn, "visitedOn", "走访日期", today, v, "不能登记未发生的走访");
        v.Text(r.Visitors, "visitors", "走访人员", MaxPeople);
        v.Optional(r.Attendees, "attendees", "企业参加人员", MaxPeople);
        v.Text(r.Summary, "summary", "走访情况", MaxText);
        foreach (var (p, i) in (r.Problems ?? []).Select((p, i) => (p, i)))
        {
            Problem(p, r.VisitedOn, v, $"problems[{i}].");
        }
    }

    public static void Problem(ProblemRequest r, DateOnly? raisedOn, Validation v, string prefix = "")
    {
        v.Require(r.Category is { } c && Categories.Contains(c.Trim()), prefix + "category", $"问题类别应为：{string.Join("、", Categories)}");
        v.Text(r.Description, prefix + "description", "问题描述", MaxText);
        if (r.DueOn is null)
        {
            v.Add(prefix + "dueOn", "请填写办结期限");
        }
        else if (raisedOn is { } raised && r.DueOn < raised)
        {
            v.Add(prefix + "dueOn", $"办结期限不能早于走访日期（{Zh.Date(raised)}）");
        }
    }

    public static void FollowUp(FollowUpRequest r, DateOnly raisedOn, DateOnly today, Validation v)
    {
        Date(r.On, "on", "跟踪日期", today, v, "请按实际跟踪的日期填写");
        if (r.On is { } on && on < raisedOn)
        {
            v.Add("on", $"跟踪日期不能早于问题提出日期（{Zh.Date(raisedOn)}）");
        }
        v.Text(r.Note, "note", "跟踪情况", MaxText);
    }

    public static void Close(CloseProblemRequest r, DateOnly raisedOn, DateOnly today, Validation v)
    {
        v.Require(r.Outcome is { } o && Outcomes.Contains(o.Trim()), "outcome", "办理结果应为：已解决 或 无法解决");
        v.Text(r.Answer, "answer", r.Outcome?.Trim() == Unsolvable ? "无法解决的原因" : "答复内容", MaxText);
        if (r.ClosedOn is { } on)
        {
            Date(on, "closedOn", "办结日期", today, v, "请按实际办结的日期填写");
            if (on < raisedOn)
            {
                v.Add("closedOn", $"办结日期不能早于问题提出日期（{Zh.Date(raisedOn)}）");
            }
        }
    }

    public static void Assign(AssignProblemRequest r, DateOnly raisedOn, Validation v)
    {
        v.Require(!string.IsNullOrWhiteSpace(r.AssigneeUserId), "assigneeUserId", "请选择承办人");
        if (r.DueOn is { } due && due < raisedOn)
        {
            v.Add("dueOn", $"办结期限不能早于走访日期（{Zh.Date(raisedOn)}）");
        }
    }

    private static void Date(DateOnly? date, string field, string label, DateOnly today, Validation v, string hint)
    {
        if (date is null)
        {
            v.Add(field, $"请填写{label}");
        }
        else if (date > today)
        {
            v.Add(field, $"{label}{Zh.Date(date.Value)}晚于今天，{hint}");
        }
    }
}
