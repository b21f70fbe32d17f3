using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Projects.Calls;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// Calls for applications (docs/domain.md §6.2): 平阳县's 重点研发 call open now and its 农业 call drafted, the city's
/// 社会发展 call open now for 高新技术企业 and 科技型中小企业, 平阳县's 社会发展 call closed and in review, and last year's 平阳县
/// call closed with its projects approved.
/// </summary>
internal static class CallDemoData
{
    public static async Task SeedAsync(KechuangDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.ProjectCalls.AnyAsync(ct))
        {
            return;
        }
        Add(db, $"{today.Year}年度平阳县重点研发计划项目申报指南", "重点研发", today.Year, "330326", 8_000_000m, 500_000m,
            today.AddDays(-10), today.AddDays(20), [QualificationType.HighTech, QualificationType.TechSme], now, published: true);
        Add(db, $"{today.Year + 1}年度平阳县农业科技项目申报指南", "农业", today.Year + 1, "330326", 3_000_000m, 200_000m,
            today.AddDays(30), today.AddDays(60), [], now, published: false);
        Add(db, $"{today.Year}年度温州市社会发展科技项目申报指南", "社会发展", today.Year, "330300", 30_000_000m, 1_000_000m,
            today.AddDays(-5), today.AddDays(25), [QualificationType.HighTech, QualificationType.TechSme], now, published: true);
        // Closed three weeks ago and in review (ReviewDemoData).
        Add(db, $"{today.Year}年度平阳县社会发展科技项目申报指南", "社会发展", today.Year, "330326", 2_000_000m, 300_000m,
            today.AddDays(-60), today.AddDays(-21), [QualificationType.HighTech, QualificationType.TechSme], now, published: true);
        Add(db, $"{today.Year - 1}年度平阳县重点研发计划项目申报指南", "重点研发", today.Year - 1, "330326", 7_000_000m, 500_000m,
            new DateOnly(today.Year - 1, 3, 1), new DateOnly(today.Year - 1, 4, 15), [QualificationType.HighTech], now, published: true);
        await db.SaveChangesAsync(ct);
    }

    private static void Add(KechuangDbContext db, string title, string programme, int year, string region, decimal budget, decimal cap,
        DateOnly opens, DateOnly closes, List<string> titles, DateTimeOffset now, bool published)
    {
        var call = new ProjectCall
        {
            Title = title, Programme = programme, Year = year, RegionCode = region, TotalBudget = budget, CapPerProject = cap, OpensOn = opens, ClosesOn = closes,
            RequiredTitles = titles, Attachments = ["营业执照", "上年度财务审计报告", "项目可行性研究报告"], CreatedAt = now, UpdatedAt = now,
            PublishedAt = published ? now : null,
        };
        db.ProjectCalls.Add(call);
        (string Name, decimal Weight)[] form = [("技术创新性与先进性", 30), ("研究内容与技术路线", 25), ("研发基础与团队", 20), ("经济社会效益", 15), ("经费预算合理性", 10)];
        foreach (var (criterion, i) in form.Select((c, i) => (c, i)))
        {
            db.ProjectCallCriteria.Add(new ProjectCallCriterion { CallId = call.Id, Name = criterion.Name, MaxScore = criterion.Weight, Weight = criterion.Weight, SortOrder = i });
        }
    }
}
