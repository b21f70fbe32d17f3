using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Projects.Applications;
using Kechuang.Projects.Assignment;
using Kechuang.Projects.Calls;
using Kechuang.Projects.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// The review and its outcome (docs/domain.md §6.5): 平阳县's closed 社会发展 call in review — six applications, experts
/// drawn at random from the county's pool with a recorded seed, three applications fully scored, the others
/// waiting for their experts (the demo expert 陶建华's tasks are left to do); and last year's 重点研发 call with
/// four projects approved after the budget review and the publicity, now in execution.
/// </summary>
internal static class ReviewDemoData
{
    private static readonly (string Title, string Field)[] InReview =
    [
        ("基于5G的工业设备远程运维平台", "电子信息"), ("可降解高分子包装材料开发", "新材料"), ("家用医疗监护设备研制", "生物与新医药"),
        ("印染废水深度处理装备", "资源与环境"), ("储能锂电池热管理系统", "新能源与节能"), ("汽摩配件柔性装配生产线", "先进制造与自动化"),
    ];

    private static readonly (string Title, string Field, decimal Funding)[] Approved =
    [
        ("塑料编织袋智能生产线研制", "先进制造与自动化", 400_000m), ("皮革废料资源化利用技术", "资源与环境", 300_000m),
        ("印刷包装数字化质量检测系统", "电子信息", 350_000m), ("特色茶叶深加工关键技术", "农产品加工", 200_000m),
    ];

    private static readonly string[] Leaders = ["郑国栋", "林晓峰", "陈海波", "黄志强", "吴建新", "周立明", "苏文华", "叶成林", "潘宏伟", "金晓东"];
    private static readonly string[] Engineers = ["李俊杰", "王雅婷", "张浩然", "刘思源", "杨帆", "赵子涵", "孙嘉怡", "胡宇航", "朱晨曦", "高明远"];

    public static async Task SeedAsync(KechuangDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.ReviewDraws.AnyAsync(ct))
        {
            return;
        }
        var calls = await db.ProjectCalls.Include(c => c.Criteria).Where(c => c.RegionCode == "330326" && c.PublishedAt != null && c.ClosesOn < today).ToListAsync(ct);
        var inReview = calls.FirstOrDefault(c => c.Year == today.Year && c.Programme == "社会发展");
        var lastYear = calls.FirstOrDefault(c => c.Year == today.Year - 1);
        if (inReview is null || lastYear is null)
        {
            return;
        }
        var used = await db.ProjectApplications.Select(a => a.EnterpriseId).ToListAsync(ct);
        var own = await db.Users.AsNoTracking().Where(u => u.UserName == SeedDemoData.EnterpriseUser).Select(u => u.EnterpriseId).FirstOrDefaultAsync(ct);
        var titled = await db.Qualifications.AsNoTracking()
            .Where(q => q.Type == QualificationType.HighTech && q.RevokedOn == null && (q.ExpiresOn == null || q.ExpiresOn >= today))
            .Select(q => q.EnterpriseId).Distinct().ToListAsync(ct);
        var enterprises = await db.Enterprises.AsNoTracking()
            .Where(e => e.RegionCode == "330326" && titled.Contains(e.Id) && e.Id != own && !used.Contains(e.Id)).OrderBy(e => e.Id)
            .Take(InReview.Length + Approved.Length).Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        if (enterprises.Count < InReview.Length + Approved.Length)
        {
            return;
        }
        var random = new Random(330326 + 53);
        var closed = new DateTimeOffset(inReview.ClosesOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).ToUniversalTime();

        var passed = new List<ProjectApplication>();
        foreach (var ((title, field), k) in InReview.Select((t, k) => (t, k)))
        {
            var application = Application(db, inReview, enterprises[k].Id, enterprises[k].Name, title, field, 100_000m * (1 + random.Next(3)), k, today);
            application.SubmittedAt = closed.AddDays(-6 + k);
            application.CheckedAt = closed.AddDays(3);
            application.CheckedBy = "py_staff";
            application.Status = ApplicationStatus.Passed;
            passed.Add(application);
        }
        await db.SaveChangesAsync(ct);

        // The engine draws as the bureau would: at random among same-field experts first, two reserves, a recorded seed.
        var review = await ReviewProblem.LoadAsync(db, inReview, [.. passed.Select(a => a.Id)], ct);
        var result = DrawRandom.Handle(review.Problem, new DrawOptions(2, RelatedFirst: true, Seed: 20_261_101));
        if (!result.IsComplete)
        {
            return;
        }
        DrawReviewers.Record(db, inReview, review, result, ReviewMode.Random, "py_staff", closed.AddDays(5), passed);
        await db.SaveChangesAsync(ct);
        var assignments = await db.ReviewAssignments.Where(r => r.CallId == inReview.Id && r.Role == ReviewRole.Reviewer).OrderBy(r => r.Id).ToListAsync(ct);
        var expertUser = await db.Experts.AsNoTracking().Where(e => e.UserName == SeedDemoData.ExpertUser).Select(e => e.Id).FirstOrDefaultAsync(ct);
        var scored = passed.Take(3).Select(a => a.Id).ToHashSet();
        foreach (var assignment in assignments.Where(a => a.ExpertId != expertUser))
        {
            assignment.Status = ReviewStatus.Accepted;
            if (scored.Contains(assignment.ApplicationId))
            {
                var scores = inReview.Criteria.Select(c => (c, Score: Math.Round(c.MaxScore * (0.6m + (decimal)random.NextDouble() * 0.35m)))).ToList();
                foreach (var (criterion, score) in scores)
                {
                    db.ReviewScores.Add(new ReviewScore { AssignmentId = assignment.Id, CriterionId = criterion.Id, Score = score });
                }
                assignment.Total = ReviewRules.Total(scores.Select(s => (s.Score, s.c.MaxScore, s.c.Weight)));
                assignment.Comment = "项目目标明确，技术路线可行，建议关注经费预算的合理性。";
                assignment.Status = ReviewStatus.Submitted;
                assignment.SubmittedAt = closed.AddDays(8);
            }
        }

        // Last year's call: approved after the budget review and a five-working-day publicity.
        var approvedAt = new DateTimeOffset(new DateTime(today.Year - 1, 6, 20, 10, 0, 0), TimeSpan.FromHours(8)).ToUniversalTime();
        foreach (var ((title, field, funding), k) in Approved.Select((t, k) => (t, k)))
        {
            var enterprise = enterprises[InReview.Length + k];
            // The first has its equipment line cut by the budget review (通用设备不予资助).
            var application = Application(db, lastYear, enterprise.Id, enterprise.Name, title, field, funding, k, new DateOnly(today.Year - 1, 4, 1),
                approve: category => category != BudgetRules.Equipment || k != 0);
            application.SubmittedAt = approvedAt.AddDays(-80 + k);
            application.CheckedAt = approvedAt.AddDays(-60);
            application.CheckedBy = "py_staff";
            application.Status = ApplicationStatus.Approved;
            application.ApprovedFunding = k == 0 ? funding * 0.7m : funding;
            application.ApprovedAt = approvedAt;
            application.BudgetComment = k == 0 ? "设备费中通用设备不予资助" : null;
        }
        lastYear.PublicityFrom = new DateOnly(today.Year - 1, 6, 9);
        lastYear.PublicityUntil = new DateOnly(today.Year - 1, 6, 13);
        lastYear.ApprovedAt = approvedAt;
        lastYear.ApprovalDocument = $"平科〔{today.Year - 1}〕15号";
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An application with a two-person team, two milestones and a budget whose grant adds up to <paramref name="special"/>;
    /// with <paramref name="approve"/>, the budget review's decision per line (approved in full or cut to nothing).</summary>
    private static ProjectApplication Application(KechuangDbContext db, ProjectCall call, Guid enterpriseId, string enterpriseName, string title, string field,
        decimal special, int k, DateOnly start, Func<string, bool>? approve = null)
    {
        var application = new ProjectApplication
        {
            CallId = call.Id, CallRegionCode = call.RegionCode, EnterpriseId = enterpriseId, EnterpriseName = enterpriseName, EnterpriseRegionCode = "330326",
            Title = title, Summary = $"围绕{title}开展关键技术攻关，形成样机或示范应用。", Field = field,
            StartOn = start.AddMonths(3), EndOn = start.AddMonths(27), Leader = Leaders[(k + (call.Year % 2 * 6)) % Leaders.Length], CreatedAt = call.CreatedAt, UpdatedAt = call.CreatedAt,
        };
        db.ProjectApplications.Add(application);
        db.ApplicationMembers.Add(new ApplicationMember { ApplicationId = application.Id, Name = application.Leader, Title = "高级工程师", Role = "项目负责人", SortOrder = 0 });
        db.ApplicationMembers.Add(new ApplicationMember { ApplicationId = application.Id, Name = Engineers[(k + (call.Year % 2 * 6)) % Engineers.Length], Title = "工程师", Role = "研发", SortOrder = 1 });
        db.ApplicationMilestones.Add(new ApplicationMilestone { ApplicationId = application.Id, DueOn = start.AddMonths(15), Content = "完成样机研制" });
        db.ApplicationMilestones.Add(new ApplicationMilestone { ApplicationId = application.Id, DueOn = start.AddMonths(27), Content = "示范应用并验收" });
        (string Category, decimal Share)[] lines = [(BudgetRules.Equipment, 0.3m), (BudgetRules.Business, 0.4m), (BudgetRules.Labour, 0.2m), (BudgetRules.Indirect, 0.1m)];
        foreach (var (category, share) in lines)
        {
            db.ApplicationBudgetLines.Add(new ApplicationBudgetLine
            {
                ApplicationId = application.Id, Category = category, Special = special * share, Own = category == BudgetRules.Equipment ? special : 0,
                ApprovedSpecial = approve is null ? null : approve(category) ? special * share : 0,
            });
        }
        return application;
    }
}
