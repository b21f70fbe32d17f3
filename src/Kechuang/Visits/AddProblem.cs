using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

/// <summary>POST /api/visits/{id}/problems: a problem raised on the visit, with its due date and, if already known, its assignee.</summary>
public sealed class AddProblem(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ProblemDto> HandleAsync(Caller caller, Guid visitId, ProblemRequest request, CancellationToken ct = default)
    {
        VisitAccess.RequireWriter(caller);
        var visit = await VisitAccess.Visible(db, caller).FirstOrDefaultAsync(v => v.Id == visitId, ct)
            ?? throw new NotFoundException("未找到该走访记录");
        var v = new Validation();
        VisitRules.Problem(request, visit.VisitedOn, v);
        v.ThrowIfAny();
        var assignee = request.AssigneeUserId is { Length: > 0 } id
            ? await VisitAccess.AssigneeAsync(db, caller, id, Regions.RegionCode.Parse(visit.RegionCode), "assigneeUserId", ct) : null;
        var problem = New(visit, request, assignee, clock.GetUtcNow());
        db.VisitProblems.Add(problem);
        await db.SaveChangesAsync(ct);
        return ProblemDto.From(problem, visit.EnterpriseName, clock.TodayInChina());
    }

    internal static VisitProblem New(Visit visit, ProblemRequest r, AssigneeDto? assignee, DateTimeOffset now) => new()
    {
        VisitId = visit.Id, EnterpriseId = visit.EnterpriseId, RegionCode = visit.RegionCode, RaisedOn = visit.VisitedOn,
        Category = r.Category!.Trim(), Description = r.Description!.Trim(), DueOn = r.DueOn!.Value,
        AssigneeUserId = assignee?.UserId, Assignee = assignee?.DisplayName,
        UpdatedAt = now,
    };
}
