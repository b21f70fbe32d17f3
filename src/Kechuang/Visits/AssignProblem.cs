using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Visits;

/// <summary>
/// POST /api/visit-problems/{id}/assign: gives an open problem to a staff user (reassigning is allowed while it is open),
/// optionally with a new due date; a closed problem: 409 (docs/domain.md §7.13).
/// </summary>
public sealed class AssignProblem(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ProblemDto> HandleAsync(Caller caller, Guid id, AssignProblemRequest request, CancellationToken ct = default)
    {
        var problem = await VisitAccess.LoadProblemForWriteAsync(db, caller, id, ct);
        if (problem.ClosedOn is not null)
        {
            throw new ConflictException("该问题已办结，不能再指派承办人");
        }
        var v = new Validation();
        VisitRules.Assign(request, problem.RaisedOn, v);
        v.ThrowIfAny();
        var assignee = await VisitAccess.AssigneeAsync(db, caller, request.AssigneeUserId!, RegionCode.Parse(problem.RegionCode), "assigneeUserId", ct);
        problem.AssigneeUserId = assignee.UserId;
        problem.Assignee = assignee.DisplayName;
        if (request.DueOn is { } due)
        {
            problem.DueOn = due;
        }
        problem.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ProblemDto.From(problem, await ListProblems.EnterpriseNameAsync(db, problem, ct), clock.TodayInChina());
    }
}
