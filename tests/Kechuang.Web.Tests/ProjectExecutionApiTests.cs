using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteProjectExecutionApiTests(SqliteApiFixture fixture) : ProjectExecutionApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresProjectExecutionApiTests(PostgresApiFixture fixture) : ProjectExecutionApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// A project after its approval (docs/domain.md §6.6): the 任务书, tranches within the approved lines, changes the
/// enterprise asks and the bureau decides, the mid-term report, acceptance with its final accounts and a group drawn
/// like the reviewers, the figures; failure and termination barring the applicant; overdue projects; objections during
/// the 立项公示. Each test has its own county; the clock only moves forward.
/// </summary>
public abstract class ProjectExecutionApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private DateOnly Today => app.Clock.TodayInChina();

    private string Day(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string> Text(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    private sealed record Account(string Name, HttpClient Client);

    private sealed record Approved(Account Staff, string Call, List<(string Id, string Enterprise, string EnterpriseId, Account Owner)> Projects);

    private async Task<Account> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role);
        await app.CreateUserAsync(name, region, role);
        return new Account(name, await app.As(name));
    }

    private async Task<Account> Again(Account account) => account with { Client = await app.As(account.Name) };

    private async Task<string> CallAsync(HttpClient staff, string region, string title)
    {
        var created = await staff.PostAsJsonAsync("/api/projects/calls", new
        {
            title, programme = "社会发展", year = Today.Year, regionCode = region,
            totalBudget = 1_000_000m, capPerProject = 300_000m, opensOn = Day(-1), closesOn = Day(0),
            expertsPerApplication = 1, maxPerExpert = 5, lookBackYears = 0, banYears = 2,
            criteria = new[] { new { name = "创新性", maxScore = 100m, weight = 100m } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/projects/calls/{id}/publish", null)).StatusCode);
        return id;
    }

    private async Task<(string Id, string EnterpriseId, Account Owner)> EnterpriseAsync(string region, string name)
    {
        var admin = await app.AsAdmin();
        var created = await admin.PostAsJsonAsync("/api/enterprises", new { name, uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2015-04-01" });
        var enterpriseId = (await Json(created)).GetProperty("id").GetString()!;
        var user = ApiFixture.Unique("ent");
        Assert.True((await admin.PostAsJsonAsync("/api/users", new
        {
            userName = user, displayName = "企业用户", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId,
        })).IsSuccessStatusCode);
        return (name, enterpriseId, new Account(user, await app.As(user)));
    }

    private async Task<string> ApplyAsync(HttpClient staff, HttpClient owner, string call)
    {
        var draft = await owner.PostAsJsonAsync("/api/projects/applications", new
        {
            callId = call, title = "执行测试项目" + Guid.NewGuid().ToString("N")[..4], summary = "研发内容。\n预期目标。", field = "电子信息",
            startOn = Day(20), endOn = Day(380), leader = "林一", leaderPhone = "13800000000", partners = Array.Empty<string>(),
            members = new[] { new { name = "林一", title = "高级工程师", role = "负责人" } },
            milestones = new[] { new { dueOn = Day(370), content = "完成样机并验收" } },
            budget = new[] { new { category = "设备费", special = 100_000m, own = 100_000m }, new { category = "业务费", special = 150_000m, own = 0m } },
        });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var id = (await Json(draft)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/projects/applications/{id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/projects/applications/{id}/check", new { passed = true })).StatusCode);
        return id;
    }

    /// <summary>
    /// A call of the county with <paramref name="count"/> applications carried through the review to 已立项 (one expert
    /// each, 80,000 + 120,000 approved), and five experts of different organisations in the pool; <paramref name="beforeApproval"/>
    /// runs during the publicity.
    /// </summary>
    private async Task<Approved> ApprovedAsync(string region, int count, Func<Account, string, List<string>, Task>? beforeApproval = null)
    {
        var staff = await UserAsync("staff", region);
        var call = await CallAsync(staff.Client, region, "执行测试指南" + Guid.NewGuid().ToString("N")[..6]);
        var projects = new List<(string, string, string, Account)>();
        for (var i = 0; i < count; i++)
        {
            var (name, enterpriseId, owner) = await EnterpriseAsync(region, $"执行企业{i}" + Guid.NewGuid().ToString("N")[..6]);
            projects.Add((await ApplyAsync(staff.Client, owner.Client, call), name, enterpriseId, owner));
        }
        var experts = new Dictionary<string, string>();
        for (var i = 0; i < 5; i++)
        {
            var user = ApiFixture.Unique("exp");
            await app.CreateUserAsync(user, region, "expert");
            var created = await staff.Client.PostAsJsonAsync("/api/experts", new
            {
                name = $"执行专家{i}", organisation = $"验收大学{i}", regionCode = region, fields = new[] { "电子信息" }, title = "教授", userName = user,
            });
            experts[(await Json(created)).GetProperty("id").GetString()!] = user;
        }
        app.Clock.Advance(TimeSpan.FromDays(1));
        staff = await Again(staff);
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.PostAsJsonAsync($"/api/projects/calls/{call}/draw", new { mode = "optimal" })).StatusCode);
        var review = await Json(await staff.Client.GetAsync($"/api/projects/calls/{call}/review"));
        foreach (var reviewer in review.GetProperty("applications").EnumerateArray().SelectMany(a => a.GetProperty("reviewers").EnumerateArray()))
        {
            var expert = await app.As(experts[reviewer.GetProperty("expertId").GetString()!]);
            var id = reviewer.GetProperty("assignmentId").GetString();
            var task = await Json(await expert.GetAsync($"/api/reviews/{id}"));
            Assert.Equal(HttpStatusCode.OK, (await expert.PostAsync($"/api/reviews/{id}/accept", null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await expert.PutAsJsonAsync($"/api/reviews/{id}/scores", new
            {
                scores = new[] { new { criterionId = task.GetProperty("criteria")[0].GetProperty("id").GetString(), score = 80m } }, comment = "可行。", submit = true,
            })).StatusCode);
        }
        foreach (var (id, _, _, _) in projects)
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.Client.PutAsJsonAsync($"/api/projects/applications/{id}/funding", new
            {
                lines = new[] { new { category = "设备费", approved = 80_000m }, new { category = "业务费", approved = 120_000m } },
            })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.PostAsJsonAsync($"/api/projects/calls/{call}/publicity", new { days = 5 })).StatusCode);
        if (beforeApproval is not null)
        {
            await beforeApproval(staff, call, [.. projects.Select(p => p.Item1)]);
        }
        app.Clock.Advance(TimeSpan.FromDays(10));
        staff = await Again(staff);
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.PostAsJsonAsync($"/api/projects/calls/{call}/approve", new { documentNumber = "测科〔2026〕1号" })).StatusCode);
        var owners = new List<(string, string, string, Account)>();
        foreach (var (id, name, enterpriseId, owner) in projects)
        {
            owners.Add((id, name, enterpriseId, await Again(owner)));
        }
        return new Approved(staff, call, owners);
    }

    [Fact]
    public async Task TaskBook_Tranches_Changes_Midterm_Acceptance_Figures()
    {
        const string Region = "330327";   // 苍南县
        var approved = await ApprovedAsync(Region, 1);
        var staff = approved.Staff.Client;
        var (id, enterprise, _, ownerAccount) = approved.Projects[0];
        var owner = ownerAccount.Client;
        var other = await EnterpriseAsync(Region, "他企业" + Guid.NewGuid().ToString("N")[..6]);
        var leader = await UserAsync("leader", Region);
        var elsewhere = await UserAsync("staff", "330328");

        // The 任务书 prints the approved budget; the bureau records its signing.
        var book = await owner.GetAsync($"/api/projects/applications/{id}/task-book");
        Assert.Equal(HttpStatusCode.OK, book.StatusCode);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await book.Content.ReadAsByteArrayAsync()), false))
        {
            var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("任务书", text, StringComparison.Ordinal);
            Assert.Contains(enterprise, text, StringComparison.Ordinal);
            Assert.Contains("测科〔2026〕1号", text, StringComparison.Ordinal);
            Assert.Contains("8.00", text, StringComparison.Ordinal);   // 设备费 核定 8.00 万元
        }
        Assert.Equal(HttpStatusCode.NotFound, (await other.Owner.Client.GetAsync($"/api/projects/applications/{id}/task-book")).StatusCode);
        var payTooEarly = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/disbursements", new { paidOn = Day(0), lines = new[] { new { category = "设备费", amount = 1m } } });
        var signFuture = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/task-book", new { signedOn = Day(1) });
        var signByOwner = await owner.PostAsJsonAsync($"/api/projects/applications/{id}/task-book", new { signedOn = Day(0) });
        var signed = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/task-book", new { signedOn = Day(0) });
        Assert.Equal(HttpStatusCode.Conflict, payTooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signFuture.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, signByOwner.StatusCode);
        Assert.Equal("执行中", (await Json(signed)).GetProperty("status").GetString());

        // Tranches within each approved line.
        var overLine = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/disbursements", new
        {
            paidOn = Day(0), lines = new[] { new { category = "设备费", amount = 80_000.01m } },
        });
        var byLeader = await (await Again(leader)).Client.PostAsJsonAsync($"/api/projects/applications/{id}/disbursements", new
        {
            paidOn = Day(0), lines = new[] { new { category = "设备费", amount = 1m } },
        });
        var byOtherCounty = await elsewhere.Client.GetAsync($"/api/projects/applications/{id}/execution");
        var paid = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/disbursements", new
        {
            paidOn = Day(0), note = "首期", lines = new[] { new { category = "设备费", amount = 50_000m }, new { category = "业务费", amount = 60_000m } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, overLine.StatusCode);
        Assert.Contains("“设备费”核定 8.00万元，已拨付 0.00万元，本次最多 8.00万元", await Text(overLine), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherCounty.StatusCode);
        var execution = await Json(paid);
        Assert.Equal(110_000m, execution.GetProperty("disbursed").GetDecimal());
        Assert.Equal(1, execution.GetProperty("tranches")[0].GetProperty("tranche").GetInt32());

        // Changes: the enterprise asks, the bureau decides; indirect costs never go up, extensions a year at most.
        var up = await owner.PostAsJsonAsync($"/api/projects/applications/{id}/changes", new
        {
            kind = "预算调剂", reason = "调整", fromCategory = "业务费", toCategory = "间接费用", amount = 10_000m,
        });
        var tooMuch = await owner.PostAsJsonAsync($"/api/projects/applications/{id}/changes", new
        {
            kind = "预算调剂", reason = "调整", fromCategory = "设备费", toCategory = "业务费", amount = 40_000m,
        });
        var tooLong = await owner.PostAsJsonAsync($"/api/projects/applications/{id}/changes", new { kind = "延期", reason = "设备到货延迟", newEndOn = Day(380 + 400) });
        var byOther = await other.Owner.Client.PostAsJsonAsync($"/api/projects/applications/{id}/changes", new { kind = "延期", reason = "x", newEndOn = Day(500) });
        var asked = await owner.PostAsJsonAsync($"/api/projects/applications/{id}/changes", new
        {
            kind = "预算调剂", reason = "测试费用增加", fromCategory = "设备费", toCategory = "业务费", amount = 30_000m,
        });
        var second = await owner.PostAsJsonAsync($"/api/projects/applications/{id}/changes", new { kind = "变更负责人", reason = "调岗", newLeader = "王二" });
        Assert.Equal(HttpStatusCode.BadRequest, up.StatusCode);
        Assert.Contains("间接费用不得调增", await Text(up), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("最多可调出 3.00万元", await Text(tooMuch), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var changeId = (await Json(asked)).GetProperty("id").GetString();
        var refuseSilently = await staff.PostAsJsonAsync($"/api/projects/changes/{changeId}/decision", new { approve = false });
        var decided = await staff.PostAsJsonAsync($"/api/projects/changes/{changeId}/decision", new { approve = true, comment = "同意" });
        Assert.Equal(HttpStatusCode.BadRequest, refuseSilently.StatusCode);
        var lines = (await Json(decided)).GetProperty("budget").EnumerateArray().ToDictionary(l => l.GetProperty("category").GetString()!, l => l.GetProperty("approved").GetDecimal());
        Assert.Equal(50_000m, lines["设备费"]);
        Assert.Equal(150_000m, lines["业务费"]);
        var extended = await owner.PostAsJsonAsync($"/api/projects/applications/{id}/changes", new { kind = "延期", reason = "设备到货延迟", newEndOn = Day(380 + 90) });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var afterExtension = await Json(await staff.PostAsJsonAsync($"/api/projects/changes/{(await Json(extended)).GetProperty("id").GetString()}/decision", new { approve = true }));
        Assert.Equal(Day(380 + 90), afterExtension.GetProperty("endOn").GetString());

        // Mid-term: spending within what was paid; the bureau's conclusion.
        var overspent = await owner.PutAsJsonAsync($"/api/projects/applications/{id}/midterm", new { progress = "样机设计完成", spent = 120_000m });
        var midterm = await owner.PutAsJsonAsync($"/api/projects/applications/{id}/midterm", new { progress = "样机设计完成", spent = 90_000m, problems = "无" });
        var rectifyBare = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/midterm/conclusion", new { conclusion = "限期整改" });
        var passedMidterm = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/midterm/conclusion", new { conclusion = "合格" });
        Assert.Equal(HttpStatusCode.BadRequest, overspent.StatusCode);
        Assert.Contains("超过已拨付的 11.00万元", await Text(overspent), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, midterm.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rectifyBare.StatusCode);
        Assert.Equal("合格", (await Json(passedMidterm)).GetProperty("midterm").GetProperty("conclusion").GetString());

        // Acceptance: final accounts within what was paid, a group of three drawn from the pool, the conclusion.
        var drawEarly = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/acceptance/draw", new { mode = "random", seed = 5 });
        var badAccounts = await owner.PostAsJsonAsync($"/api/projects/applications/{id}/acceptance", new
        {
            summary = "完成全部任务。", accounts = new[] { new { category = "设备费", spentSpecial = 60_000m, spentOwn = 100_000m } },
        });
        var applied = await owner.PostAsJsonAsync($"/api/projects/applications/{id}/acceptance", new
        {
            summary = "完成全部任务。",
            accounts = new[] { new { category = "设备费", spentSpecial = 50_000m, spentOwn = 100_000m }, new { category = "业务费", spentSpecial = 60_000m, spentOwn = 0m } },
        });
        var evenGroup = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/acceptance/draw", new { mode = "random", experts = 4 });
        var group = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/acceptance/draw", new { mode = "random", seed = 5 });
        var noMeeting = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/acceptance/conclusion", new { conclusion = "通过", comment = "完成任务书规定的指标。" });
        var concluded = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/acceptance/conclusion", new
        {
            conclusion = "通过", comment = "完成任务书规定的指标。", meetingOn = Day(0),
        });
        Assert.Equal(HttpStatusCode.Conflict, drawEarly.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badAccounts.StatusCode);
        Assert.Contains("超过已拨付的 5.00万元", await Text(badAccounts), StringComparison.Ordinal);
        Assert.Equal("待验收", (await Json(applied)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, evenGroup.StatusCode);
        Assert.True(group.IsSuccessStatusCode, await Text(group));
        var drawn = await Json(group);
        var members = drawn.GetProperty("acceptance").GetProperty("experts").EnumerateArray().ToList();
        Assert.Equal(3, members.Count);
        Assert.Equal(3, members.Select(m => m.GetProperty("organisation").GetString()).Distinct().Count());
        Assert.Equal(5, drawn.GetProperty("acceptance").GetProperty("seed").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, noMeeting.StatusCode);
        var closed = await Json(concluded);
        Assert.Equal("通过验收", closed.GetProperty("status").GetString());
        Assert.Equal(50_000m, closed.GetProperty("budget")[0].GetProperty("spentSpecial").GetDecimal());
        var listed = await Json(await (await Again(leader)).Client.GetAsync("/api/projects/execution?status=通过验收"));
        Assert.Equal(1, listed.GetProperty("total").GetInt32());

        // The figures: 验收1项 once the month has ended.
        var year = Today.Year;
        var month = Today.Month;
        app.Clock.Advance(TimeSpan.FromDays(35));
        var admin = await app.AsAdmin();
        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year={year}&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "projects");
        var sentence = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Contains("立项1项，下达经费20.00万元，验收1项", sentence, StringComparison.Ordinal);
        var rows = (await Json(await admin.GetAsync($"/api/indicators/report?region={Region}&year={year}&month={month}"))).EnumerateArray().ToList();
        Assert.Equal(1m, rows.Single(r => r.GetProperty("code").GetString() == "plan_projects_accepted").GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task Termination_And_Failure_Bar_The_Applicant_Overdue_Listed_Objections_Handled()
    {
        const string Region = "330305";   // 洞头区
        string? objectionId = null;
        var approved = await ApprovedAsync(Region, 3, async (staff, call, ids) =>
        {
            var outside = await staff.Client.PostAsJsonAsync($"/api/projects/calls/{call}/objections", new
            {
                applicationId = ids[2], receivedOn = Day(-3), raisedBy = "张某", content = "申报材料不实",
            });
            Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
            var recorded = await staff.Client.PostAsJsonAsync($"/api/projects/calls/{call}/objections", new
            {
                applicationId = ids[2], receivedOn = Day(0), raisedBy = "张某", content = "申报材料不实",
            });
            Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
            objectionId = (await Json(recorded)).GetProperty("id").GetString();
            app.Clock.Advance(TimeSpan.FromDays(10));
            var fresh = await Again(staff);
            var blocked = await fresh.Client.PostAsJsonAsync($"/api/projects/calls/{call}/approve", new { });
            Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
            Assert.Contains("异议尚未处理完", await Text(blocked), StringComparison.Ordinal);
            var handled = await fresh.Client.PutAsJsonAsync($"/api/projects/objections/{objectionId}", new { handling = "经核实，合作协议系伪造", upheld = true });
            Assert.Equal(HttpStatusCode.OK, handled.StatusCode);
            var listed = await Json(await fresh.Client.GetAsync($"/api/projects/calls/{call}/objections"));
            Assert.True(listed[0].GetProperty("upheld").GetBoolean());
        });
        var staff = approved.Staff.Client;
        var (failing, _, failingEnterprise, failingOwner) = approved.Projects[0];
        var (late, _, lateEnterprise, lateOwner) = approved.Projects[1];
        Assert.Equal("未立项", (await Json(await staff.GetAsync($"/api/projects/applications/{approved.Projects[2].Id}"))).GetProperty("status").GetString());

        // One project is terminated through the applicant's fault, the other runs late.
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/projects/applications/{failing}/task-book", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/projects/applications/{late}/task-book", new { })).StatusCode);
        var noReason = await staff.PostAsJsonAsync($"/api/projects/applications/{failing}/terminate", new { });
        var byOwner = await failingOwner.Client.PostAsJsonAsync($"/api/projects/applications/{failing}/terminate", new { reason = "放弃" });
        var terminated = await staff.PostAsJsonAsync($"/api/projects/applications/{failing}/terminate", new { reason = "承担单位无故放弃实施" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOwner.StatusCode);
        var ended = await Json(terminated);
        Assert.Equal("已终止", ended.GetProperty("status").GetString());
        Assert.Equal(Today.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ended.GetProperty("banUntil").GetString());
        var payTerminated = await staff.PostAsJsonAsync($"/api/projects/applications/{failing}/disbursements", new
        {
            paidOn = Day(0), lines = new[] { new { category = "设备费", amount = 1m } },
        });
        Assert.Equal(HttpStatusCode.Conflict, payTerminated.StatusCode);

        // A year and a half later the second project is past its end and three months of grace.
        app.Clock.Advance(TimeSpan.FromDays(480));
        staff = (await Again(approved.Staff)).Client;
        var overdue = await Json(await staff.GetAsync("/api/projects/execution?overdue=true"));
        var row = Assert.Single(overdue.GetProperty("items").EnumerateArray());
        Assert.Equal(late, row.GetProperty("applicationId").GetString());
        Assert.Contains("逾期未申请验收", row.GetProperty("overdue")[0].GetString(), StringComparison.Ordinal);
        var owned = await Json(await (await Again(lateOwner)).Client.GetAsync("/api/projects/execution"));
        Assert.Equal(1, owned.GetProperty("total").GetInt32());   // an enterprise sees its own projects only

        // A new call: the barred and the late applicant are refused with their reasons.
        var call = await CallAsync(staff, Region, "新指南" + Guid.NewGuid().ToString("N")[..6]);
        var barred = await Json(await staff.GetAsync($"/api/projects/calls/{call}/eligibility?enterpriseId={failingEnterprise}"));
        var overdueReasons = await Json(await staff.GetAsync($"/api/projects/calls/{call}/eligibility?enterpriseId={lateEnterprise}"));
        Assert.False(barred.GetProperty("eligible").GetBoolean());
        Assert.Contains(barred.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("已终止", StringComparison.Ordinal));
        Assert.False(overdueReasons.GetProperty("eligible").GetBoolean());
        Assert.Contains(overdueReasons.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("逾期未申请验收", StringComparison.Ordinal));
        var client = (await Again(failingOwner)).Client;
        var draft = await client.PostAsJsonAsync("/api/projects/applications", new
        {
            callId = call, title = "再申报", summary = "内容", field = "电子信息", startOn = Day(20), endOn = Day(380), leader = "林一", leaderPhone = "13800000000",
            members = new[] { new { name = "林一" } }, milestones = new[] { new { dueOn = Day(370), content = "验收" } },
            budget = new[] { new { category = "设备费", special = 100_000m, own = 0m } },
        });
        var submitted = await client.PostAsync($"/api/projects/applications/{(await Json(draft)).GetProperty("id").GetString()}/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, submitted.StatusCode);
        Assert.Contains("不得申报", await Text(submitted), StringComparison.Ordinal);
    }
}
