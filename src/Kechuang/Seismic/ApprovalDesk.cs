using Kechuang.Common;
using Kechuang.Calendar;
using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Seismic;

/// <summary>
/// The due dates of the desk, kept right as the calendar changes (docs/domain.md §7.10): before a list or a record is
/// read, the pending approvals of the region get their due date again from the calendar as it is now — a year entered
/// after receipt, or a day corrected. A decided approval keeps the date it was judged by.
/// </summary>
public sealed class ApprovalDesk(KechuangDbContext db, WorkCalendar calendar, TimeProvider clock)
{
    public async Task RefreshAsync(RegionCode region, CancellationToken ct)
    {
        var pending = await SeismicAccess.InRegion(db.SeismicApprovals, region, RegionScope.MatchFor(db)).Where(a => a.Decision == null).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return;
        }
        var days = await calendar.LoadAsync(pending.Min(a => a.ReceivedOn), pending.Max(a => a.DueOn), ct);
        foreach (var approval in pending)
        {
            SeismicRules.Schedule(approval, days);
        }
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The calendar that judges today's desk: from the earliest date needed to a year past today.</summary>
    public async Task<(WorkingDays Days, DateOnly Today)> TodayAsync(DateOnly earliest, CancellationToken ct)
    {
        var today = clock.TodayInChina();
        return (await calendar.LoadAsync(earliest < today ? earliest : today, today, ct), today);
    }

    public static ApprovalDto Dto(SeismicApproval a, string? regionName, WorkingDays days, DateOnly today)
    {
        int? left = a.Decided ? null : a.DueOn >= today ? days.Between(today, a.DueOn) : -days.Between(a.DueOn, today);
        var missing = days.MissingYears(a.ReceivedOn, a.DueOn);
        return new ApprovalDto(a.Id, a.ProjectName, a.Applicant, a.Site, a.RegionCode, regionName, a.ReceivedOn, a.LimitDays, a.DueOn,
            SeismicWords.Status(a.Decision), !a.Decided && a.DueOn < today, left, a.Decided ? !a.Late : null,
            a.Requirement, a.Decision, a.DecidedOn, a.DocumentNumber, a.DecisionRemark,
            [.. missing.Select(WorkingDays.Warning)], a.Version);
    }
}
