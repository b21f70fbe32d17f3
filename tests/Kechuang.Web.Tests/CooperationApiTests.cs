using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteCooperationApiTests(SqliteApiFixture fixture) : CooperationApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresCooperationApiTests(PostgresApiFixture fixture) : CooperationApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 合作项目 (docs/domain.md §7.1): a cooperation on a need moves it to 已合作; payments checked against signing and the
/// contract amount (400); the technology contract found by id or 登记编号 through the registry's lookup; overdue
/// follow-ups on the reminder list; an enterprise sees its own only (another's 404); and what the market feeds — the
/// summary's sentence with only the parts that have data, and the indicators. Each test uses its own county.
/// </summary>
public abstract class CooperationApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string Error(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    private string Day(int offset) => app.Clock.TodayInChina().AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<HttpClient> UserAsync(string role, string region, string? enterpriseId = null)
    {
        var name = ApiFixture.Unique(role);
        var admin = await app.AsAdmin();
        var created = await admin.PostAsJsonAsync("/api/users", new
        {
            userName = name, displayName = "合作" + role, password = "Passw0rd-1", regionCode = region, roles = new[] { role }, enterpriseId,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return await app.As(name);
    }

    private async Task<(string Id, string Uscc)> EnterpriseAsync(string region, string name)
    {
        var admin = await app.AsAdmin();
        var uscc = TestCodes.NewUscc(region);
        var body = await Json(await admin.PostAsJsonAsync("/api/enterprises", new { name = name + ApiFixture.Unique("")[..6], uscc, regionCode = region, foundedOn = "2016-04-01" }));
        return (body.GetProperty("id").GetString()!, uscc);
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    [Fact]
    public async Task Cooperation_OnANeed_MovesItTo已合作_PaymentsCheckedAgainstSigningAndAmount_ContractByRegistrationNumber()
    {
        const string Region = "330324";   // 永嘉县
        var staff = await UserAsync("staff", Region);
        var leader = await UserAsync("leader", Region);
        var (ent, entUscc) = await EnterpriseAsync(Region, "永嘉泵阀有限公司");
        var (other, _) = await EnterpriseAsync(Region, "永嘉纽扣有限公司");
        var owner = await UserAsync("enterprise", Region, ent);
        var stranger = await UserAsync("enterprise", Region, other);
        var elsewhere = await UserAsync("staff", "330328");
        var need = (await CreatedAsync(await staff.PostAsJsonAsync("/api/market/needs", new
        {
            enterpriseId = ent, title = "阀门密封面耐磨涂层", keywords = new[] { "阀门", "耐磨涂层" }, cooperationMode = "技术许可",
        }))).GetProperty("id").GetString();
        var achievement = (await CreatedAsync(await staff.PostAsJsonAsync("/api/market/achievements", new
        {
            title = "超音速火焰喷涂耐磨涂层", holder = "浙江工业大学", keywords = new[] { "耐磨涂层" }, stage = "中试", transferMode = "许可",
        }))).GetProperty("id").GetString();
        // A technology contract the enterprise sold in the county, registered: cited by its 登记编号.
        var contract = (await CreatedAsync(await staff.PostAsJsonAsync("/api/contracts", new
        {
            name = "阀门耐磨涂层技术许可合同", type = "licensing", sellerName = "永嘉泵阀", sellerUscc = entUscc, sellerRegionCode = Region,
            buyerName = "某买方有限公司", buyerUscc = TestCodes.NewUscc("330106"), buyerRegionCode = "330106",
            signedOn = Day(-20), receivedOn = Day(-15), turnover = 800_000m, techTransaction = 700_000m,
        }))).GetProperty("id").GetString();
        var registered = await Json(await staff.PostAsJsonAsync($"/api/contracts/{contract}/register", new { registeredOn = Day(-10) }));
        var number = registered.GetProperty("registrationNo").GetString()!;

        var created = await staff.PostAsJsonAsync("/api/market/cooperations", new
        {
            title = "<img src=x onerror=alert(1)>密封面涂层许可", mode = "技术许可", signedOn = Day(-30), amount = 800_000m, needId = need, achievementId = achievement,
            contract = number, nextFollowUpOn = Day(-1),
        });
        var c = await CreatedAsync(created);
        var id = c.GetProperty("id").GetString();
        var needAfter = await Json(await staff.GetAsync($"/api/market/needs/{need}"));
        var beforeSigning = await Json(await staff.PostAsJsonAsync($"/api/market/cooperations/{id}/payments", new { paidOn = Day(-31), amount = 100_000m }));
        var first = await staff.PostAsJsonAsync($"/api/market/cooperations/{id}/payments", new { paidOn = Day(-20), amount = 300_000m, note = "首期款" });
        var second = await staff.PostAsJsonAsync($"/api/market/cooperations/{id}/payments", new { paidOn = Day(-5), amount = 400_000m });
        var tooMuch = await Json(await staff.PostAsJsonAsync($"/api/market/cooperations/{id}/payments", new { paidOn = Day(0), amount = 200_000m }));
        var future = await Json(await staff.PostAsJsonAsync($"/api/market/cooperations/{id}/payments", new { paidOn = Day(1), amount = 1_000m }));
        var lowered = await Json(await staff.PutAsJsonAsync($"/api/market/cooperations/{id}", new
        {
            title = "密封面涂层许可", mode = "技术许可", signedOn = Day(-30), amount = 500_000m, needId = need, achievementId = achievement,
        }));
        var reminders = await Json(await staff.GetAsync("/api/market/cooperations/reminders"));
        var overdueList = await Json(await staff.GetAsync("/api/market/cooperations?overdue=true"));

        Assert.Equal("<img src=x onerror=alert(1)>密封面涂层许可", c.GetProperty("title").GetString());
        Assert.Equal("浙江工业大学", c.GetProperty("holder").GetString());          // the achievement's holder
        Assert.Equal(ent, c.GetProperty("enterpriseId").GetString());            // the need's enterprise
        Assert.Equal(contract, c.GetProperty("contractId").GetString());
        Assert.StartsWith(number, c.GetProperty("contractLabel").GetString());
        Assert.True(c.GetProperty("overdue").GetBoolean());
        Assert.Equal("已合作", needAfter.GetProperty("status").GetString());
        Assert.StartsWith("到账日期不能早于签约日期", Error(beforeSigning, "paidOn"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(700_000m, (await Json(second)).GetProperty("paid").GetDecimal());
        Assert.Equal("累计到账90.00万元，超过合同金额80.00万元；请先核对合同金额", Error(tooMuch, "amount"));
        Assert.Equal("到账日期不能晚于今天", Error(future, "paidOn"));
        Assert.Equal("已到账70.00万元，合同金额不能低于已到账金额", Error(lowered, "amount"));
        Assert.Contains(reminders.EnumerateArray(), r => r.GetProperty("id").GetString() == id && r.GetProperty("daysOverdue").GetInt32() == 1);
        Assert.Equal(1, overdueList.GetProperty("total").GetInt32());

        // Followed up: off the reminder list.
        var followed = await Json(await staff.PostAsJsonAsync($"/api/market/cooperations/{id}/follow-up", new { note = "首期设备已安装", nextFollowUpOn = Day(30) }));
        var pastNext = await Json(await staff.PostAsJsonAsync($"/api/market/cooperations/{id}/follow-up", new { note = "再看", nextFollowUpOn = Day(0) }));
        Assert.False(followed.GetProperty("overdue").GetBoolean());
        Assert.Equal("下次跟进日期应晚于今天", Error(pastNext, "nextFollowUpOn"));
        Assert.Empty((await Json(await staff.GetAsync("/api/market/cooperations/reminders"))).EnumerateArray());

        // Who sees what: the enterprise its own (read-only); another's is 404; another county's bureau 404; leaders read.
        Assert.Equal(1, (await Json(await owner.GetAsync("/api/market/cooperations"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/market/cooperations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsJsonAsync($"/api/market/cooperations/{id}/payments", new { paidOn = Day(0), amount = 1m })).StatusCode);
        Assert.Equal(0, (await Json(await stranger.GetAsync("/api/market/cooperations"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/market/cooperations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"/api/market/cooperations/{id}", new { title = "改" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/market/cooperations/{id}/payments", new { paidOn = Day(0), amount = 1m })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/market/cooperations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/market/cooperations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsJsonAsync("/api/market/cooperations", new { title = "跨县", mode = "技术开发", signedOn = Day(-1), amount = 1m, enterpriseId = ent, holder = "某大学" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/market/cooperations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/market/cooperations/{id}/follow-up", new { note = "领导跟进" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync("/api/market/cooperations/reminders")).StatusCode);

        // Bad input at the edge.
        var blank = await Json(await staff.PostAsJsonAsync("/api/market/cooperations", new { title = "", mode = "买断", signedOn = Day(1) }));
        var noContract = await Json(await staff.PostAsJsonAsync("/api/market/cooperations", new { title = "合作", mode = "技术开发", signedOn = Day(-1), amount = 1m, enterpriseId = ent, holder = "某大学", contract = "9999999999" }));
        Assert.Equal("请填写项目名称", Error(blank, "title"));
        Assert.StartsWith("请选择合作方式", Error(blank, "mode"));
        Assert.Equal("签约日期不能晚于今天", Error(blank, "signedOn"));
        Assert.Equal("请填写合同金额", Error(blank, "amount"));
        Assert.Equal("请选择合作企业，或选择其技术需求", Error(blank, "enterpriseId"));
        Assert.Contains("9999999999", Error(noContract, "contract"));

        var payments = (await Json(await staff.GetAsync($"/api/market/cooperations/{id}"))).GetProperty("payments");
        var removed = await staff.DeleteAsync($"/api/market/cooperations/{id}/payments/{payments[1].GetProperty("id").GetString()}");
        Assert.Equal(300_000m, (await Json(removed)).GetProperty("paid").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/market/cooperations/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/market/cooperations/{id}")).StatusCode);
    }

    [Fact]
    public async Task Summary_SaysOnlyThePartsWithData_EachTraced_AndTheIndicatorsAgree()
    {
        const string Region = "330382";   // 乐清市: records of 2025 only (needs and achievements are dated by the clock, so none in 2025)
        var admin = await app.AsAdmin();
        var staff = await UserAsync("staff", Region);
        var (ent, _) = await EnterpriseAsync(Region, "乐清电气有限公司");
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/market/events", new
        {
            title = "电气产业产学研对接会", heldOn = "2025-05-20", place = "乐清市会展中心", invitees = new object[] { new { enterpriseId = ent, attended = true, headCount = 2 }, new { name = "浙江大学" } },
        })).StatusCode);
        foreach (var (signed, amount) in new[] { ("2025-06-10", 500_000m), ("2025-09-01", 250_000m) })
        {
            await CreatedAsync(await staff.PostAsJsonAsync("/api/market/cooperations", new { title = "低压电器合作" + signed, mode = "技术开发", signedOn = signed, amount, enterpriseId = ent, holder = "浙江大学" }));
        }
        await CreatedAsync(await staff.PostAsJsonAsync("/api/market/cooperations", new { title = "上年合作", mode = "技术咨询", signedOn = "2024-03-01", amount = 0m, enterpriseId = ent, holder = "温州大学" }));

        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year=2025&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "market");
        var spans = section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().ToList();
        var sentence = string.Concat(spans.Select(s => s.GetProperty("text").GetString()));
        var rows = await Json(await admin.GetAsync($"/api/indicators/report?region={Region}&year=2025&month=12"));
        decimal? Actual(string code)
        {
            var row = rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
            return row.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : row.GetProperty("actual").GetDecimal();
        }
        // 龙港市: a figure of its own and a cooperation of 2024 only: a summary, without the market's section.
        var (late, _) = await EnterpriseAsync("330383", "龙港印刷有限公司");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/indicators/patent_grants/values/330383/2025/12", new { value = 10m })).StatusCode);
        await CreatedAsync(await admin.PostAsJsonAsync("/api/market/cooperations", new { title = "往年合作", mode = "技术咨询", signedOn = "2024-05-01", amount = 10_000m, enterpriseId = late, holder = "温州大学" }));
        var none = await Json(await admin.GetAsync("/api/reports/summary?region=330383&year=2025&period=FY"));

        Assert.Contains("举办对接活动1场，促成合作2项，合同金额75.00万元。", sentence);
        Assert.DoesNotContain("征集技术需求", sentence);                      // no need published in 2025: the part is left out, not "0项"
        Assert.Contains(spans, s => s.GetProperty("text").GetString() == "2项" && s.TryGetProperty("figureId", out var f) && f.ValueKind == JsonValueKind.String);
        Assert.Equal((1m, 2m, 75m), (Actual("market_events"), Actual("market_cooperations"), Actual("market_cooperation_amount")));
        Assert.Equal(0m, Actual("market_needs"));
        Assert.DoesNotContain(none.GetProperty("sections").EnumerateArray(), s => s.GetProperty("module").GetString() == "market");
    }

    /// <summary>The pages are the market's users' (the bureau, enterprises); an expert goes to the forbidden page.</summary>
    [Fact]
    public async Task ThePages_OpenForTheMarketsUsers_OthersGoToTheForbiddenPage()
    {
        var staffName = ApiFixture.Unique("page");
        var expertName = ApiFixture.Unique("page");
        await app.CreateUserAsync(staffName, "330305", "staff");
        await app.CreateUserAsync(expertName, "330305", "expert");
        var staff = await app.WithCookie(staffName);

        var events = await staff.GetAsync("/market/events");
        var newEvent = await staff.GetAsync("/market/events/new");
        var cooperations = await staff.GetAsync("/market/cooperations");
        var expert = await (await app.WithCookie(expertName)).GetAsync("/market/cooperations");

        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newEvent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cooperations.StatusCode);
        Assert.Equal("text/html", cooperations.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, expert.StatusCode);
    }
}
