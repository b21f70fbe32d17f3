using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Cooperation;

/// <summary>
/// GET /api/market/cooperations/reminders: the broker's reminder list (docs/domain.md §7.1) — projects of the region whose
/// next follow-up date has passed, longest overdue first. The bureau's; the page shows the count on its tab.
/// </summary>
public sealed class ListFollowUpReminders(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<FollowUpReminder>> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        if (!MarketFollowUpRules.IsBureau(caller))
        {
            throw new ForbiddenException("跟进提醒仅供科技局使用");
        }
        var today = clock.TodayInChina();
        var rows = await CooperationAccess.InRegion(db.CooperationProjects.AsNoTracking(), db, caller.Region)
            .Where(c => c.NextFollowUpOn < today).OrderBy(c => c.NextFollowUpOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Title, c.EnterpriseName, c.Holder, Next = c.NextFollowUpOn!.Value }).Take(500).ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var days = today.DayNumber - r.Next.DayNumber;
            return new FollowUpReminder(r.Id, r.Title, r.EnterpriseName, r.Holder, r.Next, days,
                $"{r.EnterpriseName}与{r.Holder}的“{r.Title}”应于{Zh.Date(r.Next)}跟进，已逾期{days}天");
        })];
    }
}
