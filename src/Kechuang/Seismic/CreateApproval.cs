using Kechuang.Calendar;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Seismic;

/// <summary>POST /api/seismic/approvals: an application received by a county of the caller's region, with its due date.</summary>
public sealed class CreateApproval(KechuangDbContext db, WorkCalendar calendar, TimeProvider clock)
{
    public async Task<ApprovalDto> HandleAsync(Caller caller, ApprovalRequest request, CancellationToken ct = default)
    {
        SeismicAccess.RequireReader(caller);
        var today = clock.TodayInChina();
        var validation = new Validation();
        SeismicRules.Check(request, today, validation);
        var county = await SeismicAccess.CountyAsync(db, caller, request.RegionCode, validation, ct);
        var now = clock.GetUtcNow();
        var approval = new SeismicApproval
        {
            ProjectName = request.ProjectName!.Trim(),
            Applicant = request.Applicant!.Trim(),
            Site = SeismicRules.Blank(request.Site),
            Requirement = SeismicRules.Blank(request.Requirement),
            RegionCode = county.Code,
            ReceivedOn = request.ReceivedOn!.Value,
            LimitDays = request.LimitDays ?? SeismicRules.DefaultLimitDays,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var days = await calendar.LoadAsync(approval.ReceivedOn, today, ct);
        SeismicRules.Schedule(approval, days);
        db.SeismicApprovals.Add(approval);
        await db.SaveChangesAsync(ct);
        return ApprovalDesk.Dto(approval, county.Name, days, today);
    }
}
