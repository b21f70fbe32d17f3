using Kechuang.Calendar;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Seismic;

/// <summary>
/// PUT /api/seismic/approvals/{id}: corrects what was registered; the due date follows a new receipt date or limit.
/// A decided approval keeps its decision, which must still fall on or after the receipt (400 otherwise).
/// </summary>
public sealed class UpdateApproval(KechuangDbContext db, WorkCalendar calendar, TimeProvider clock)
{
    public async Task<ApprovalDto> HandleAsync(Caller caller, Guid id, ApprovalRequest request, CancellationToken ct = default)
    {
        var approval = await SeismicAccess.LoadAsync(db, caller, id, track: true, ct);
        SeismicAccess.RequireWrite(caller, RegionCode.Parse(approval.RegionCode));
        var today = clock.TodayInChina();
        var validation = new Validation();
        SeismicRules.Check(request, today, validation);
        if (approval.DecidedOn is { } decided && request.ReceivedOn is { } received && received > decided)
        {
            validation.Add("receivedOn", $"受理日期不能晚于已作出的决定日期（{Zh.Date(decided)}）");
        }
        var county = await SeismicAccess.CountyAsync(db, caller, request.RegionCode, validation, ct);
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, approval, version);
        }
        approval.ProjectName = request.ProjectName!.Trim();
        approval.Applicant = request.Applicant!.Trim();
        approval.Site = SeismicRules.Blank(request.Site);
        approval.Requirement = SeismicRules.Blank(request.Requirement);
        approval.RegionCode = county.Code;
        approval.ReceivedOn = request.ReceivedOn!.Value;
        approval.LimitDays = request.LimitDays ?? approval.LimitDays;
        approval.UpdatedAt = clock.GetUtcNow();
        var days = await calendar.LoadAsync(approval.ReceivedOn, today, ct);
        SeismicRules.Schedule(approval, days);
        await db.SaveChangesAsync(ct);
        return ApprovalDesk.Dto(approval, county.Name, days, today);
    }
}
