using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>The expert's portal (docs/domain.md §6.5): its own review tasks, newest call first; reserves are not shown.</summary>
public sealed class ListMyReviews(KechuangDbContext db)
{
    public async Task<IReadOnlyList<ReviewTaskDto>> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Expert);
        if (await ReviewAccess.ExpertIdAsync(db, caller, ct) is not { } expertId)
        {
            return [];
        }
        var rows = await (
            from r in db.ReviewAssignments.AsNoTracking()
            join a in db.ProjectApplications.AsNoTracking() on r.ApplicationId equals a.Id
            join c in db.ProjectCalls.AsNoTracking() on r.CallId equals c.Id
            where r.ExpertId == expertId && r.Role == ReviewRole.Reviewer
            orderby r.CreatedAt descending, a.Title
            select new ReviewTaskDto(r.Id, c.Id, c.Title, a.Id, a.Title, a.EnterpriseName, a.Field, r.Status, r.Comment, r.Total, r.SubmittedAt,
                Array.Empty<CriterionDto>(), Array.Empty<CriterionScore>(), null, r.Version)).ToListAsync(ct);
        return rows;
    }
}
