using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteProjectReviewApiTests(SqliteApiFixture fixture) : ProjectReviewApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresProjectReviewApiTests(PostgresApiFixture fixture) : ProjectReviewApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// The review (docs/domain.md §6.5): the draw over a closed call's checked applications with the avoidance rules,
/// the expert's portal (only its own tasks), accept, decline with an immediate replacement, scores within the form,
/// the bureau's ranking, the budget review within the cap and total, the 立项公示 and the approval after it.
/// Each test has its own county; the clock moves forward only (a call closes, a publicity period ends).
/// </summary>
public abstract class ProjectReviewApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private DateOnly Today => app.Clock.TodayInChina();

    private string Day(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private sealed record Account(string Name, HttpClient Client);

    private async Task<Account> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role);
        await app.CreateUserAsync(name, region, role);
        return new Account(name, await app.As(name));
    }

    /// <summary>Tokens live two hours on the test clock: after moving it by days every account signs in again.</summary>
    private Task<HttpClient> Again(Account account) => app.As(account.Name);

    private async Task<string> CallAsync(HttpClient staff, string region, int perApplication, int maxPerExpert)
    {
        var created = await staff.PostAsJsonAsync("/api/projects/calls", new
        {
            title = "评审测试指南" + Guid.NewGuid().ToString("N")[..6], programme = "重点研发", year = Today.Year, regionCode = region,
            totalBudget = 600_000m, capPerProject = 300_000m, opensOn = Day(-1), closesOn = Day(0),
            expertsPerApplication = perApplication, maxPerExpert, lookBackYears = 3,
            criteria = new[] { new { name = "创新性", maxScore = 40m, weight = 40m }, new { name = "可行性", maxScore = 60m, weight = 60m } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/projects/calls/{id}/publish", null)).StatusCode);
        return id;
    }

    /// <summary>An enterprise applies with a complete application and the bureau passes it; returns its id and the enterprise's name and user.</summary>
    private async Task<(string Application, string Enterprise, Account User)> ApplyAsync(HttpClient staff, string region, string call, string field, string leader)
    {
        var admin = await app.AsAdmin();
        var name = "评审企业" + Guid.NewGuid().ToString("N")[..6];
        var created = await admin.PostAsJsonAsync("/api/enterprises", new { name, uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2015-04-01" });
        var enterpriseId = (await Json(created)).GetProperty("id").GetString()!;
        var user = ApiFixture.Unique("ent");
        Assert.True((await admin.PostAsJsonAsync("/api/users", new
        {
            userName = user, displayName = "企业用户", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId,
        })).IsSuccessStatusCode);
        var owner = await app.As(user);
        var draft = await owner.PostAsJsonAsync("/api/projects/applications", new
        {
            callId = call, title = field + "项目" + Guid.NewGuid().ToString("N")[..4], summary = "研发内容。", field, startOn = Day(40), endOn = Day(400),
            leader, leaderPhone = "13800000000", partners = Array.Empty<string>(),
            members = new[] { new { name = leader, title = "高级工程师", role = "负责人" } },
            milestones = new[] { new { dueOn = Day(390), content = "验收" } },
            budget = new[] { new { category = "设备费", special = 100_000m, own = 100_000m }, new { category = "业务费", special = 150_000m, own = 0m } },
        });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var id = (await Json(draft)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/projects/applications/{id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/projects/applications/{id}/check", new { passed = true })).StatusCode);
        return (id, name, new Account(user, owner));
    }

    private async Task<string> ExpertAsync(HttpClient staff, string region, string name, string organisation, string field, string? userName = null,
        object[]? relations = null)
    {
        var created = await staff.PostAsJsonAsync("/api/experts", new
        {
            name, organisation, regionCode = region, fields = new[] { field }, title = "教授", userName, relations = relations ?? [],
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await Json(created)).GetProperty("id").GetString()!;
    }

    private static IEnumerable<JsonElement> Reviewers(JsonElement review, string application) =>
        review.GetProperty("applications").EnumerateArray().Single(a => a.GetProperty("applicationId").GetString() == application)
            .GetProperty("reviewers").EnumerateArray();

    private static object Scores(JsonElement task, decimal first, decimal second, bool submit) => new
    {
        scores = new[]
        {
            new { criterionId = task.GetProperty("criteria")[0].GetProperty("id").GetString(), score = first },
            new { criterionId = task.GetProperty("criteria")[1].GetProperty("id").GetString(), score = second },
        },
        comment = "方案可行。",
        submit,
    };

    [Fact]
    public async Task Draw_Avoids_ExpertScores_DeclineReplaced_Ranked_Funded_Publicised_Approved()
    {
        const string Region = "330329";   // 泰顺县
        var staffAccount = await UserAsync("staff", Region);
        var staff = staffAccount.Client;
        var call = await CallAsync(staff, Region, perApplication: 2, maxPerExpert: 2);
        var (a1, ent1, ownerAccount) = await ApplyAsync(staff, Region, call, "电子信息", "林一");
        var (a2, _, _) = await ApplyAsync(staff, Region, call, "电子信息", "王二");
        var early = await staff.PostAsJsonAsync($"/api/projects/calls/{call}/draw", new { mode = "random", seed = 7 });

        var experts = new List<(string Id, string User)>();
        for (var i = 0; i < 4; i++)
        {
            var user = ApiFixture.Unique("exp");
            await app.CreateUserAsync(user, Region, "expert");
            experts.Add((await ExpertAsync(staff, Region, $"专家{i}", $"评审大学{i}", "电子信息", user), user));
        }
        // Never: one of the applicant's own, one who declared the second leader as a relation.
        var sameUser = ApiFixture.Unique("exp");
        await app.CreateUserAsync(sameUser, Region, "expert");
        var sameOrganisation = await ExpertAsync(staff, Region, "同单位专家", ent1, "电子信息", sameUser);
        var relatedUser = ApiFixture.Unique("exp");
        await app.CreateUserAsync(relatedUser, Region, "expert");
        var related = await ExpertAsync(staff, Region, "有关系专家", "另一大学", "电子信息", relatedUser,
            relations: [new { kind = "person", name = "王二", reason = "师生" }]);
        experts.Add((sameOrganisation, sameUser));
        experts.Add((related, relatedUser));

        app.Clock.Advance(TimeSpan.FromDays(1));
        staff = await Again(staffAccount);
        var owner1 = await Again(ownerAccount);
        var badMode = await staff.PostAsJsonAsync($"/api/projects/calls/{call}/draw", new { mode = "lottery" });
        var drawn = await staff.PostAsJsonAsync($"/api/projects/calls/{call}/draw", new { mode = "random", seed = 42, reserves = 1 });
        var twice = await staff.PostAsJsonAsync($"/api/projects/calls/{call}/draw", new { mode = "random", seed = 42 });
        var review = await Json(await staff.GetAsync($"/api/projects/calls/{call}/review"));

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);   // the call is still open
        Assert.Equal(HttpStatusCode.BadRequest, badMode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        var draw = await Json(drawn);
        Assert.Equal(42, draw.GetProperty("seed").GetInt64());
        Assert.StartsWith("kechuang-assign/", draw.GetProperty("engineVersion").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, draw.GetProperty("assignments").GetInt32());
        var exclusions = draw.GetProperty("exclusions").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(exclusions, e => e.Contains("同单位专家：与申报单位同属" + ent1, StringComparison.Ordinal));
        Assert.Contains(exclusions, e => e.Contains("有关系专家", StringComparison.Ordinal) && e.Contains("王二（师生）", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var active1 = Reviewers(review, a1).Where(r => r.GetProperty("role").GetString() == "评审").ToList();
        var active2 = Reviewers(review, a2).Where(r => r.GetProperty("role").GetString() == "评审").ToList();
        Assert.Equal(2, active1.Count);
        Assert.Equal(2, active2.Count);
        Assert.DoesNotContain(active1, r => r.GetProperty("expertId").GetString() == sameOrganisation);
        Assert.DoesNotContain(active2, r => r.GetProperty("expertId").GetString() == related);
        var status = await Json(await owner1.GetAsync($"/api/projects/applications/{a1}"));
        Assert.Equal("评审中", status.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await owner1.PostAsync($"/api/projects/applications/{a1}/withdraw", null)).StatusCode);

        // The expert's portal: its own tasks only.
        var firstId = active1[0].GetProperty("expertId").GetString();
        var first = experts.Single(e => e.Id == firstId);
        var expert = await app.As(first.User);
        var mine = (await Json(await expert.GetAsync("/api/reviews"))).EnumerateArray().ToList();
        var task = mine.Single(t => t.GetProperty("applicationId").GetString() == a1);
        var taskId = task.GetProperty("id").GetString();
        var notMine = Reviewers(review, a1).Concat(Reviewers(review, a2))
            .First(r => r.GetProperty("expertId").GetString() != firstId).GetProperty("assignmentId").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/api/reviews/{notMine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner1.GetAsync($"/api/reviews/{taskId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner1.GetAsync("/api/reviews")).StatusCode);
        var opened = await Json(await expert.GetAsync($"/api/reviews/{taskId}"));
        var beforeAccept = await expert.PutAsJsonAsync($"/api/reviews/{taskId}/scores", Scores(opened, 30, 50, submit: false));
        Assert.Equal(HttpStatusCode.Conflict, beforeAccept.StatusCode);
        Assert.Equal("已接受", (await Json(await expert.PostAsync($"/api/reviews/{taskId}/accept", null))).GetProperty("status").GetString());
        var outOfRange = await expert.PutAsJsonAsync($"/api/reviews/{taskId}/scores", Scores(opened, 41, 50, submit: true));
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("“创新性”的得分应在 0 到 40 之间，现为 41", await outOfRange.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var scored = await Json(await expert.PutAsJsonAsync($"/api/reviews/{taskId}/scores", Scores(opened, 30, 45, submit: true)));
        Assert.Equal("已提交", scored.GetProperty("status").GetString());
        Assert.Equal(75m, scored.GetProperty("total").GetDecimal());   // 30/40×40 + 45/60×60
        Assert.Equal(HttpStatusCode.Conflict, (await expert.PutAsJsonAsync($"/api/reviews/{taskId}/scores", Scores(opened, 1, 1, submit: true))).StatusCode);

        // A decline is filled at once, every other assignment unchanged.
        var declinerId = active1[1].GetProperty("expertId").GetString();
        var decliner = await app.As(experts.Single(e => e.Id == declinerId).User);
        var declineTask = (await Json(await decliner.GetAsync("/api/reviews"))).EnumerateArray().Single(t => t.GetProperty("applicationId").GetString() == a1);
        var before = (await Json(await staff.GetAsync($"/api/projects/calls/{call}/review"))).GetProperty("applications").EnumerateArray()
            .SelectMany(a => a.GetProperty("reviewers").EnumerateArray()).Where(r => r.GetProperty("role").GetString() == "评审")
            .Select(r => r.GetProperty("assignmentId").GetString()).ToHashSet();
        var noReason = await decliner.PostAsJsonAsync($"/api/reviews/{declineTask.GetProperty("id").GetString()}/decline", new { reason = "" });
        var declined = await decliner.PostAsJsonAsync($"/api/reviews/{declineTask.GetProperty("id").GetString()}/decline", new { reason = "出差", conflict = false });
        var after = await Json(await staff.GetAsync($"/api/projects/calls/{call}/review"));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("已拒绝", (await Json(declined)).GetProperty("status").GetString());
        var nowActive1 = Reviewers(after, a1).Where(r => r.GetProperty("role").GetString() == "评审" && r.GetProperty("status").GetString() != "已拒绝").ToList();
        Assert.Equal(2, nowActive1.Count);
        Assert.DoesNotContain(nowActive1, r => r.GetProperty("expertId").GetString() == declinerId);
        Assert.DoesNotContain(nowActive1, r => r.GetProperty("expertId").GetString() == sameOrganisation);
        var unchanged = after.GetProperty("applications").EnumerateArray().SelectMany(a => a.GetProperty("reviewers").EnumerateArray())
            .Where(r => r.GetProperty("role").GetString() == "评审" && r.GetProperty("status").GetString() != "已拒绝")
            .Select(r => r.GetProperty("assignmentId").GetString()).Count(before.Contains);
        Assert.Equal(3, unchanged);   // of the four, only the declined slot moved

        // Every remaining expert accepts and scores; the second application scores lower.
        foreach (var line in after.GetProperty("applications").EnumerateArray().SelectMany(a => a.GetProperty("reviewers").EnumerateArray()
            .Where(r => r.GetProperty("role").GetString() == "评审" && r.GetProperty("status").GetString() is "待确认").Select(r => (App: a.GetProperty("applicationId").GetString(), Line: r))))
        {
            var who = experts.Single(e => e.Id == line.Line.GetProperty("expertId").GetString());
            var client = await app.As(who.User);
            var id = line.Line.GetProperty("assignmentId").GetString();
            var t = await Json(await client.GetAsync($"/api/reviews/{id}"));
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/reviews/{id}/accept", null)).StatusCode);
            var (s1, s2) = line.App == a1 ? (36m, 54m) : (20m, 30m);
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/reviews/{id}/scores", Scores(t, s1, s2, submit: true))).StatusCode);
        }

        var early2 = await staff.PostAsJsonAsync($"/api/projects/calls/{call}/publicity", new { days = 5 });
        var overCap = await staff.PutAsJsonAsync($"/api/projects/applications/{a1}/funding", new
        {
            lines = new[] { new { category = "设备费", approved = 100_000m }, new { category = "业务费", approved = 150_000m } },
        });
        var overAsked = await staff.PutAsJsonAsync($"/api/projects/applications/{a1}/funding", new { lines = new[] { new { category = "设备费", approved = 120_000m } } });
        var funded = await staff.PutAsJsonAsync($"/api/projects/applications/{a1}/funding", new
        {
            lines = new[] { new { category = "设备费", approved = 80_000m }, new { category = "业务费", approved = 120_000m } }, comment = "设备费核减",
        });
        var notFunded = await staff.PutAsJsonAsync($"/api/projects/applications/{a2}/funding", new { lines = Array.Empty<object>() });
        var published = await staff.PostAsJsonAsync($"/api/projects/calls/{call}/publicity", new { days = 5 });
        var tooSoon = await staff.PostAsync($"/api/projects/calls/{call}/approve", null);
        var publicPage = await app.Anonymous().GetStringAsync("/publicity");

        Assert.Equal(HttpStatusCode.OK, overCap.StatusCode);   // 25万 is within the 30万 cap
        Assert.Equal(HttpStatusCode.BadRequest, overAsked.StatusCode);
        Assert.Contains("“设备费”核定的专项经费应在 0 到申请的 10.00万元 之间", await overAsked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, funded.StatusCode);
        Assert.Equal(200_000m, (await Json(funded)).GetProperty("approvedFunding").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, notFunded.StatusCode);
        var ranked = await Json(published);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var lines = ranked.GetProperty("applications").EnumerateArray().ToList();
        Assert.Equal([a1, a2], lines.Select(l => l.GetProperty("applicationId").GetString()));
        Assert.Equal([1, 2], lines.Select(l => l.GetProperty("rank").GetInt32()));
        Assert.Equal(["拟立项", "未立项"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.Equal(75m + 90m, lines[0].GetProperty("mean").GetDecimal() * 2);
        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        var page = WebUtility.HtmlDecode(publicPage);
        Assert.Contains(ent1, page, StringComparison.Ordinal);
        Assert.Contains("20.00万元", page, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(10));
        staff = await Again(staffAccount);
        var future = await staff.PostAsJsonAsync($"/api/projects/calls/{call}/approve", new { approvedOn = Day(1) });
        var duringPublicity = await staff.PostAsJsonAsync($"/api/projects/calls/{call}/approve", new { approvedOn = Day(-9) });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duringPublicity.StatusCode);
        Assert.Contains("立项日期应在公示期", await duringPublicity.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var approved = await staff.PostAsJsonAsync($"/api/projects/calls/{call}/approve", new { documentNumber = "泰科〔2026〕3号" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("泰科〔2026〕3号", (await Json(approved)).GetProperty("approvalDocument").GetString());
        Assert.Equal("已立项", (await Json(await staff.GetAsync($"/api/projects/applications/{a1}"))).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, early2.StatusCode);   // reviews were still open then

        // The summary and the indicators read the month once it has ended.
        var year = Today.Year;
        var month = Today.Month;
        app.Clock.Advance(TimeSpan.FromDays(35));
        var admin = await app.AsAdmin();
        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year={year}&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "projects");
        var text = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Contains("组织申报各类科技计划项目2项，立项1项，下达经费20.00万元", text, StringComparison.Ordinal);
        var trace = await Json(await admin.GetAsync($"/api/reports/summary/trace?region={Region}&year={year}&period=FY&figure=projects.approved"));
        Assert.Contains(ent1, trace.ToString(), StringComparison.Ordinal);
        var rows = (await Json(await admin.GetAsync($"/api/indicators/report?region={Region}&year={year}&month={month}"))).EnumerateArray().ToList();
        decimal Value(string code) => rows.Single(r => r.GetProperty("code").GetString() == code).GetProperty("actual").GetDecimal();
        Assert.Equal(1m, Value("plan_projects_approved"));
        Assert.Equal(20m, Value("plan_project_funding"));   // 万元
    }

    [Fact]
    public async Task Infeasible_NamesTheApplication_AndWritesNothing()
    {
        const string Region = "330381";   // 瑞安市
        var staffAccount = await UserAsync("staff", Region);
        var call = await CallAsync(staffAccount.Client, Region, perApplication: 3, maxPerExpert: 5);
        var (a1, ent1, _) = await ApplyAsync(staffAccount.Client, Region, call, "生物医药", "赵一");
        await ExpertAsync(staffAccount.Client, Region, "甲专家", "甲大学", "生物医药");
        await ExpertAsync(staffAccount.Client, Region, "乙专家", "乙大学", "生物医药");
        await ExpertAsync(staffAccount.Client, Region, "丙专家", ent1, "生物医药");
        var leader = await UserAsync("leader", Region);

        app.Clock.Advance(TimeSpan.FromDays(1));
        var staff = await Again(staffAccount);
        var leaderDraw = await (await Again(leader)).PostAsJsonAsync($"/api/projects/calls/{call}/draw", new { mode = "optimal" });
        var refused = await staff.PostAsJsonAsync($"/api/projects/calls/{call}/draw", new { mode = "optimal" });
        var review = await Json(await staff.GetAsync($"/api/projects/calls/{call}/review"));
        var other = await UserAsync("staff", "330382");

        Assert.Equal(HttpStatusCode.Forbidden, leaderDraw.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var message = (await Json(refused)).GetProperty("detail").GetString()!;
        Assert.Contains("未作任何分配", message, StringComparison.Ordinal);
        Assert.Contains(ent1, message, StringComparison.Ordinal);
        Assert.Contains("少于每项所需的 3 人", message, StringComparison.Ordinal);
        Assert.Contains("补充该领域的专家", message, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, review.GetProperty("draw").ValueKind);
        Assert.Equal("形审通过", (await Json(await staff.GetAsync($"/api/projects/applications/{a1}"))).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/projects/calls/{call}/review")).StatusCode);
    }
}
