using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Projects.Assignment;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// The expert declines, or declares a conflict found late (docs/domain.md §6.5): its slot is filled at once and no
/// other assignment moves — first from the application's reserves (备选) in the order drawn, then from the whole pool
/// by the same rules (the closest expert, or drawn from the recorded seed in random mode, ADR 0017). When nobody
/// qualifies the decline still stands and the bureau's view shows the application short, with the reason.
/// </summary>
public sealed class DeclineReview(KechuangDbContext db)
{
    public async Task<ReviewTaskDto> HandleAsync(Caller caller, Guid id, DeclineRequest request, CancellationToken ct = default)
    {
        var assignment = await ReviewAccess.OwnAsync(db, caller, id, ct);
        var validation = new Validation();
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            validation.Add("reason", request.Conflict == true ? "请写明利害关系，如“与申报单位负责人为同学”" : "请写明不能参加的原因");
        }
        else if (request.Reason.Trim().Length > ReviewRules.MaxText)
        {
            validation.Add("reason", $"原因不能超过{ReviewRules.MaxText}个字");
        }
        validation.ThrowIfAny();
        if (assignment.Status is ReviewStatus.Declined or ReviewStatus.Submitted)
        {
            throw new ConflictException($"该评审任务{assignment.Status}，不能再拒绝");
        }
        assignment.Status = ReviewStatus.Declined;
        assignment.DeclineReason = (request.Conflict == true ? "回避：" : "") + request.Reason!.Trim();
        await ReplaceAsync(assignment, ct);
        await db.SaveChangesAsync(ct);
        return await GetReview.ToDtoAsync(db, assignment, ct);
    }

    private async Task ReplaceAsync(ReviewAssignment declined, CancellationToken ct)
    {
        var call = await db.ProjectCalls.AsNoTracking().FirstAsync(c => c.Id == declined.CallId, ct);
        var draw = await db.ReviewDraws.AsNoTracking().FirstAsync(d => d.Id == declined.DrawId, ct);
        var rows = await db.ReviewAssignments.Where(r => r.CallId == call.Id && r.Status != ReviewStatus.Declined && r.Id != declined.Id).ToListAsync(ct);
        var inReview = await db.ProjectApplications.AsNoTracking()
            .Where(a => a.CallId == call.Id && a.Status == ApplicationStatus.InReview).Select(a => a.Id).ToListAsync(ct);
        var review = await ReviewProblem.LoadAsync(db, call, inReview, ct);
        var applicationId = declined.ApplicationId.ToString();
        var expertId = declined.ExpertId.ToString();
        var current = rows.Where(r => r.Role == ReviewRole.Reviewer)
            .Select(r => new AssignedPair(r.ApplicationId.ToString(), r.ExpertId.ToString(), r.Affinity))
            .Append(new AssignedPair(applicationId, expertId, declined.Affinity)).ToList();
        var problem = review.Problem;
        if (!review.Experts.ContainsKey(expertId))
        {
            // The expert has since left the pool or become unavailable: the engine still needs to know it to free its slot.
            problem = problem with { Experts = [.. problem.Experts, new ReviewExpert(expertId, declined.ExpertOrganisation)] };
        }

        var reserves = rows.Where(r => r.Role == ReviewRole.Reserve && r.ApplicationId == declined.ApplicationId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToList();
        foreach (var reserve in reserves)
        {
            var onlyThis = problem with
            {
                Candidates = [.. problem.Candidates.Where(c => c.ApplicationId != applicationId || c.ExpertId == reserve.ExpertId.ToString())],
            };
            if (ReplaceDeclined.Handle(onlyThis, current, applicationId, expertId).NewPair is not null)
            {
                reserve.Role = ReviewRole.Reviewer;
                reserve.Status = ReviewStatus.Pending;
                return;
            }
        }

        // Random mode replays: the n-th replacement of a draw uses the draw's seed plus n.
        var declines = await db.ReviewAssignments.CountAsync(r => r.DrawId == draw.Id && r.Status == ReviewStatus.Declined, ct);
        long? seed = draw.Mode == ReviewMode.Random && draw.Seed is { } s ? s + declines + 1 : null;
        var replacement = ReplaceDeclined.Handle(problem, current, applicationId, expertId, seed);
        if (replacement.NewPair is { } pair && review.Experts.TryGetValue(pair.ExpertId, out var expert))
        {
            db.ReviewAssignments.Add(ReviewAssignment.Of(draw, declined.ApplicationId, expert, pair.Affinity, ReviewRole.Reviewer));
        }
    }
}
