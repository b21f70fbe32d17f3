using Kechuang.Data;
using Kechuang.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// 走访服务 for the demo counties (docs/domain.md §7.13), dated back from the day the demo starts over about twenty
/// months: 平阳县 has a dozen visits to its first enterprises with their problems — most closed (已解决, one 无法解决),
/// some open and assigned to py_staff, one of them overdue, one not yet assigned — and each peer three visits with a
/// problem or two. Every date is on or before today.
/// </summary>
internal static class VisitDemoData
{
    private const string Pingyang = "330326";

    private static readonly string[] Summaries =
    [
        "了解企业生产经营和研发投入情况，企业今年新上一条自动化生产线，研发人员扩充至二十余人。",
        "座谈企业发展规划，企业计划申报高新技术企业，正在梳理知识产权和研发费用归集。",
        "走访企业研发中心，了解校企合作进展，企业希望对接高校专家解决工艺难题。",
        "宣讲研发费用加计扣除和科技创新券政策，企业对政策兑现流程有疑问。",
    ];

    /// <summary>Category, description, days to the due date, and how it ended: null open, else (outcome, answer, days after the visit).</summary>
    private static readonly (string Category, string Description, int DueDays, (string Outcome, string Answer, int After)? Closed)[] Problems =
    [
        ("政策", "研发费用加计扣除归集口径不清楚，希望上门辅导", 30, ("已解决", "已组织税务和科技局人员上门辅导，企业完成归集并申报", 18)),
        ("资金", "新产线设备投入大，希望了解科技贷款贴息政策", 45, ("已解决", "已推荐科技金融专项贷款，银行授信500万元", 40)),
        ("人才", "缺少高级工程师，职称评审渠道不畅", 60, ("已解决", "已协调人社部门纳入本年度工程系列职称评审", 52)),
        ("技术", "产品表面处理工艺良品率低，希望对接高校专家", 60, ("已解决", "已对接浙江工业大学团队，签订技术服务合同", 35)),
        ("用地", "扩产需要新增用地约20亩", 90, ("无法解决", "本年度工业用地指标已用完，已列入明年供地计划并告知企业", 80)),
        ("政策", "创新券兑现流程不熟悉", 20, ("已解决", "已电话指导并完成创新券兑现申请", 9)),
        ("其他", "企业门口道路破损影响物流车辆通行", 30, ("已解决", "已转交镇政府，道路已修复", 25)),
        ("技术", "检测设备购置成本高，希望共享检测平台", 45, null),
        ("资金", "希望了解省级研发机构认定的奖励标准", 30, null),
        ("人才", "外地引进人才子女入学问题", 40, null),
    ];

    public static async Task SeedAsync(KechuangDbContext db, IReadOnlyList<Regions.Region> counties, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Visits.AnyAsync(ct))
        {
            return;
        }
        var staffUsers = await db.Users.AsNoTracking().Where(u => u.EnterpriseId == null && u.UserName!.EndsWith("_staff"))
            .Select(u => new { u.Id, u.DisplayName, u.RegionCode, u.UserName }).ToListAsync(ct);
        foreach (var county in counties)
        {
            var pingyang = county.Code == Pingyang;
            var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == county.Code).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
                .Take(pingyang ? 9 : 3).Select(e => new { e.Id, e.Name }).ToListAsync(ct);
            if (enterprises.Count == 0)
            {
                continue;
            }
            var staff = staffUsers.FirstOrDefault(u => u.RegionCode == county.Code);
            var count = pingyang ? 12 : 3;
            var problem = pingyang ? 0 : county.Code.Length + int.Parse(county.Code[^1..], System.Globalization.CultureInfo.InvariantCulture);
            for (var k = 0; k < count; k++)
            {
                // Spread over about twenty months back from today, the last one a week ago.
                var visitedOn = today.AddDays(-7 - ((count - 1 - k) * (pingyang ? 55 : 180)));
                var enterprise = enterprises[k % enterprises.Count];
                var visit = new Visit
                {
                    EnterpriseId = enterprise.Id, EnterpriseName = enterprise.Name, RegionCode = county.Code, VisitedOn = visitedOn,
                    Visitors = pingyang ? "林建华、陈晓雯" : "县科技局 王立群", Attendees = k % 3 == 0 ? null : "总经理、技术负责人",
                    Summary = Summaries[k % Summaries.Length], RecordedBy = staff?.UserName ?? "admin", CreatedAt = now, UpdatedAt = now,
                };
                // 平阳县: the ten problems go to the visits in order, two visits (the fifth and the tenth) collect none.
                var raised = pingyang ? (k is 4 or 9 ? 0 : 1) : (k == 2 ? 2 : 1);
                for (var j = 0; j < raised; j++)
                {
                    var spec = Problems[pingyang ? problem % Problems.Length : (problem + j) % Problems.Length];
                    problem++;
                    var p = new VisitProblem
                    {
                        VisitId = visit.Id, EnterpriseId = enterprise.Id, RegionCode = county.Code, RaisedOn = visitedOn,
                        Category = spec.Category, Description = spec.Description, DueOn = visitedOn.AddDays(spec.DueDays),
                        AssigneeUserId = staff?.Id, Assignee = staff?.DisplayName, UpdatedAt = now,
                    };
                    if (spec.Closed is { } closed && visitedOn.AddDays(closed.After) <= today)
                    {
                        p.Outcome = closed.Outcome;
                        p.Answer = closed.Answer;
                        p.ClosedOn = visitedOn.AddDays(closed.After);
                        p.ClosedBy = staff?.UserName ?? "admin";
                        p.FollowUps.Add(new ProblemFollowUp
                        {
                            ProblemId = p.Id, On = visitedOn.AddDays(Math.Max(1, closed.After / 2)), Note = "已与企业联系，协调相关部门办理中",
                            By = p.ClosedBy, CreatedAt = now,
                        });
                    }
                    visit.Problems.Add(p);
                }
                db.Visits.Add(visit);
            }
        }
        await db.SaveChangesAsync(ct);
        await OpenProblemsAsync(db, today, ct);
    }

    /// <summary>
    /// 平阳县's open problems: the oldest is made overdue (due ten days ago), the newest is left unassigned, the others are
    /// due in the weeks ahead — so the board shows each state.
    /// </summary>
    private static async Task OpenProblemsAsync(KechuangDbContext db, DateOnly today, CancellationToken ct)
    {
        var open = await db.VisitProblems.Where(p => p.RegionCode == Pingyang && p.ClosedOn == null).OrderBy(p => p.RaisedOn).ToListAsync(ct);
        for (var i = 0; i < open.Count; i++)
        {
            open[i].DueOn = i == 0 ? today.AddDays(-10) : today.AddDays(7 * (i + 1));
            if (i == open.Count - 1 && open.Count > 2)
            {
                open[i].AssigneeUserId = null;
                open[i].Assignee = null;
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
