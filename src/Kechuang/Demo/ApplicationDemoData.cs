using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Projects.Applications;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// Applications to 平阳县's open 重点研发 call (docs/domain.md §6.4): eight enterprises holding a valid title, two passed
/// by the formal check, one returned with its reason, five waiting for the check; the demo enterprise user's own
/// enterprise is left free to apply.
/// </summary>
internal static class ApplicationDemoData
{
    private static readonly string[] Topics =
        ["智能检测装备研发", "新型环保材料制备工艺", "高精度传感器研制", "工业机器人关键部件", "数字化车间系统集成", "医用防护材料研发", "锂电池回收利用技术", "食品安全快速检测"];

    public static async Task SeedAsync(KechuangDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var call = await db.ProjectCalls.AsNoTracking()
            .Where(c => c.RegionCode == "330326" && c.PublishedAt != null && c.OpensOn <= today && c.ClosesOn >= today).FirstOrDefaultAsync(ct);
        if (call is null || await db.ProjectApplications.AnyAsync(ct))
        {
            return;
        }
        var own = await db.Users.AsNoTracking().Where(u => u.UserName == SeedDemoData.EnterpriseUser).Select(u => u.EnterpriseId).FirstOrDefaultAsync(ct);
        var titled = await db.Qualifications.AsNoTracking()
            .Where(q => q.Type == QualificationType.HighTech && q.RevokedOn == null && (q.ExpiresOn == null || q.ExpiresOn >= today))
            .Select(q => q.EnterpriseId).Distinct().ToListAsync(ct);
        var enterprises = await db.Enterprises.AsNoTracking()
            .Where(e => e.RegionCode == "330326" && titled.Contains(e.Id) && e.Id != own).OrderBy(e => e.Id).Take(Topics.Length)
            .Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        var random = new Random(330326 + 41);
        foreach (var (enterprise, k) in enterprises.Select((e, k) => (e, k)))
        {
            var special = 100_000m * (2 + random.Next(3));
            var application = new ProjectApplication
            {
                CallId = call.Id, CallRegionCode = call.RegionCode, EnterpriseId = enterprise.Id, EnterpriseName = enterprise.Name, EnterpriseRegionCode = "330326",
                Title = Topics[k], Summary = $"围绕{Topics[k]}开展关键技术攻关，形成样机并在本企业产线应用。", Field = "先进制造与自动化",
                StartOn = new DateOnly(today.Year + 1, 1, 1), EndOn = new DateOnly(today.Year + 2, 12, 31), Leader = "项目负责人" + (k + 1),
                Partners = k % 3 == 0 ? ["温州大学"] : [],
                Status = k < 2 ? ApplicationStatus.Passed : k == 2 ? ApplicationStatus.Returned : ApplicationStatus.Submitted,
                ReturnReason = k == 2 ? "缺少合作单位的合作协议，请补充后重新提交" : null,
                SubmittedAt = now.AddDays(-5 + k % 4), CheckedAt = k <= 2 ? now.AddDays(-1) : null, CheckedBy = k <= 2 ? "py_staff" : null,
                CreatedAt = now.AddDays(-8), UpdatedAt = now,
            };
            db.ProjectApplications.Add(application);
            db.ApplicationMembers.Add(new ApplicationMember { ApplicationId = application.Id, Name = application.Leader, Title = "高级工程师", Role = "项目负责人", SortOrder = 0 });
            db.ApplicationMembers.Add(new ApplicationMember { ApplicationId = application.Id, Name = "技术骨干" + (k + 1), Title = "工程师", Role = "研发", SortOrder = 1 });
            db.ApplicationMilestones.Add(new ApplicationMilestone { ApplicationId = application.Id, DueOn = new DateOnly(today.Year + 1, 12, 31), Content = "完成样机研制" });
            db.ApplicationMilestones.Add(new ApplicationMilestone { ApplicationId = application.Id, DueOn = new DateOnly(today.Year + 2, 12, 31), Content = "产线应用并验收" });
            db.ApplicationBudgetLines.Add(new ApplicationBudgetLine { ApplicationId = application.Id, Category = BudgetRules.Equipment, Special = special * 0.3m, Own = special });
            db.ApplicationBudgetLines.Add(new ApplicationBudgetLine { ApplicationId = application.Id, Category = BudgetRules.Business, Special = special * 0.4m, Own = special / 2 });
            db.ApplicationBudgetLines.Add(new ApplicationBudgetLine { ApplicationId = application.Id, Category = BudgetRules.Labour, Special = special * 0.2m, Own = 0 });
            db.ApplicationBudgetLines.Add(new ApplicationBudgetLine { ApplicationId = application.Id, Category = BudgetRules.Indirect, Special = special * 0.1m, Own = 0 });
        }
        await db.SaveChangesAsync(ct);
    }
}
