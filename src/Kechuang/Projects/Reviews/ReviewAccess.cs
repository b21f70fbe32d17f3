using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Calls;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// Who works the review (docs/domain.md §1, §6.5): the bureau that issued the call draws, reads the scores and decides;
/// an expert sees only its own assignments, and never a reserve slot before it is promoted. Anything else answers 404,
/// so ids cannot be probed.
/// </summary>
internal static class ReviewAccess
{
    /// <summary>The call, for the bureau of its region; staff and admins write, leaders read.</summary>
    public static async Task<ProjectCall> CallAsync(KechuangDbContext db, Caller caller, Guid callId, bool write, CancellationToken ct)
    {
        if (!CallAccess.IsBureau(caller))
        {
            throw new NotFoundException("未找到该申报指南");
        }
        var call = await CallAccess.LoadAsync(db, caller, callId, track: write, ct);
        if (write)
        {
            CallAccess.RequireWrite(caller, RegionCode.Parse(call.RegionCode));
        }
        return call;
    }

    /// <summary>The expert record of an expert user (by its login), or null.</summary>
    public static Task<Guid?> ExpertIdAsync(KechuangDbContext db, Caller caller, CancellationToken ct) =>
        caller.IsIn(Roles.Expert)
            ? db.Experts.AsNoTracking().Where(e => e.UserName == caller.UserName).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct)
            : Task.FromResult<Guid?>(null);

    /// <summary>The caller's own assignment (a reviewer slot, not a reserve); any other id answers 404.</summary>
    public static async Task<ReviewAssignment> OwnAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var expertId = await ExpertIdAsync(db, caller, ct);
        var assignment = expertId is { } mine
            ? await db.ReviewAssignments.Include(r => r.Scores)
                .FirstOrDefaultAsync(r => r.Id == id && r.ExpertId == mine && r.Role == ReviewRole.Reviewer, ct)
            : null;
        return assignment ?? throw new NotFoundException("未找到该评审任务");
    }
}
