using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Seismic;

/// <summary>
/// GET /api/seismic/approvals: the approvals of the caller's region, pending ones first by due date, then decided ones,
/// newest first; filters 办理中/已办结, 已超期 and 即将到期 (docs/domain.md §7.10).
/// </summary>
public sealed class ListApprovals(KechuangDbContext db, ApprovalDesk desk)
{
    public async Task<Page<ApprovalDto>> HandleAsync(Caller caller, ListApprovalsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<ApprovalDto>.Normalize(query.Page, query.PageSize);
        var scope = SeismicAccess.Scope(caller, query.RegionCode);
        await desk.RefreshAsync(scope, ct);
        var (rows, days, today) = await FilteredAsync(scope, query, ct);
        var total = await rows.CountAsync(ct);
        var items = await Ordered(rows).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var names = await RegionLookup.ForAsync(db, ct, [.. items.Select(a => a.RegionCode).Distinct()]);
        return new Page<ApprovalDto>([.. items.Select(a => ApprovalDesk.Dto(a, names(a.RegionCode)?.Name, days, today))], total, page, size);
    }

    /// <summary>How many the tabs hold: all, pending, due soon, overdue.</summary>
    public async Task<ApprovalCounts> CountsAsync(Caller caller, string? regionCode, CancellationToken ct = default)
    {
        var scope = SeismicAccess.Scope(caller, regionCode);
        await desk.RefreshAsync(scope, ct);
        var (all, _, _) = await FilteredAsync(scope, new ListApprovalsQuery(), ct);
        var (pending, _, _) = await FilteredAsync(scope, new ListApprovalsQuery(Status: SeismicWords.Pending), ct);
        var (soon, _, _) = await FilteredAsync(scope, new ListApprovalsQuery(DueSoon: true), ct);
        var (overdue, _, _) = await FilteredAsync(scope, new ListApprovalsQuery(Overdue: true), ct);
        return new ApprovalCounts(await all.CountAsync(ct), await pending.CountAsync(ct), await soon.CountAsync(ct), await overdue.CountAsync(ct));
    }

    internal static IQueryable<SeismicApproval> Ordered(IQueryable<SeismicApproval> rows) =>
        rows.OrderBy(a => a.Decision == null ? 0 : 1).ThenBy(a => a.Decision == null ? a.DueOn : DateOnly.MinValue)
            .ThenByDescending(a => a.DecidedOn).ThenByDescending(a => a.ReceivedOn).ThenBy(a => a.Id);

    internal async Task<(IQueryable<SeismicApproval> Rows, Calendar.WorkingDays Days, DateOnly Today)> FilteredAsync(
        RegionCode scope, ListApprovalsQuery query, CancellationToken ct)
    {
        var rows = SeismicAccess.InRegion(db.SeismicApprovals.AsNoTracking(), scope, RegionScope.MatchFor(db));
        var earliest = await rows.MinAsync(a => (DateOnly?)a.ReceivedOn, ct);
        var (days, today) = await desk.TodayAsync(earliest ?? DateOnly.MaxValue, ct);
        switch (query.Status?.Trim())
        {
            case null or "":
                break;
            case SeismicWords.Pending or "pending":
                rows = rows.Where(a => a.Decision == null);
                break;
            case SeismicWords.Done or "done":
                rows = rows.Where(a => a.Decision != null);
                break;
            default:
                throw new ValidationFailedException("status", "状态应为“办理中”（pending）或“已办结”（done）");
        }
        if (query.Overdue is { } overdue)
        {
            rows = overdue ? rows.Where(a => a.Decision == null && a.DueOn < today) : rows.Where(a => a.Decision != null || a.DueOn >= today);
        }
        if (query.DueSoon == true)
        {
            var soon = days.DueDate(today, SeismicRules.DueSoonDays);
            rows = rows.Where(a => a.Decision == null && a.DueOn >= today && a.DueOn <= soon);
        }
        if (query.Year is { } year)
        {
            rows = rows.Where(a => a.ReceivedOn >= new DateOnly(year, 1, 1) && a.ReceivedOn <= new DateOnly(year, 12, 31));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(a => EF.Functions.Like(a.ProjectName, pattern, "\\") || EF.Functions.Like(a.Applicant, pattern, "\\")
                || EF.Functions.Like(a.DocumentNumber!, pattern, "\\") || EF.Functions.Like(a.Site!, pattern, "\\"));
        }
        return (rows, days, today);
    }
}
