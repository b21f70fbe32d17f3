using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Messaging;
using Kechuang.Messaging.Reminders;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

/// <summary>
/// 走访问题逾期 (docs/domain.md §7.13, §7.11): a problem still open the day after its due date reminds its assignee once
/// for that due date; reassigning it or moving the due date makes a new reminder. An unassigned problem has nobody to
/// remind: the problem board shows it as 未指派.
/// </summary>
public sealed class ProblemOverdueReminders(KechuangDbContext db) : IReminderSource
{
    public string Name => "visit-problem-overdue";

    public async Task<IReadOnlyList<MessageRequest>> FindAsync(DateOnly today, CancellationToken ct)
    {
        var overdue = await (from p in db.VisitProblems.AsNoTracking()
                             where p.ClosedOn == null && p.DueOn < today && p.AssigneeUserId != null
                             join v in db.Visits.AsNoTracking() on p.VisitId equals v.Id
                             orderby p.DueOn, p.Id
                             select new { p.Id, p.VisitId, p.AssigneeUserId, p.DueOn, p.Category, p.Description, v.EnterpriseName, v.VisitedOn })
            .ToListAsync(ct);
        return [.. overdue.Select(p => new MessageRequest(p.AssigneeUserId!,
            $"走访问题已逾期：{p.EnterpriseName}（{p.Category}）",
            $"{Zh.Date(p.VisitedOn)}走访{p.EnterpriseName}时收集的问题“{Clip(p.Description)}”办结期限为{Zh.Date(p.DueOn)}，"
                + $"已逾期{today.DayNumber - p.DueOn.DayNumber}天，尚未办结。请尽快办理并答复企业，办结后在走访服务中登记答复。",
            $"visit-problem:{p.Id:N}:{p.DueOn:yyyyMMdd}:{p.AssigneeUserId}", "/visits/" + p.VisitId.ToString()))];
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
