using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>Filters: a status of a project, <see cref="Q"/> in the title or the enterprise, only the late ones (逾期), a call, a year.</summary>
public sealed record ListProjectsQuery(string? Status = null, string? Q = null, bool? Overdue = null, Guid? CallId = null, int? Year = null,
    string? Region = null, int? Page = null, int? PageSize = null);

/// <summary>
/// GET /api/projects/execution: the approved projects the caller may see (the bureau its region's, an enterprise its
/// own), each with what was paid, what is late and what falls due within 30 days — the broker's reminder list.
/// </summary>
public sealed class ListProjects(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<ProjectRow>> HandleAsync(Caller caller, ListProjectsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<ProjectRow>.Normalize(query.Page, query.PageSize);
        var projects = ApplicationAccess.Visible(db, caller, query.Region).Where(a => ApplicationStatus.Projects.Contains(a.Status));
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = query.Status.Trim();
            if (!ApplicationStatus.Projects.Contains(status))
            {
                throw new ValidationFailedException("status", $"项目状态“{status}”无效：应为{string.Join("、", ApplicationStatus.Projects)}");
            }
            projects = projects.Where(a => a.Status == status);
        }
        if (query.CallId is { } callId)
        {
            projects = projects.Where(a => a.CallId == callId);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            projects = projects.Where(a => EF.Functions.Like(a.Title, pattern, "\\") || EF.Functions.Like(a.EnterpriseName, pattern, "\\"));
        }
        if (query.Year is { } year)
        {
            projects = projects.Where(a => db.ProjectCalls.Any(c => c.Id == a.CallId && c.Year == year));
        }
        // A bureau has tens to a few hundred projects: the deadlines are worked out here, where the rules are.
        var rows = await projects.OrderByDescending(a => a.ApprovedAt).ThenBy(a => a.Title).ToListAsync(ct);
        var ids = rows.Select(a => a.Id).ToList();
        var callIds = rows.Select(a => a.CallId).Distinct().ToList();
        var calls = await db.ProjectCalls.AsNoTracking().Where(c => callIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, c.Programme, c.Year }).ToDictionaryAsync(c => c.Id, ct);
        var paid = (await db.ProjectDisbursements.AsNoTracking().Where(d => ids.Contains(d.ApplicationId)).Select(d => new { d.ApplicationId, d.Amount })
            .ToListAsync(ct)).ToLookup(d => d.ApplicationId, d => d.Amount);
        var midterms = (await db.ProjectMidterms.AsNoTracking().Where(m => ids.Contains(m.ApplicationId)).Select(m => m.ApplicationId).ToListAsync(ct)).ToHashSet();
        var pending = (await db.ProjectChanges.AsNoTracking().Where(c => ids.Contains(c.ApplicationId) && c.Status == ChangeStatus.Pending)
            .Select(c => c.ApplicationId).ToListAsync(ct)).CountBy(x => x).ToDictionary();
        var today = clock.TodayInChina();
        var all = rows.Select(a =>
        {
            var call = calls[a.CallId];
            return new ProjectRow(a.Id, a.Title, a.EnterpriseName, call.Title, call.Programme, call.Year, a.Status, a.Leader, a.EndOn, a.ApprovedFunding ?? 0,
                paid[a.Id].Sum(), ExecutionRules.Overdue(a, midterms.Contains(a.Id), today), ExecutionRules.DueSoon(a, midterms.Contains(a.Id), today),
                pending.GetValueOrDefault(a.Id));
        }).Where(r => query.Overdue != true || r.Overdue.Count > 0).ToList();
        return new Page<ProjectRow>([.. all.Skip((page - 1) * size).Take(size)], all.Count, page, size);
    }
}
