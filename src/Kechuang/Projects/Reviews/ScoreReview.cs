using System.Globalization;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// The expert scores each criterion of the call's review form within its maximum, with its opinion; it may save and
/// come back, and once submitted the scores are final (docs/domain.md §6.5).
/// </summary>
public sealed class ScoreReview(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ReviewTaskDto> HandleAsync(Caller caller, Guid id, ScoreRequest request, CancellationToken ct = default)
    {
        var assignment = await ReviewAccess.OwnAsync(db, caller, id, ct);
        var criteria = await db.ProjectCallCriteria.AsNoTracking().Where(c => c.CallId == assignment.CallId).OrderBy(c => c.SortOrder).ToListAsync(ct);
        var given = request.Scores ?? [];
        var submit = request.Submit == true;
        var validation = new Validation();
        if (given.Any(s => criteria.All(c => c.Id != s.CriterionId)))
        {
            validation.Add("scores", "评分中有不属于该指南评审表的指标");
        }
        if (given.GroupBy(s => s.CriterionId).Any(g => g.Count() > 1))
        {
            validation.Add("scores", "同一指标只能打一个分");
        }
        foreach (var criterion in criteria)
        {
            var score = given.FirstOrDefault(s => s.CriterionId == criterion.Id)?.Score;
            var max = criterion.MaxScore.ToString("0.##", CultureInfo.InvariantCulture);
            if (score is { } value && (value < 0 || value > criterion.MaxScore))
            {
                validation.Add($"score.{criterion.Id}", $"“{criterion.Name}”的得分应在 0 到 {max} 之间，现为 {value.ToString("0.##", CultureInfo.InvariantCulture)}");
            }
            else if (score is null && submit)
            {
                validation.Add($"score.{criterion.Id}", $"请为“{criterion.Name}”打分（0–{max}）");
            }
        }
        var comment = request.Comment?.Trim();
        if (submit && string.IsNullOrEmpty(comment))
        {
            validation.Add("comment", "提交前请填写评审意见");
        }
        if (comment?.Length > ReviewRules.MaxComment)
        {
            validation.Add("comment", $"评审意见不能超过{ReviewRules.MaxComment}个字");
        }
        validation.ThrowIfAny();
        if (assignment.Status != ReviewStatus.Accepted)
        {
            throw new ConflictException(assignment.Status == ReviewStatus.Pending ? "请先确认参加评审，再打分" : $"该评审任务{assignment.Status}，不能再修改评分");
        }

        db.ReviewScores.RemoveRange(assignment.Scores);
        foreach (var s in given.Where(s => s.Score is not null))
        {
            db.ReviewScores.Add(new ReviewScore { AssignmentId = assignment.Id, CriterionId = s.CriterionId, Score = s.Score!.Value });
        }
        assignment.Comment = string.IsNullOrEmpty(comment) ? null : comment;
        if (submit)
        {
            assignment.Status = ReviewStatus.Submitted;
            assignment.SubmittedAt = clock.GetUtcNow();
            assignment.Total = ReviewRules.Total(criteria.Select(c => (given.First(s => s.CriterionId == c.Id).Score!.Value, c.MaxScore, c.Weight)));
        }
        await db.SaveChangesAsync(ct);
        var saved = await db.ReviewAssignments.AsNoTracking().Include(r => r.Scores).FirstAsync(r => r.Id == id, ct);
        return await GetReview.ToDtoAsync(db, saved, ct);
    }
}
