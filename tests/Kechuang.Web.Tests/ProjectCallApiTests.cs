using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteProjectCallApiTests(SqliteApiFixture fixture) : ProjectCallApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresProjectCallApiTests(PostgresApiFixture fixture) : ProjectCallApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// Calls for applications (docs/domain.md §6.2): drafted, checked, published once; who sees them (the bureau of the
/// region, enterprises below the issuing region once published, everyone on the public page while open); and the
/// eligibility of an enterprise with its reasons. Each test uses its own county and a title of its own.
/// </summary>
public abstract class ProjectCallApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private DateOnly Today => app.Clock.TodayInChina();

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

    private object Call(string region, string title, string[]? titles = null, int opensInDays = -1, object[]? criteria = null) => new
    {
        title, programme = "重点研发", year = Today.Year, regionCode = region, totalBudget = 5_000_000m, capPerProject = 500_000m,
        opensOn = Today.AddDays(opensInDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), closesOn = Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        requiredTitles = titles ?? [], attachments = new[] { "营业执照", "财务审计报告" },
        criteria = criteria ?? [new { name = "创新性", maxScore = 40m, weight = 40m }, new { name = "可行性", maxScore = 60m, weight = 60m }],
    };

    private async Task<string> EnterpriseAsync(string region, bool hte)
    {
        var admin = await app.AsAdmin();
        var created = await admin.PostAsJsonAsync("/api/enterprises", new
        {
            name = "申报科技" + Guid.NewGuid().ToString("N")[..6], uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2015-04-01",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetString()!;
        if (hte)
        {
            var title = await admin.PostAsJsonAsync($"/api/enterprises/{id}/qualifications",
                new { type = "高新技术企业", number = "GR" + Guid.NewGuid().ToString("N")[..10], issuedOn = Today.AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
            Assert.Equal(HttpStatusCode.Created, title.StatusCode);
        }
        return id;
    }

    private async Task<HttpClient> EnterpriseUserAsync(string region, string enterprise)
    {
        var name = ApiFixture.Unique("ent");
        var user = await (await app.AsAdmin()).PostAsJsonAsync("/api/users", new
        {
            userName = name, displayName = "企业用户", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId = enterprise,
        });
        Assert.True(user.IsSuccessStatusCode);
        return await app.As(name);
    }

    private static List<string?> Titles(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("title").GetString())];

    [Fact]
    public async Task Draft_ThenPublishedOnce_EnterprisesAndThePublicSeeItOnlyThen()
    {
        const string Region = "330327";   // 苍南县
        var staff = await UserAsync("staff", Region);
        var title = "苍南县重点研发计划" + Guid.NewGuid().ToString("N")[..6];
        var ours = await EnterpriseUserAsync(Region, await EnterpriseAsync(Region, hte: false));
        var elsewhere = await EnterpriseUserAsync("330328", await EnterpriseAsync("330328", hte: false));

        var created = await staff.PostAsJsonAsync("/api/projects/calls", Call(Region, title));
        var id = (await Json(created)).GetProperty("id").GetString();
        var beforeByEnterprise = Titles(await Json(await ours.GetAsync("/api/projects/calls")));
        var beforeById = await ours.GetAsync($"/api/projects/calls/{id}");
        var beforePublic = WebUtility.HtmlDecode(await (await app.Anonymous().GetAsync("/calls")).Content.ReadAsStringAsync());
        var published = await staff.PostAsync($"/api/projects/calls/{id}/publish", null);
        var twice = await staff.PostAsync($"/api/projects/calls/{id}/publish", null);
        var afterByEnterprise = Titles(await Json(await ours.GetAsync("/api/projects/calls")));
        var otherCounty = Titles(await Json(await elsewhere.GetAsync("/api/projects/calls")));
        var afterPublic = await app.Anonymous().GetAsync("/calls");
        var open = Titles(await Json(await staff.GetAsync($"/api/projects/calls?status={Uri.EscapeDataString("征集中")}")));
        var expert = await (await UserAsync("expert", Region)).GetAsync("/api/projects/calls");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("草稿", (await Json(created)).GetProperty("status").GetString());
        Assert.DoesNotContain(title, beforeByEnterprise);
        Assert.Equal(HttpStatusCode.NotFound, beforeById.StatusCode);
        Assert.DoesNotContain(title, beforePublic);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("征集中", (await Json(published)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.StartsWith("该指南已于", (await Json(twice)).GetProperty("detail").GetString());
        Assert.Contains(title, afterByEnterprise);
        Assert.DoesNotContain(title, otherCounty);
        Assert.Equal(HttpStatusCode.OK, afterPublic.StatusCode);
        Assert.Contains(title, WebUtility.HtmlDecode(await afterPublic.Content.ReadAsStringAsync()));
        Assert.Contains(title, open);
        Assert.Equal(HttpStatusCode.Forbidden, expert.StatusCode);
    }

    [Fact]
    public async Task BadInput_EveryProblemInChinese_DuplicateAndForeignRegionRefused()
    {
        const string Region = "330383";   // 龙港市
        var staff = await UserAsync("staff", Region);
        var bad = await staff.PostAsJsonAsync("/api/projects/calls", new
        {
            title = "", programme = "重点研发", year = 1999, regionCode = "330383198", totalBudget = 100_000m, capPerProject = 200_000m,
            opensOn = "2026-05-01", closesOn = "2026-04-01", requiredTitles = new[] { "上市企业" }, attachments = new[] { "营业执照", "营业执照" },
            indirectCostCapPercent = 35m, expertsPerApplication = 0,
            criteria = new[] { new { name = "创新性", maxScore = 40m, weight = 40m }, new { name = "创新性", maxScore = 120m, weight = 50m } },
        });
        var noCriteria = await staff.PostAsJsonAsync("/api/projects/calls", Call(Region, "龙港无指标", criteria: []));
        var title = "龙港市社会发展计划" + Guid.NewGuid().ToString("N")[..6];
        var first = await staff.PostAsJsonAsync("/api/projects/calls", Call(Region, title));
        var duplicate = await staff.PostAsJsonAsync("/api/projects/calls", Call(Region, " " + title));
        var foreign = await staff.PostAsJsonAsync("/api/projects/calls", Call("330327", "越权指南"));
        var byLeader = await (await UserAsync("leader", Region)).PostAsJsonAsync("/api/projects/calls", Call(Region, "领导起草"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await Json(bad);
        Assert.Equal(["请填写指南名称"], Errors(problem, "title"));
        Assert.Equal([$"年度应在 2000—{Today.Year + 1} 之间"], Errors(problem, "year"));
        Assert.EndsWith("是乡镇：申报指南由县级以上科技局发布", Errors(problem, "regionCode").Single());
        Assert.Equal(["单个项目资助上限 20.00万元 超过资助总额 10.00万元"], Errors(problem, "capPerProject"));
        Assert.Equal(["截止日期 2026年4月1日 早于开始日期 2026年5月1日"], Errors(problem, "closesOn"));
        Assert.Equal(["资格条件“上市企业”无效：应为高新技术企业、科技型中小企业"], Errors(problem, "requiredTitles"));
        Assert.Equal(["附件“营业执照”重复"], Errors(problem, "attachments"));
        Assert.Single(Errors(problem, "indirectCostCapPercent"));
        Assert.Equal(["每个项目的评审专家数应在 1—15 之间"], Errors(problem, "expertsPerApplication"));
        Assert.Equal(["第2项评审指标的满分应在 0—100 之间", "评审指标“创新性”重复", "评审指标的权重合计应为100%，现为90%"], Errors(problem, "criteria"));
        Assert.Equal(["请设置评审指标（至少一项，含满分和权重）"], Errors(await Json(noCriteria), "criteria"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
    }

    [Fact]
    public async Task Eligibility_TitleRegionAndDates_WithEveryReason()
    {
        const string City = "330300";     // 温州市: a city's call is for its counties' enterprises
        const string County = "330324";   // 永嘉县
        var cityStaff = await UserAsync("staff", City);
        var withTitle = await EnterpriseAsync(County, hte: true);
        var without = await EnterpriseAsync(County, hte: false);
        var outside = await EnterpriseAsync("330106", hte: true);   // 杭州市西湖区
        var open = (await Json(await cityStaff.PostAsJsonAsync("/api/projects/calls", Call(City, "温州市高企专项" + Guid.NewGuid().ToString("N")[..6], ["高新技术企业"]))))
            .GetProperty("id").GetString();
        var later = (await Json(await cityStaff.PostAsJsonAsync("/api/projects/calls", Call(City, "温州市下月专项" + Guid.NewGuid().ToString("N")[..6], ["高新技术企业"], opensInDays: 10))))
            .GetProperty("id").GetString();
        foreach (var id in new[] { open, later })
        {
            Assert.Equal(HttpStatusCode.OK, (await cityStaff.PostAsync($"/api/projects/calls/{id}/publish", null)).StatusCode);
        }
        var owner = await EnterpriseUserAsync(County, without);

        var eligible = await Json(await cityStaff.GetAsync($"/api/projects/calls/{open}/eligibility?enterpriseId={withTitle}"));
        var noTitle = await Json(await owner.GetAsync($"/api/projects/calls/{open}/eligibility"));
        var notYet = await Json(await cityStaff.GetAsync($"/api/projects/calls/{later}/eligibility?enterpriseId={withTitle}"));
        var foreign = await cityStaff.GetAsync($"/api/projects/calls/{open}/eligibility?enterpriseId={outside}");
        var othersAsked = await owner.GetAsync($"/api/projects/calls/{open}/eligibility?enterpriseId={withTitle}");

        Assert.True(eligible.GetProperty("eligible").GetBoolean());
        Assert.Empty(eligible.GetProperty("reasons").EnumerateArray());
        Assert.False(noTitle.GetProperty("eligible").GetBoolean());
        Assert.Equal(["须持有有效的高新技术企业资格"], noTitle.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([$"申报尚未开始（{Zh.Date(Today.AddDays(10))}开始）"], notYet.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);   // another province's enterprise is not the bureau's to name
        Assert.Equal(HttpStatusCode.NotFound, othersAsked.StatusCode);
    }

    [Fact]
    public async Task Change_WithTheVersionRead_AStaleOneIs409()
    {
        const string Region = "330381";   // 瑞安市
        var staff = await UserAsync("staff", Region);
        var title = "瑞安市农业计划" + Guid.NewGuid().ToString("N")[..6];
        var created = await Json(await staff.PostAsJsonAsync("/api/projects/calls", Call(Region, title)));
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetInt32();

        var changed = await staff.PutAsJsonAsync($"/api/projects/calls/{id}", new
        {
            title, programme = "农业", year = Today.Year, regionCode = Region, totalBudget = 8_000_000m, capPerProject = 800_000m,
            opensOn = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), closesOn = Today.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            criteria = new[] { new { name = "综合评价", maxScore = 100m, weight = 100m } }, version,
        });
        var stale = await staff.PutAsJsonAsync($"/api/projects/calls/{id}", new
        {
            title, programme = "农业", year = Today.Year, regionCode = Region, totalBudget = 1m, capPerProject = 1m,
            opensOn = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), closesOn = Today.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            criteria = new[] { new { name = "综合评价", maxScore = 100m, weight = 100m } }, version,
        });
        var shown = await Json(await staff.GetAsync($"/api/projects/calls/{id}"));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(8_000_000m, shown.GetProperty("totalBudget").GetDecimal());
        Assert.Equal("农业", shown.GetProperty("programme").GetString());
        Assert.Equal(["综合评价"], shown.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }
}
