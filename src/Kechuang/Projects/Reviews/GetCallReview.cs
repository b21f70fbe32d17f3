using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// The bureau's view of a call's review (docs/domain.md §6.5): per application its experts and their totals, the
/// mean, the spread and the outliers, the rank by mean, the funding set; and the draw with its seed.
/// </summary>
public sealed class GetCallReview(KechuangDbContext db)
{
    private static readonly string[] Reviewed = [ApplicationStatus.InReview, ApplicationStatus.Proposed, ApplicationStatus.Approved, ApplicationStatus.NotApproved];

    public async Task<CallReviewDto> HandleAsync(Caller caller, Guid callId, CancellationToken ct = default)
    {
        var call = await ReviewAccess.CallAsync(db, caller, callId, write: false, ct);
        var applications = await db.ProjectApplications.AsNoTracking().Include(a => a.Budget)
            .Where(a => a.CallId == call.Id && Reviewed.Contains(a.Status)).ToListAsync(ct);
        var rows = await db.ReviewAssignments.AsNoTracking().Where(r => r.CallId == call.Id).ToListAsync(ct);
        var draw = await db.ReviewDraws.AsNoTracking().FirstOrDefaultAsync(d => d.CallId == call.Id, ct);

        var lines = applications.Select(a => Line(a, rows.Where(r => r.ApplicationId == a.Id).ToList(), call.ExpertsPerApplication)).ToList();
        var ranked = lines.Where(l => l.Mean is not null).OrderByDescending(l => l.Mean).ToList();
        lines = [.. lines.Select(l => l with { Rank = l.Mean is { } mean ? ranked.Count(r => r.Mean > mean) + 1 : null })
            .OrderBy(l => l.Rank ?? int.MaxValue).ThenBy(l => l.Title, StringComparer.Ordinal)];
        var drawDto = draw is null ? null : DrawReviewers.ToDto(draw, rows.Count(r => r.Role == ReviewRole.Reviewer), rows.Count(r => r.Role == ReviewRole.Reserve),
            lines.Count == 0 ? 0 : lines.Min(l => (long)l.Reviewers.Where(r => r.Role == ReviewRole.Reviewer && r.Status != ReviewStatus.Declined).Sum(r => r.Affinity)), []);
        return new CallReviewDto(call.Id, call.Title, call.TotalBudget, call.CapPerProject, applications.Sum(a => a.ApprovedFunding ?? 0), drawDto,
            call.PublicityFrom, call.PublicityUntil, call.ApprovedAt, call.ApprovalDocument, lines);
    }

    private static ReviewedApplication Line(ProjectApplication a, List<ReviewAssignment> rows, int expected)
    {
        var totals = rows.Where(r => r.Status == ReviewStatus.Submitted && r.Total is not null).Select(r => r.Total!.Value).ToList();
        decimal? mean = totals.Count == 0 ? null : Math.Round(totals.Average(), 2);
        decimal? spread = totals.Count < 2 ? null : totals.Max() - totals.Min();
        var reviewers = rows.OrderBy(r => r.Role == ReviewRole.Reserve).ThenBy(r => r.Status == ReviewStatus.Declined).ThenBy(r => r.CreatedAt)
            .Select(r => new ReviewerLine(r.Id, r.ExpertId, r.ExpertName, r.ExpertOrganisation, r.Role, r.Status, r.DeclineReason, r.Affinity, r.Total,
                totals.Count >= 3 && r.Total is { } t && Math.Abs(t - mean!.Value) > ReviewRules.OutlierGap, r.Comment))
            .ToList();
        return new ReviewedApplication(a.Id, a.Title, a.EnterpriseName, a.Status, a.Budget.Sum(b => b.Special), a.ApprovedFunding, mean, spread, null,
            totals.Count, expected, reviewers);
    }
}
