using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Projects.Calls;

/// <summary>
/// GET /api/projects/calls/{id}/eligibility: whether an enterprise may apply to the call today, with every reason it
/// may not (docs/domain.md §6.2) — the same check a submission will make. An enterprise user asks for its own
/// enterprise; the bureau for any enterprise of its region (the one reference rule, ADR 0015).
/// </summary>
public sealed class CheckEligibility(KechuangDbContext db, TimeProvider clock)
{
    public async Task<EligibilityDto> HandleAsync(Caller caller, Guid id, Guid? enterpriseId, CancellationToken ct = default)
    {
        var call = await CallAccess.LoadAsync(db, caller, id, track: false, ct);
        var enterprise = caller.IsIn(Roles.Enterprise) ? caller.EnterpriseId : enterpriseId;
        if (caller.IsIn(Roles.Enterprise) && enterpriseId is { } asked && asked != caller.EnterpriseId)
        {
            throw new NotFoundException("未找到该企业");
        }
        if (enterprise is not { } target)
        {
            throw new ValidationFailedException("enterpriseId", "请指定要检查的企业（enterpriseId）");
        }
        if (!caller.IsIn(Roles.Enterprise))
        {
            var check = new Validation();
            await EnterpriseReference.CheckIdAsync(db, caller, target, null, "enterpriseId", check, ct);
            check.ThrowIfAny();
        }
        var today = clock.TodayInChina();
        var standing = await EnterpriseLookup.StandingAsync(db, target, today, ct) ?? throw new NotFoundException("未找到该企业");
        var reasons = Reasons(call, standing.RegionCode, standing.ValidTitles, today);
        reasons.AddRange(await Execution.ProjectStanding.ReasonsAsync(db, target, today, ct));
        return new EligibilityDto(call.Id, target, standing.Name, reasons.Count == 0, reasons);
    }

    /// <summary>Every rule of the call the enterprise does not meet today, in the call's words.</summary>
    public static List<string> Reasons(ProjectCall call, string enterpriseRegion, IReadOnlyList<string> validTitles, DateOnly today)
    {
        var reasons = new List<string>();
        var status = call.StatusOn(today);
        if (status != CallStatus.Open)
        {
            reasons.Add(status switch
            {
                CallStatus.Upcoming => $"申报尚未开始（{Zh.Date(call.OpensOn)}开始）",
                CallStatus.Closed => $"申报已于{Zh.Date(call.ClosesOn)}截止",
                _ => "该指南尚未发布",
            });
        }
        if (call.RegisteredInRegion && !RegionCode.Parse(call.RegionCode).Covers(enterpriseRegion))
        {
            reasons.Add($"须为注册在本区域（{call.RegionCode}）的企业，该企业登记在 {enterpriseRegion}");
        }
        if (call.RequiredTitles.Count > 0 && !call.RequiredTitles.Any(validTitles.Contains))
        {
            reasons.Add($"须持有有效的{string.Join("或", call.RequiredTitles)}资格");
        }
        return reasons;
    }
}
