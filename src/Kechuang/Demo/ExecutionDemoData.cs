using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Projects.Execution;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// Last year's four 平阳县 projects in execution (docs/domain.md §6.6): each 任务书 signed a fortnight after the
/// approval and a first tranche of 60% paid; one has its mid-term report found 合格, a budget shift approved and an
/// extension waiting for the bureau; one a report waiting for the conclusion; one no report past its day (逾期); the
/// last paid in full.
/// </summary>
internal static class ExecutionDemoData
{
    public static async Task SeedAsync(KechuangDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.ProjectDisbursements.AnyAsync(ct))
        {
            return;
        }
        var projects = await db.ProjectApplications.Include(a => a.Budget).Where(a => a.Status == ApplicationStatus.Approved && a.CallRegionCode == "330326")
            .OrderBy(a => a.SubmittedAt).ToListAsync(ct);
        foreach (var (project, k) in projects.Select((p, k) => (p, k)))
        {
            var approved = DateOnly.FromDateTime(project.ApprovedAt!.Value.ToOffset(Common.Zh.Offset).DateTime);
            var signed = approved.AddDays(15);
            if (signed > today)
            {
                continue;
            }
            project.TaskBookSignedOn = signed;
            project.Status = ApplicationStatus.InExecution;
            var lines = project.Budget.Where(b => b.ApprovedSpecial > 0).ToList();
            foreach (var line in lines)
            {
                Pay(db, project.Id, 1, signed.AddDays(10), line.Category, Hundreds(line.ApprovedSpecial!.Value * 0.6m), "首期拨付");
            }
            var late = Min(today.AddDays(-20), ExecutionRules.MidtermDueOn(project) ?? today);
            switch (k)
            {
                case 0:
                    db.ProjectMidterms.Add(new ProjectMidterm
                    {
                        ApplicationId = project.Id, Progress = "完成生产线总体设计和关键设备选型，样机进入调试。", Spent = Hundreds(lines.Sum(l => l.ApprovedSpecial!.Value) * 0.45m),
                        Problems = "进口伺服电机到货延迟。", SubmittedAt = At(late), Conclusion = MidtermConclusion.Pass, ConcludedBy = "py_staff", ConcludedAt = At(late.AddDays(7)),
                    });
                    var from = lines.First(l => l.Category == BudgetRules.Business);
                    db.ProjectChanges.Add(new ProjectChange
                    {
                        ApplicationId = project.Id, Kind = ChangeKind.BudgetShift, Reason = "测试化验加工费增加", FromCategory = BudgetRules.Business, ToCategory = BudgetRules.Labour,
                        Amount = 20_000m, Status = ChangeStatus.Approved, RequestedBy = project.EnterpriseName, RequestedAt = At(late.AddDays(-30)),
                        DecidedBy = "py_staff", DecidedAt = At(late.AddDays(-25)), DecisionComment = "同意",
                    });
                    from.ApprovedSpecial -= 20_000m;
                    var labour = project.Budget.FirstOrDefault(b => b.Category == BudgetRules.Labour);
                    if (labour is null)
                    {
                        db.Add(new ApplicationBudgetLine { ApplicationId = project.Id, Category = BudgetRules.Labour, ApprovedSpecial = 20_000m });
                    }
                    else
                    {
                        labour.ApprovedSpecial = (labour.ApprovedSpecial ?? 0) + 20_000m;
                    }
                    db.ProjectChanges.Add(new ProjectChange
                    {
                        ApplicationId = project.Id, Kind = ChangeKind.Extension, Reason = "进口设备到货延迟，申请延期半年", PreviousEndOn = project.EndOn,
                        NewEndOn = project.EndOn?.AddMonths(6), RequestedBy = project.EnterpriseName, RequestedAt = now.AddDays(-3),
                    });
                    break;
                case 1:
                    db.ProjectMidterms.Add(new ProjectMidterm
                    {
                        ApplicationId = project.Id, Progress = "完成废料预处理工艺小试，中试线建设中。", Spent = Hundreds(lines.Sum(l => l.ApprovedSpecial!.Value) * 0.3m),
                        SubmittedAt = now.AddDays(-5),
                    });
                    break;
                case 3:
                    foreach (var line in lines)
                    {
                        Pay(db, project.Id, 2, late, line.Category, line.ApprovedSpecial!.Value - Hundreds(line.ApprovedSpecial!.Value * 0.6m), "中期检查后拨付余款");
                    }
                    db.ProjectMidterms.Add(new ProjectMidterm
                    {
                        ApplicationId = project.Id, Progress = "完成茶叶深加工中试，两项产品上市。", Spent = Hundreds(lines.Sum(l => l.ApprovedSpecial!.Value) * 0.55m),
                        SubmittedAt = At(late.AddDays(-10)), Conclusion = MidtermConclusion.Pass, ConcludedBy = "py_staff", ConcludedAt = At(late.AddDays(-3)),
                    });
                    break;
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static void Pay(KechuangDbContext db, Guid id, int tranche, DateOnly on, string category, decimal amount, string note) =>
        db.ProjectDisbursements.Add(new ProjectDisbursement
        {
            ApplicationId = id, Tranche = tranche, PaidOn = on, Category = category, Amount = amount, Note = note, RecordedBy = "py_staff", CreatedAt = At(on),
        });

    /// <summary>To the hundred yuan, as a bureau pays.</summary>
    private static decimal Hundreds(decimal yuan) => decimal.Round(yuan / 100m) * 100m;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset At(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), Common.Zh.Offset).ToUniversalTime();
}
