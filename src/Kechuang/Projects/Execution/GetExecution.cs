using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>GET /api/projects/applications/{id}/execution: the project's execution — budget against payments, changes, reports, acceptance.</summary>
public sealed class GetExecution(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExecutionDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var project = await ExecutionAccess.ProjectAsync(db, caller, id, ct);
        return await LoadAsync(db, project, clock.TodayInChina(), ct);
    }

    internal static async Task<ExecutionDto> LoadAsync(KechuangDbContext db, ProjectApplication a, DateOnly today, CancellationToken ct)
    {
        var call = await db.ProjectCalls.AsNoTracking().FirstAsync(c => c.Id == a.CallId, ct);
        var paid = await db.ProjectDisbursements.AsNoTracking().Where(d => d.ApplicationId == a.Id).OrderBy(d => d.Tranche).ToListAsync(ct);
        var changes = await db.ProjectChanges.AsNoTracking().Where(c => c.ApplicationId == a.Id).OrderByDescending(c => c.RequestedAt).ToListAsync(ct);
        var midterm = await db.ProjectMidterms.AsNoTracking().FirstOrDefaultAsync(m => m.ApplicationId == a.Id, ct);
        var acceptance = await db.ProjectAcceptances.AsNoTracking().Include(x => x.Accounts).Include(x => x.Experts).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.ApplicationId == a.Id, ct);
        var budget = a.Budget.OrderBy(b => BudgetRules.Categories.ToList().IndexOf(b.Category)).Select(b =>
        {
            var spent = acceptance?.Accounts.FirstOrDefault(x => x.Category == b.Category);
            return new ExecutionBudgetLine(b.Category, b.Special, b.Own, b.ApprovedSpecial ?? 0,
                paid.Where(d => d.Category == b.Category).Sum(d => d.Amount), spent?.SpentSpecial, spent?.SpentOwn);
        }).ToList();
        var tranches = paid.GroupBy(d => d.Tranche).Select(g => new TrancheDto(g.Key, g.First().PaidOn, g.Sum(d => d.Amount),
            [.. g.Select(d => new DisbursementLine(d.Category, d.Amount))], g.First().Note, g.First().RecordedBy)).ToList();
        return new ExecutionDto(a.Id, a.Title, a.EnterpriseId, a.EnterpriseName, call.Id, call.Title, call.Programme, call.Year, a.Status, a.Leader,
            a.StartOn, a.EndOn, a.ApprovedAt, call.ApprovalDocument, a.ApprovedFunding ?? 0, paid.Sum(d => d.Amount), a.TaskBookSignedOn, budget, tranches,
            [.. changes.Select(ChangeDto.From)],
            midterm is null ? null : new MidtermDto(midterm.Progress, midterm.Spent, midterm.Problems, midterm.SubmittedAt, midterm.Conclusion,
                midterm.Comment, midterm.ConcludedBy, midterm.ConcludedAt),
            ExecutionRules.MidtermDueOn(a),
            acceptance is null ? null : new AcceptanceDto(acceptance.Summary, acceptance.AppliedAt, acceptance.Mode, acceptance.Seed, acceptance.EngineVersion,
                acceptance.DrawnBy, acceptance.DrawnAt,
                [.. acceptance.Experts.OrderBy(e => e.SortOrder).Select(e => new AcceptanceExpertDto(e.ExpertId, e.Name, e.Organisation, e.Affinity))],
                acceptance.MeetingOn, acceptance.Conclusion, acceptance.Opinion, acceptance.ConcludedBy, acceptance.ConcludedAt),
            ExecutionRules.AcceptanceDueOn(a), ExecutionRules.Overdue(a, midterm is not null, today), ExecutionRules.DueSoon(a, midterm is not null, today),
            a.ClosedAt, a.BanUntil, a.CloseReason,
            [.. a.Milestones.OrderBy(m => m.DueOn).Select(m => new MilestoneRequest(m.DueOn, m.Content))]);
    }
}
