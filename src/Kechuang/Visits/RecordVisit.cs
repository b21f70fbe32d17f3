using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;

namespace Kechuang.Visits;

/// <summary>POST /api/visits: a visit to an enterprise of the caller's region (another region's: 404), with its problems.</summary>
public sealed class RecordVisit(KechuangDbContext db, TimeProvider clock)
{
    public async Task<VisitDto> HandleAsync(Caller caller, VisitRequest request, CancellationToken ct = default)
    {
        VisitAccess.RequireWriter(caller);
        var today = clock.TodayInChina();
        var v = new Validation();
        VisitRules.Visit(request, today, v);
        v.ThrowIfAny();
        var enterprise = await EnterpriseLookup.StandingAsync(db, request.EnterpriseId!.Value, today, ct);
        if (enterprise is not { } found || !caller.CanSee(Regions.RegionCode.Parse(found.RegionCode)))
        {
            throw new NotFoundException("未找到该企业，或不在本辖区内");
        }
        var now = clock.GetUtcNow();
        var visit = new Visit
        {
            EnterpriseId = request.EnterpriseId!.Value, EnterpriseName = found.Name, RegionCode = found.RegionCode,
            VisitedOn = request.VisitedOn!.Value, Visitors = request.Visitors!.Trim(), Attendees = Validation.Blank(request.Attendees),
            Summary = request.Summary!.Trim(), RecordedBy = caller.UserName, CreatedAt = now, UpdatedAt = now,
        };
        var region = Regions.RegionCode.Parse(found.RegionCode);
        foreach (var (p, i) in (request.Problems ?? []).Select((p, i) => (p, i)))
        {
            var assignee = p.AssigneeUserId is { Length: > 0 } id
                ? await VisitAccess.AssigneeAsync(db, caller, id, region, $"problems[{i}].assigneeUserId", ct) : null;
            visit.Problems.Add(AddProblem.New(visit, p, assignee, now));
        }
        db.Visits.Add(visit);
        await db.SaveChangesAsync(ct);
        return VisitDto.From(visit, today);
    }
}
