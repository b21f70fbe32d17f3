using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Projects.Calls;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>
/// 提交: the call open today, the enterprise eligible today (the call's rules, with every reason), the application
/// complete and its budget within the call's cap and the indirect-cost share (docs/domain.md §6.4). A returned one is
/// submitted again the same way.
/// </summary>
public sealed class SubmitApplication(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ApplicationDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
        ApplicationAccess.RequireApplicant(caller, application);
        if (!ApplicationStatus.Editable(application.Status))
        {
            throw new ConflictException($"申报书{application.Status}，不能再次提交");
        }
        var call = await db.ProjectCalls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, ct);
        var today = clock.TodayInChina();
        var validation = new Validation();
        var standing = await EnterpriseLookup.StandingAsync(db, application.EnterpriseId, today, ct) ?? throw new NotFoundException("未找到本企业");
        foreach (var reason in CheckEligibility.Reasons(call, standing.RegionCode, standing.ValidTitles, today)
            .Concat(await Execution.ProjectStanding.ReasonsAsync(db, application.EnterpriseId, today, ct)))
        {
            validation.Add("eligibility", reason);
        }
        ApplicationRules.Complete(application, validation);
        foreach (var missing in call.Attachments.Where(item => !application.Attachments.Any(a => a.Requirement == item)))
        {
            validation.Add("attachments", $"缺少指南要求的附件：{missing}");
        }
        BudgetRules.CheckForSubmission([.. application.Budget.Select(b => new BudgetLineRequest(b.Category, b.Special, b.Own))],
            call.CapPerProject, call.IndirectCostCapPercent, validation);
        validation.ThrowIfAny();
        application.Status = ApplicationStatus.Submitted;
        application.SubmittedAt = clock.GetUtcNow();
        application.ReturnReason = null;
        await db.SaveChangesAsync(ct);
        return ApplicationDto.From(application, call.Title);
    }
}
