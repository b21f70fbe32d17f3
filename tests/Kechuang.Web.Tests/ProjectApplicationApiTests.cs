using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteProjectApplicationApiTests(SqliteApiFixture fixture) : ProjectApplicationApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresProjectApplicationApiTests(PostgresApiFixture fixture) : ProjectApplicationApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// Applications (docs/domain.md §6.4): an enterprise drafts, submits with every missing piece named, the bureau's
/// formal check returns or passes it; the budget table's rules; who sees what. Each test has its own county and call.
/// </summary>
public abstract class ProjectApplicationApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private DateOnly Today => app.Clock.TodayInChina();

    private string Day(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string[] Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    private async Task<HttpClient> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role);
        await app.CreateUserAsync(name, region, role);
        return await app.As(name);
    }

    /// <summary>A published call of the county, requiring a valid 高新技术企业, with a cap of 50万 (and a share for indirect costs when given).</summary>
    private async Task<string> CallAsync(HttpClient staff, string region, int opensInDays = -1, decimal? indirectCap = null)
    {
        var created = await staff.PostAsJsonAsync("/api/projects/calls", new
        {
            title = "申报测试指南" + Guid.NewGuid().ToString("N")[..6], programme = "重点研发", year = Today.Year, regionCode = region,
            totalBudget = 5_000_000m, capPerProject = 500_000m, opensOn = Day(opensInDays), closesOn = Day(30), requiredTitles = new[] { "高新技术企业" },
            indirectCostCapPercent = indirectCap, criteria = new[] { new { name = "综合", maxScore = 100m, weight = 100m } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/projects/calls/{id}/publish", null)).StatusCode);
        return id;
    }

    /// <summary>An enterprise of the county (with a valid 高新技术企业 title when asked) and its own user.</summary>
    private async Task<(string Id, HttpClient User)> EnterpriseAsync(string region, bool hte = true)
    {
        var admin = await app.AsAdmin();
        var created = await admin.PostAsJsonAsync("/api/enterprises", new
        {
            name = "申报企业" + Guid.NewGuid().ToString("N")[..6], uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2015-04-01",
        });
        var id = (await Json(created)).GetProperty("id").GetString()!;
        if (hte)
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/enterprises/{id}/qualifications",
                new { type = "高新技术企业", number = "GR" + Guid.NewGuid().ToString("N")[..10], issuedOn = Day(-300) })).StatusCode);
        }
        var name = ApiFixture.Unique("ent");
        Assert.True((await admin.PostAsJsonAsync("/api/users", new
        {
            userName = name, displayName = "企业用户", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId = id,
        })).IsSuccessStatusCode);
        return (id, await app.As(name));
    }

    private object Complete(string call, string title = "智能检测装备研发", object[]? budget = null, decimal? totalSpecial = null) => new
    {
        callId = call, title, summary = "研发基于机器视觉的在线检测装备。", field = "先进制造与自动化", startOn = Day(40), endOn = Day(400),
        leader = "林工", leaderPhone = "13800000000", partners = new[] { "温州大学" },
        members = new[] { new { name = "林工", title = "高级工程师", role = "负责人" }, new { name = "陈工", title = "工程师", role = "算法" } },
        milestones = new[] { new { dueOn = Day(200), content = "样机完成" }, new { dueOn = Day(390), content = "验收" } },
        budget = budget ?? [new { category = "设备费", special = 100_000m, own = 200_000m }, new { category = "业务费", special = 200_000m, own = 100_000m },
            new { category = "劳务费", special = 100_000m, own = 0m }, new { category = "间接费用", special = 50_000m, own = 0m }],
        totalSpecial,
    };

    [Fact]
    public async Task Draft_SubmitNamesWhatIsMissing_CheckReturns_Corrected_Resubmitted_Passed()
    {
        const string Region = "330327";   // 苍南县
        var staff = await UserAsync("staff", Region);
        var call = await CallAsync(staff, Region);
        var (_, owner) = await EnterpriseAsync(Region);

        var draft = await owner.PostAsJsonAsync("/api/projects/applications", new { callId = call, title = "智能检测装备研发" });
        var id = (await Json(draft)).GetProperty("id").GetString();
        var bureauSeesDraft = await staff.GetAsync($"/api/projects/applications/{id}");
        var incomplete = await owner.PostAsync($"/api/projects/applications/{id}/submit", null);
        var second = await owner.PostAsJsonAsync("/api/projects/applications", new { callId = call, title = "另一个项目" });
        var completed = await owner.PutAsJsonAsync($"/api/projects/applications/{id}", Complete(call));
        var submitted = await owner.PostAsync($"/api/projects/applications/{id}/submit", null);
        var noReason = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/check", new { passed = false });
        var returned = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/check", new { passed = false, reason = "缺少合作协议" });
        var seenReturned = await Json(await owner.GetAsync($"/api/projects/applications/{id}"));
        var corrected = await owner.PutAsJsonAsync($"/api/projects/applications/{id}", Complete(call, "智能检测装备研发（修改）"));
        var again = await owner.PostAsync($"/api/projects/applications/{id}/submit", null);
        var passed = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/check", new { passed = true });
        var checkedTwice = await staff.PostAsJsonAsync($"/api/projects/applications/{id}/check", new { passed = true });
        var withdrawAfter = await owner.PostAsync($"/api/projects/applications/{id}/withdraw", null);
        var list = await Json(await staff.GetAsync($"/api/projects/applications?callId={call}"));

        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal("草稿", (await Json(draft)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, bureauSeesDraft.StatusCode);   // a draft is the enterprise's own
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var missing = await Json(incomplete);
        Assert.Equal(["提交前请填写项目简介"], Errors(missing, "summary"));
        Assert.Equal(["提交前请填写项目负责人"], Errors(missing, "leader"));
        Assert.Equal(["提交前请填写项目组成员"], Errors(missing, "members"));
        Assert.Equal(["请填写申请的专项经费"], Errors(missing, "budget"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(450_000m, (await Json(completed)).GetProperty("totalSpecial").GetDecimal());
        Assert.Equal("已提交", (await Json(submitted)).GetProperty("status").GetString());
        Assert.Equal(["退回请写明原因，企业据此修改"], Errors(await Json(noReason), "reason"));
        Assert.Equal("已退回", (await Json(returned)).GetProperty("status").GetString());
        Assert.Equal("缺少合作协议", seenReturned.GetProperty("returnReason").GetString());
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("已提交", (await Json(again)).GetProperty("status").GetString());
        Assert.Equal("形审通过", (await Json(passed)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, checkedTwice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, withdrawAfter.StatusCode);
        Assert.Equal(["智能检测装备研发（修改）"], list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Budget_AddsUp_WithinTheCap_IndirectWithinItsShare()
    {
        const string Region = "330328";   // 文成县
        var staff = await UserAsync("staff", Region);
        var call = await CallAsync(staff, Region);
        var tight = await CallAsync(staff, Region, indirectCap: 10m);
        var (_, owner) = await EnterpriseAsync(Region);
        var (_, other) = await EnterpriseAsync(Region);

        var unbalanced = await owner.PostAsJsonAsync("/api/projects/applications", Complete(call, totalSpecial: 500_000m));
        var unknown = await owner.PostAsJsonAsync("/api/projects/applications", Complete(call, budget: [new { category = "招待费", special = 1_000m, own = 0m }]));
        var overCap = (await Json(await owner.PostAsJsonAsync("/api/projects/applications", Complete(call, budget:
            [new { category = "业务费", special = 450_000m, own = 0m }, new { category = "间接费用", special = 90_000m, own = 0m }])))).GetProperty("id").GetString();
        var overCapSubmit = await owner.PostAsync($"/api/projects/applications/{overCap}/submit", null);
        // 业务费 20万 + 劳务费 10万 less nothing for equipment: at 10% the indirect costs may be 3万, not 5万.
        var overShare = (await Json(await other.PostAsJsonAsync("/api/projects/applications", Complete(tight)))).GetProperty("id").GetString();
        var overShareSubmit = await other.PostAsync($"/api/projects/applications/{overShare}/submit", null);

        Assert.Equal(HttpStatusCode.BadRequest, unbalanced.StatusCode);
        Assert.Equal(["专项经费合计填写为500000.00元，各科目之和为450000.00元，预算表不平"], Errors(await Json(unbalanced), "budget"));
        Assert.Equal(["预算科目“招待费”无效：应为设备费、业务费、劳务费、间接费用"], Errors(await Json(unknown), "budget"));
        Assert.Equal(HttpStatusCode.BadRequest, overCapSubmit.StatusCode);
        Assert.Equal(["申请专项经费54.00万元，超过本指南单项上限50.00万元"], Errors(await Json(overCapSubmit), "budget"));
        Assert.Equal(HttpStatusCode.BadRequest, overShareSubmit.StatusCode);
        Assert.Equal(["间接费用5.00万元超过上限3.00万元：本指南规定不超过直接费用扣除设备费后的10%"], Errors(await Json(overShareSubmit), "budget"));
    }

    [Fact]
    public async Task Submit_RefusedWhenNotEligibleOrNotYetOpen_WithTheReasons()
    {
        const string Region = "330329";   // 泰顺县
        var staff = await UserAsync("staff", Region);
        var open = await CallAsync(staff, Region);
        var later = await CallAsync(staff, Region, opensInDays: 5);
        var (_, noTitle) = await EnterpriseAsync(Region, hte: false);
        var (_, early) = await EnterpriseAsync(Region);

        var a = (await Json(await noTitle.PostAsJsonAsync("/api/projects/applications", Complete(open)))).GetProperty("id").GetString();
        var refused = await noTitle.PostAsync($"/api/projects/applications/{a}/submit", null);
        var b = (await Json(await early.PostAsJsonAsync("/api/projects/applications", Complete(later)))).GetProperty("id").GetString();
        var tooEarly = await early.PostAsync($"/api/projects/applications/{b}/submit", null);
        var withdrawn = await early.PostAsync($"/api/projects/applications/{b}/withdraw", null);
        var anew = await early.PostAsJsonAsync("/api/projects/applications", Complete(later, "重新填报"));

        Assert.Equal(["须持有有效的高新技术企业资格"], Errors(await Json(refused), "eligibility"));
        Assert.Equal([$"申报尚未开始（{Zh.Date(Today.AddDays(5))}开始）"], Errors(await Json(tooEarly), "eligibility"));
        Assert.Equal("已撤回", (await Json(withdrawn)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, anew.StatusCode);   // after a withdrawal the enterprise may start again
    }

    [Fact]
    public async Task Scope_OwnEnterprise_TheCallsBureau_NeverAnExpertOrAnotherEnterprise()
    {
        const string Region = "330305";   // 洞头区
        var staff = await UserAsync("staff", Region);
        var call = await CallAsync(staff, Region);
        var (_, owner) = await EnterpriseAsync(Region);
        var (_, neighbour) = await EnterpriseAsync(Region);
        var id = (await Json(await owner.PostAsJsonAsync("/api/projects/applications", Complete(call)))).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/projects/applications/{id}/submit", null)).StatusCode);

        var byNeighbour = await neighbour.GetAsync($"/api/projects/applications/{id}");
        var neighbourEdits = await neighbour.PutAsJsonAsync($"/api/projects/applications/{id}", Complete(call));
        var neighbourList = await Json(await neighbour.GetAsync("/api/projects/applications"));
        var otherCounty = await (await UserAsync("staff", "330302")).GetAsync($"/api/projects/applications/{id}");
        var expert = await (await UserAsync("expert", Region)).GetAsync("/api/projects/applications");
        var bureauWrites = await staff.PostAsJsonAsync("/api/projects/applications", Complete(call));
        var leaderChecks = await (await UserAsync("leader", Region)).PostAsJsonAsync($"/api/projects/applications/{id}/check", new { passed = true });
        var staffWithdraws = await staff.PostAsync($"/api/projects/applications/{id}/withdraw", null);

        Assert.Equal(HttpStatusCode.NotFound, byNeighbour.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, neighbourEdits.StatusCode);
        Assert.Equal(0, neighbourList.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, otherCounty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, expert.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bureauWrites.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderChecks.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffWithdraws.StatusCode);
    }
}
