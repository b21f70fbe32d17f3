using Kechuang.Calendar;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Seismic;

/// <summary>
/// POST /api/seismic/approvals/{id}/decide: 批准 or 不予批准 with the day and the document number (docs/domain.md §7.10);
/// once only — a second decision is a conflict naming the first. On time when dated on or before the due date.
/// </summary>
public sealed class DecideApproval(KechuangDbContext db, WorkCalendar calendar, TimeProvider clock)
{
    public async Task<ApprovalDto> HandleAsync(Caller caller, Guid id, DecisionRequest request, CancellationToken ct = default)
    {
        var approval = await SeismicAccess.LoadAsync(db, caller, id, track: true, ct);
        SeismicAccess.RequireWrite(caller, RegionCode.Parse(approval.RegionCode));
        if (approval.Decision is { } given)
        {
            throw new ConflictException($"该审批已于{Zh.Date(approval.DecidedOn!.Value)}作出“{given}”的决定（{approval.DocumentNumber}），不能重复办结");
        }
        var today = clock.TodayInChina();
        var validation = new Validation();
        SeismicRules.Decision(approval, request, today, validation);
        validation.ThrowIfAny();
        // The due date the decision is judged by: the calendar as it is on the day of the decision.
        var days = await calendar.LoadAsync(approval.ReceivedOn, today, ct);
        SeismicRules.Schedule(approval, days);
        approval.Decision = request.Decision!.Trim();
        approval.DecidedOn = request.DecidedOn;
        approval.DocumentNumber = request.DocumentNumber!.Trim();
        approval.DecisionRemark = SeismicRules.Blank(request.Remark);
        approval.Requirement = SeismicRules.Blank(request.Requirement) ?? approval.Requirement;
        approval.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);   // the version token turns a concurrent second decision into a 409
        var region = (await RegionLookup.ForAsync(db, ct, approval.RegionCode))(approval.RegionCode);
        return ApprovalDesk.Dto(approval, region?.Name, days, today);
    }
}
