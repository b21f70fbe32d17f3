using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>One review task with the application to read and the form to fill; only the assigned expert gets it, others 404.</summary>
public sealed class GetReview(KechuangDbContext db)
{
    public async Task<ReviewTaskDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var assignment = await ReviewAccess.OwnAsync(db, caller, id, ct);
        return await ToDtoAsync(db, assignment, ct);
    }

    internal static async Task<ReviewTaskDto> ToDtoAsync(KechuangDbContext db, ReviewAssignment r, CancellationToken ct)
    {
        var call = await db.ProjectCalls.AsNoTracking().Include(c => c.Criteria).FirstAsync(c => c.Id == r.CallId, ct);
        var application = await db.ProjectApplications.AsNoTracking().Include(a => a.Members).Include(a => a.Milestones).Include(a => a.Budget)
            .Include(a => a.Attachments).AsSplitQuery().FirstAsync(a => a.Id == r.ApplicationId, ct);
        // A declined task keeps its line in the list but no longer opens the application.
        var readable = r.Status != ReviewStatus.Declined;
        return new ReviewTaskDto(r.Id, call.Id, call.Title, application.Id, application.Title, application.EnterpriseName, application.Field,
            r.Status, r.Comment, r.Total, r.SubmittedAt,
            [.. call.Criteria.OrderBy(c => c.SortOrder).Select(c => new CriterionDto(c.Id, c.Name, c.MaxScore, c.Weight))],
            [.. r.Scores.Select(s => new CriterionScore(s.CriterionId, s.Score))],
            readable ? ApplicationDto.From(application, call.Title) : null, r.Version);
    }
}
