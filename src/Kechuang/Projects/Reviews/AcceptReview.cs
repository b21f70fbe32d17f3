using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Projects.Reviews;

/// <summary>The expert confirms it will review (确认参加评审).</summary>
public sealed class AcceptReview(KechuangDbContext db)
{
    public async Task<ReviewTaskDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var assignment = await ReviewAccess.OwnAsync(db, caller, id, ct);
        if (assignment.Status != ReviewStatus.Pending)
        {
            throw new ConflictException($"该评审任务{assignment.Status}，不能再确认");
        }
        assignment.Status = ReviewStatus.Accepted;
        await db.SaveChangesAsync(ct);
        return await GetReview.ToDtoAsync(db, assignment, ct);
    }
}
