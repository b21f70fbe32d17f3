using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Visits;

/// <summary>POST /api/visit-problems/{id}/close: 已解决 or 无法解决 with the answer or reason; closed once (again: 409).</summary>
public sealed class CloseProblem(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ProblemDto> HandleAsync(Caller caller, Guid id, CloseProblemRequest request, CancellationToken ct = default)
    {
        var problem = await VisitAccess.LoadProblemForWriteAsync(db, caller, id, ct);
        if (problem.ClosedOn is { } closed)
        {
            throw new ConflictException($"该问题已于{Zh.Date(closed)}办结（{problem.Outcome}），不能重复办结");
        }
        var today = clock.TodayInChina();
        var v = new Validation();
        VisitRules.Close(request, problem.RaisedOn, today, v);
        v.ThrowIfAny();
        problem.Outcome = request.Outcome!.Trim();
        problem.Answer = request.Answer!.Trim();
        problem.ClosedOn = request.ClosedOn ?? today;
        problem.ClosedBy = caller.UserName;
        problem.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ProblemDto.From(problem, await ListProblems.EnterpriseNameAsync(db, problem, ct), today);
    }
}
