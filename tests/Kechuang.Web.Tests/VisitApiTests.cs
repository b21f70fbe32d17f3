using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Messaging.Reminders;
using Kechuang.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests;

public sealed class SqliteVisitApiTests(SqliteApiFixture fixture) : VisitApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresVisitApiTests(PostgresApiFixture fixture) : VisitApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 走访服务 (docs/domain.md §7.13): visits with their problems, assigning, following and closing them with the answer,
/// the lists and exports, who may see what, the overdue reminder, and the figures the register feeds (indicators 52–54
/// and the summary's sentence). Each test uses its own county.
/// </summary>
public abstract class VisitApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string FirstError(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    private DateOnly Today => app.Clock.TodayInChina();

    private string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(HttpClient Client, string Id)> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role);
        var id = await app.CreateUserAsync(name, region, role);
        return (await app.As(name), id);
    }

    private async Task<string> EnterpriseAsync(string region, string name)
    {
        var admin = await app.AsAdmin();
        var created = await Json(await admin.PostAsJsonAsync("/api/enterprises", new
        {
            name = name + ApiFixture.Unique("e")[..6], uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2018-05-20",
        }));
        return created.GetProperty("id").GetString()!;
    }

    private async Task<HttpClient> EnterpriseUserAsync(string region, string enterprise)
    {
        var name = ApiFixture.Unique("ent");
        var admin = await app.AsAdmin();
        (await admin.PostAsJsonAsync("/api/users", new
        {
            userName = name, displayName = "企业填报员", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId = enterprise,
        })).EnsureSuccessStatusCode();
        return await app.As(name);
    }

    private static object Problem(string category, string description, string dueOn, string? assignee = null) =>
        new { category, description, dueOn, assigneeUserId = assignee };

    private static async Task<JsonElement> VisitAsync(HttpClient client, string enterprise, string visitedOn, params object[] problems)
    {
        var response = await client.PostAsJsonAsync("/api/visits", new
        {
            enterpriseId = enterprise, visitedOn, visitors = "张科长、李干事", attendees = "王总经理", summary = "了解企业研发和生产经营情况", problems,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Json(response);
    }

    [Fact]
    public async Task Problem_AssignedFollowedAndClosedWithTheAnswer_ThenClosedForGood()
    {
        const string Region = "330327";   // 苍南县
        var (staff, _) = await UserAsync("staff", Region);
        var (_, colleague) = await UserAsync("staff", Region);
        var enterprise = await EnterpriseAsync(Region, "走访测试企业");

        var visit = await VisitAsync(staff, enterprise, Day(-10),
            Problem("资金", "研发费用加计扣除申报不熟悉", Day(20)), Problem("人才", "缺少高级工程师", Day(30)));
        var problem = visit.GetProperty("problems")[0];
        var id = problem.GetProperty("id").GetString();
        var assigned = await staff.PostAsJsonAsync($"/api/visit-problems/{id}/assign", new { assigneeUserId = colleague, dueOn = Day(15) });
        var followed = await staff.PostAsJsonAsync($"/api/visit-problems/{id}/follow-ups", new { on = Day(-5), note = "已电话联系企业财务负责人" });
        var noAnswer = await staff.PostAsJsonAsync($"/api/visit-problems/{id}/close", new { outcome = "已解决", answer = " " });
        var closed = await staff.PostAsJsonAsync($"/api/visit-problems/{id}/close", new { outcome = "已解决", answer = "已上门辅导并完成加计扣除申报" });
        var again = await staff.PostAsJsonAsync($"/api/visit-problems/{id}/close", new { outcome = "已解决", answer = "重复" });
        var late = await staff.PostAsJsonAsync($"/api/visit-problems/{id}/follow-ups", new { on = Day(0), note = "再跟踪" });
        var detail = await Json(await staff.GetAsync($"/api/visits/{visit.GetProperty("id").GetString()}"));

        Assert.Equal(2, visit.GetProperty("problemCount").GetInt32());
        Assert.Equal("open", problem.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("assigneeUserId").ValueKind);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(colleague, (await Json(assigned)).GetProperty("assigneeUserId").GetString());
        Assert.Equal(Day(15), (await Json(assigned)).GetProperty("dueOn").GetString());
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noAnswer.StatusCode);
        Assert.Equal("请填写答复内容", FirstError(await Json(noAnswer), "answer"));
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var done = await Json(closed);
        Assert.Equal(("closed", "已解决", Day(0)), (done.GetProperty("status").GetString(), done.GetProperty("outcome").GetString(), done.GetProperty("closedOn").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var shown = detail.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);
        Assert.Equal("已电话联系企业财务负责人", shown.GetProperty("followUps")[0].GetProperty("note").GetString());
        Assert.Equal("已上门辅导并完成加计扣除申报", shown.GetProperty("answer").GetString());
        Assert.Equal(1, detail.GetProperty("openCount").GetInt32());
    }

    [Fact]
    public async Task BadInput_Is400WithEveryReasonInChinese()
    {
        const string Region = "330328";   // 文成县
        var (staff, _) = await UserAsync("staff", Region);
        var (_, outsider) = await UserAsync("staff", "330329");
        var enterprise = await EnterpriseAsync(Region, "走访校验企业");

        var future = await staff.PostAsJsonAsync("/api/visits", new
        {
            enterpriseId = enterprise, visitedOn = Day(3), visitors = " ", summary = "情况",
            problems = new[] { Problem("吃饭", "问题", Day(-30)) },
        });
        var visit = await VisitAsync(staff, enterprise, Day(-1), Problem("政策", "政策咨询", Day(10)));
        var id = visit.GetProperty("problems")[0].GetProperty("id").GetString();
        var wrongAssignee = await staff.PostAsJsonAsync($"/api/visit-problems/{id}/assign", new { assigneeUserId = outsider });
        var badOutcome = await staff.PostAsJsonAsync($"/api/visit-problems/{id}/close", new { outcome = "搁置", answer = "等等" });
        var unsolvable = await staff.PostAsJsonAsync($"/api/visit-problems/{id}/close", new { outcome = "无法解决" });

        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var problem = await Json(future);
        Assert.Equal($"走访日期{Today.AddDays(3).Year}年{Today.AddDays(3).Month}月{Today.AddDays(3).Day}日晚于今天，不能登记未发生的走访", FirstError(problem, "visitedOn"));
        Assert.Equal("请填写走访人员", FirstError(problem, "visitors"));
        Assert.StartsWith("问题类别应为：政策、资金", FirstError(problem, "problems[0].category"));
        Assert.StartsWith("办结期限不能早于走访日期", FirstError(problem, "problems[0].dueOn"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongAssignee.StatusCode);
        Assert.Equal("承办人应为能查看该企业所在辖区的科室人员或管理员", FirstError(await Json(wrongAssignee), "assigneeUserId"));
        Assert.Equal("办理结果应为：已解决 或 无法解决", FirstError(await Json(badOutcome), "outcome"));
        Assert.Equal("请填写无法解决的原因", FirstError(await Json(unsolvable), "answer"));
    }

    [Fact]
    public async Task Lists_FilterPageAndExport_OverdueAndMine()
    {
        const string Region = "330305";   // 洞头区
        var (staff, me) = await UserAsync("staff", Region);
        var first = await EnterpriseAsync(Region, "海岛渔业");
        var second = await EnterpriseAsync(Region, "洞头旅游");
        await VisitAsync(staff, first, Day(-40), Problem("用地", "厂房用地指标不足", Day(-5), me), Problem("技术", "冷链技术需求", Day(30)));
        await VisitAsync(staff, second, Day(-20), Problem("其他", "道路指示牌", Day(-1)));
        await VisitAsync(staff, second, Day(-2));

        var page = await Json(await staff.GetAsync("/api/visits?pageSize=2"));
        var search = await Json(await staff.GetAsync("/api/visits?q=海岛渔业"));
        var overdue = await Json(await staff.GetAsync("/api/visit-problems?status=overdue"));
        var open = await Json(await staff.GetAsync("/api/visit-problems?status=open"));
        var unassigned = await Json(await staff.GetAsync("/api/visit-problems?status=unassigned"));
        var mine = await Json(await staff.GetAsync("/api/visit-problems?mine=true"));
        var badStatus = await staff.GetAsync("/api/visit-problems?status=whatever");
        var assignees = await Json(await staff.GetAsync($"/api/visits/assignees?region={Region}"));
        var visits = await staff.GetAsync("/api/visits/export");
        var problems = await staff.GetAsync("/api/visit-problems/export?status=overdue");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(Day(-2), page.GetProperty("items")[0].GetProperty("visitedOn").GetString());
        Assert.Single(search.GetProperty("items").EnumerateArray());
        Assert.Equal(["厂房用地指标不足", "道路指示牌"], overdue.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("description").GetString()));
        Assert.All(overdue.GetProperty("items").EnumerateArray(), p => Assert.Equal("overdue", p.GetProperty("status").GetString()));
        Assert.Equal(3, open.GetProperty("total").GetInt32());
        Assert.Equal(2, unassigned.GetProperty("total").GetInt32());
        Assert.Equal("厂房用地指标不足", mine.GetProperty("items").EnumerateArray().Single().GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains(assignees.EnumerateArray(), a => a.GetProperty("userId").GetString() == me);
        Assert.Equal(HttpStatusCode.OK, visits.StatusCode);
        Assert.Equal(Xlsx, visits.Content.Headers.ContentType?.MediaType);
        Assert.True((await visits.Content.ReadAsByteArrayAsync()).Length > 0);
        Assert.Equal(HttpStatusCode.OK, problems.StatusCode);
        Assert.Equal(Xlsx, problems.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Enterprise_SeesItsOwnProblemsAndTheAnswer_NeverTheNotesOrAnotherEnterprises()
    {
        const string Region = "330302";   // 鹿城区
        var (staff, colleague) = await UserAsync("staff", Region);
        var enterprise = await EnterpriseAsync(Region, "答复企业");
        var neighbour = await EnterpriseAsync(Region, "邻居企业");
        var own = await EnterpriseUserAsync(Region, enterprise);
        var other = await EnterpriseUserAsync(Region, neighbour);
        var visit = await VisitAsync(staff, enterprise, Day(-6),
            Problem("用地", "扩建厂房用地指标不足", Day(20), colleague), Problem("技术", "检测设备精度不够", Day(25)));
        var (land, tech) = (visit.GetProperty("problems")[0].GetProperty("id").GetString(), visit.GetProperty("problems")[1].GetProperty("id").GetString());
        (await staff.PostAsJsonAsync($"/api/visit-problems/{land}/follow-ups", new { on = Day(-2), note = "内部：已报县自然资源局协调" })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/visit-problems/{land}/close", new { outcome = "无法解决", answer = "今年用地指标已用完，已列入明年计划" })).EnsureSuccessStatusCode();

        var mine = await own.GetAsync("/api/visit-problems/mine");
        var text = await mine.Content.ReadAsStringAsync();
        var rows = (await Json(mine)).EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal([tech, land], rows.Select(r => r.GetProperty("id").GetString()));   // open first
        Assert.Equal(("办理中", JsonValueKind.Null), (rows[0].GetProperty("status").GetString(), rows[0].GetProperty("answer").ValueKind));
        Assert.Equal(("无法解决", "今年用地指标已用完，已列入明年计划", Day(0)),
            (rows[1].GetProperty("status").GetString(), rows[1].GetProperty("answer").GetString(), rows[1].GetProperty("closedOn").GetString()));
        Assert.DoesNotContain("内部：", text, StringComparison.Ordinal);
        Assert.DoesNotContain("assignee", text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await Json(await other.GetAsync("/api/visit-problems/mine"))).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/visit-problems/mine")).StatusCode);
        var hall = (await Json(await own.GetAsync("/api/hall"))).GetProperty("records").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "problems");
        Assert.Equal(2, hall.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Scoping_AnotherRegion404_EnterpriseAndExpert403_Leader403OnWrites()
    {
        const string Region = "330381";   // 瑞安市
        var (staff, _) = await UserAsync("staff", Region);
        var (other, _) = await UserAsync("staff", "330382");
        var (leader, _) = await UserAsync("leader", Region);
        var (expert, _) = await UserAsync("expert", Region);
        var (city, _) = await UserAsync("staff", "330300");
        var enterprise = await EnterpriseAsync(Region, "瑞安走访企业");
        var own = await EnterpriseUserAsync(Region, enterprise);
        var visit = await VisitAsync(staff, enterprise, Day(-3), Problem("政策", "政策兑现进度", Day(10)));
        var id = visit.GetProperty("id").GetString();
        var problem = visit.GetProperty("problems")[0].GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/visits/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/visits/{id}/problems", Problem("其他", "x", Day(5)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/visit-problems/{problem}/close", new { outcome = "已解决", answer = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync("/api/visits", new
        {
            enterpriseId = enterprise, visitedOn = Day(-1), visitors = "外县人员", summary = "越界登记",
        })).StatusCode);
        Assert.Equal(0, (await Json(await other.GetAsync("/api/visits"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/visits?region={Region}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"/api/visits/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/visits/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/visit-problems/{problem}/follow-ups", new { on = Day(0), note = "领导督办" })).StatusCode);
        foreach (var denied in new[] { own, expert })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await denied.GetAsync("/api/visits")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await denied.GetAsync($"/api/visits/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await denied.GetAsync("/api/visit-problems")).StatusCode);
        }
    }

    [Fact]
    public async Task Figures_IndicatorsAndTheSentence_FromTheRegister()
    {
        const string Region = "330329";   // 泰顺县
        var admin = await app.AsAdmin();
        var (staff, _) = await UserAsync("staff", Region);
        var a = await EnterpriseAsync(Region, "泰顺茶业");
        var b = await EnterpriseAsync(Region, "泰顺竹木");
        var march = await VisitAsync(staff, a, "2025-03-10", Problem("资金", "贷款贴息", "2025-04-30"), Problem("人才", "招工难", "2025-05-31"));
        await VisitAsync(staff, a, "2025-06-01", Problem("技术", "茶叶深加工技术", "2025-09-30"));
        await VisitAsync(staff, b, "2025-07-15", Problem("用地", "仓储用地", "2025-12-31"));
        await VisitAsync(staff, b, "2024-11-02", Problem("其他", "上一年的问题", "2024-12-31"));
        var problems = march.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        (await staff.PostAsJsonAsync($"/api/visit-problems/{problems[0]}/close", new { outcome = "已解决", answer = "已落实贴息", closedOn = "2025-04-20" })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/visit-problems/{problems[1]}/close", new { outcome = "无法解决", answer = "属市场行为，已推荐人才市场", closedOn = "2025-05-10" })).EnsureSuccessStatusCode();

        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year=2025&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "visits");
        var sentence = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

        Assert.Equal("一是走访服务企业方面，全年走访企业2家，收集问题4个，解决1个。", sentence);
        Assert.Equal((2m, 4m, 1m), await IndicatorsAsync(admin, Region, 12));
        Assert.Equal((1m, 2m, 0m), await IndicatorsAsync(admin, Region, 3));
        Assert.Equal((1m, 2m, 1m), await IndicatorsAsync(admin, Region, 4));
    }

    [Fact]
    public async Task Summary_NoVisitInThePeriod_NoSentenceNoFigure()
    {
        const string Region = "330383";   // 龙港市: a figure of its own, a visit of 2024 only
        var admin = await app.AsAdmin();
        var (staff, _) = await UserAsync("staff", Region);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/indicators/patent_grants/values/{Region}/2025/12", new { value = 10m })).StatusCode);
        await VisitAsync(staff, await EnterpriseAsync(Region, "龙港印刷"), "2024-10-10", Problem("其他", "去年的问题", "2024-12-31"));

        var current = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year=2025&period=FY"));

        // The register is in use (a visit in 2024): 2025's figures are zeros, but the summary prints no sentence of zeros (§9).
        Assert.DoesNotContain(current.GetProperty("sections").EnumerateArray(), s => s.GetProperty("module").GetString() == "visits");
        Assert.Equal((0m, 0m, 0m), await IndicatorsAsync(admin, Region, 12));
        // Before the first visit the register was not in use: no figure at all, not a 0.
        Assert.Equal((null, null, null), await IndicatorsAsync(admin, Region, 12, 2023));
    }

    [Fact]
    public async Task Reminder_OverdueOpenProblem_RemindsItsAssigneeOnce()
    {
        const string Region = "330324";   // 永嘉县
        var (staff, me) = await UserAsync("staff", Region);
        var (colleague, other) = await UserAsync("staff", Region);
        var enterprise = await EnterpriseAsync(Region, "永嘉泵阀");
        var visit = await VisitAsync(staff, enterprise, Day(-30),
            Problem("技术", "检测设备共享", Day(-3), me), Problem("资金", "已办结的问题", Day(-3), other), Problem("政策", "未到期的问题", Day(3), other),
            Problem("人才", "未指派的问题", Day(-3)));
        var closedId = visit.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("description").GetString() == "已办结的问题").GetProperty("id").GetString();
        (await staff.PostAsJsonAsync($"/api/visit-problems/{closedId}/close", new { outcome = "已解决", answer = "已协调" })).EnsureSuccessStatusCode();

        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var pass = await scope.ServiceProvider.GetRequiredService<QueueReminders>().HandleAsync(app.Clock.GetUtcNow());
            Assert.True(pass.Queued.ContainsKey("visit-problem-overdue"));
        }
        var mine = (await Json(await staff.GetAsync("/api/messages/mine?pageSize=100"))).GetProperty("items").EnumerateArray().ToList();
        var theirs = (await Json(await colleague.GetAsync("/api/messages/mine?pageSize=100"))).GetProperty("items").EnumerateArray().ToList();

        var reminder = Assert.Single(mine, m => m.GetProperty("subject").GetString()!.StartsWith("走访问题已逾期", StringComparison.Ordinal));
        Assert.Contains("检测设备共享", reminder.GetProperty("body").GetString());
        Assert.Contains("已逾期3天", reminder.GetProperty("body").GetString());
        Assert.DoesNotContain(theirs, m => m.GetProperty("subject").GetString()!.StartsWith("走访问题已逾期", StringComparison.Ordinal));
    }

    /// <summary>The pages are the bureau's; recording a visit is for those who write (admins and staff).</summary>
    [Fact]
    public async Task ThePages_OpenForTheBureau_OthersGoToTheForbiddenPage()
    {
        var staffName = ApiFixture.Unique("page");
        var leaderName = ApiFixture.Unique("page");
        await app.CreateUserAsync(staffName, "330326", "staff");
        await app.CreateUserAsync(leaderName, "330326", "leader");
        var staff = await app.WithCookie(staffName);
        var leader = await app.WithCookie(leaderName);

        foreach (var path in new[] { "/visits", "/visits/problems", "/visits/new" })
        {
            var page = await staff.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/visits")).StatusCode);
        var record = await leader.GetAsync("/visits/new");
        Assert.Equal(HttpStatusCode.Redirect, record.StatusCode);
        Assert.Equal("/forbidden?ReturnUrl=%2Fvisits%2Fnew", record.Headers.Location!.PathAndQuery());
    }

    private static async Task<(decimal? Visited, decimal? Problems, decimal? Solved)> IndicatorsAsync(HttpClient admin, string region, int month, int year = 2025)
    {
        var rows = await Json(await admin.GetAsync($"/api/indicators/report?region={region}&year={year}&month={month}"));
        decimal? Actual(string code)
        {
            var row = rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
            return row.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : row.GetProperty("actual").GetDecimal();
        }
        return (Actual("enterprises_visited"), Actual("visit_problems"), Actual("visit_problems_solved"));
    }
}
