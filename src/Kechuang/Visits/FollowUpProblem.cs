using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Visits;

/// <summary>POST /api/visit-problems/{id}/follow-ups: a dated note on an open problem (a closed one: 409).</summary>
public sealed class FollowUpProblem(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ProblemDto> HandleAsync(Caller caller, Guid id, FollowUpRequest request, CancellationToken ct = default)
    {
        var problem = await VisitAccess.LoadProblemForWriteAsync(db, caller, id, ct);
        if (problem.ClosedOn is not null)
        {
            throw new ConflictException("该问题已办结，不能再添加跟踪记录");
        }
        var today = clock.TodayInChina();
        var v = new Validation();
        VisitRules.FollowUp(request, problem.RaisedOn, today, v);
        v.ThrowIfAny();
        var now = clock.GetUtcNow();
        var followUp = new ProblemFollowUp { ProblemId = problem.Id, On = request.On!.Value, Note = request.Note!.Trim(), By = caller.UserName, CreatedAt = now };
        problem.FollowUps.Add(followUp);
        db.ProblemFollowUps.Add(followUp);
        problem.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return ProblemDto.From(problem, await ListProblems.EnterpriseNameAsync(db, problem, ct), today);
    }
}
