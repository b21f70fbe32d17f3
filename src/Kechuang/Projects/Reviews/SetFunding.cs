using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// The budget review (财务评审) and the funding it sets: per budget line the grant approved, never above what was
/// asked; the funding is their sum, within the call's cap per project and, with the others set, its total budget
/// (docs/domain.md §6.5). Zero funds nothing: the application will not be proposed.
/// </summary>
public sealed class SetFunding(KechuangDbContext db)
{
    public async Task<ReviewedApplication> HandleAsync(Caller caller, Guid applicationId, FundingRequest request, CancellationToken ct = default)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, applicationId, ct);
        var call = await ReviewAccess.CallAsync(db, caller, application.CallId, write: true, ct);
        if (application.Status != ApplicationStatus.InReview || call.PublicityFrom is not null)
        {
            throw new ConflictException(call.PublicityFrom is not null ? "立项公示已发布，经费不能再改" : $"申报书{application.Status}，评审中的申报书才能核定经费");
        }
        var given = request.Lines ?? [];
        var validation = new Validation();
        foreach (var line in given)
        {
            var asked = application.Budget.FirstOrDefault(b => b.Category == line.Category);
            if (asked is null)
            {
                validation.Add("lines", $"申报预算中没有“{line.Category}”");
            }
            else if (line.Approved is not { } approved || approved < 0 || approved > asked.Special)
            {
                validation.Add($"line.{line.Category}", $"“{line.Category}”核定的专项经费应在 0 到申请的 {Zh.Wan(asked.Special)} 之间");
            }
        }
        if (given.GroupBy(l => l.Category).Any(g => g.Count() > 1))
        {
            validation.Add("lines", "同一预算科目只能核定一次");
        }
        if (request.Comment?.Trim().Length > ApplicationRules.MaxReason)
        {
            validation.Add("comment", $"财务评审意见不能超过{ApplicationRules.MaxReason}个字");
        }
        validation.ThrowIfAny();

        var funding = given.Sum(l => l.Approved ?? 0);
        if (funding > call.CapPerProject)
        {
            validation.Add("lines", $"核定经费合计 {Zh.Wan(funding)}，超过指南的单项上限 {Zh.Wan(call.CapPerProject)}");
        }
        // Summed here, not in SQL: SQLite keeps money as fen through a converter and cannot sum decimals (ADR 0006).
        var others = (await db.ProjectApplications.Where(a => a.CallId == call.Id && a.Id != application.Id)
            .Select(a => a.ApprovedFunding).ToListAsync(ct)).Sum(f => f ?? 0);
        if (others + funding > call.TotalBudget)
        {
            validation.Add("lines", $"加上其他项目已核定的 {Zh.Wan(others)}，合计 {Zh.Wan(others + funding)}，超过指南总经费 {Zh.Wan(call.TotalBudget)}");
        }
        validation.ThrowIfAny();

        foreach (var line in application.Budget)
        {
            line.ApprovedSpecial = given.FirstOrDefault(l => l.Category == line.Category)?.Approved ?? 0;
        }
        application.ApprovedFunding = funding;
        application.BudgetComment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        await db.SaveChangesAsync(ct);
        var review = await new GetCallReview(db).HandleAsync(caller, call.Id, ct);
        return review.Applications.First(a => a.ApplicationId == application.Id);
    }
}
