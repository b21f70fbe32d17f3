using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteMarketEventApiTests(SqliteApiFixture fixture) : MarketEventApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresMarketEventApiTests(PostgresApiFixture fixture) : MarketEventApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 对接活动 (docs/domain.md §7.1): the bureau's event with its invitees, attendance, the pairs the engine suggests, the
/// intentions and outcomes; what an invited enterprise sees; another county's event is 404; bad input 400. And the
/// brokers' verdicts: a rejected pair falls, a confirmed one rises, through the API. Each test uses its own county.
/// </summary>
public abstract class MarketEventApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
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
            userName = name, displayName = "活动" + role, password = "Passw0rd-1", regionCode = region, roles = new[] { role }, enterpriseId,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return await app.As(name);
    }

    private async Task<string> EnterpriseAsync(string region, string name)
    {
        var admin = await app.AsAdmin();
        var body = await Json(await admin.PostAsJsonAsync("/api/enterprises", new { name = name + ApiFixture.Unique("")[..6], uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2016-04-01" }));
        return body.GetProperty("id").GetString()!;
    }

    private static async Task<string> IdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    private static object Need(string enterpriseId, string title, string[] keywords) =>
        new { enterpriseId, title, keywords, field = "先进制造", cooperationMode = "技术开发", description = string.Join("、", keywords) };

    private static object Achievement(string title, string holder, string[] keywords) =>
        new { title, holder, keywords, field = "先进制造", stage = "中试", transferMode = "许可", description = string.Join("、", keywords) };

    [Fact]
    public async Task Event_WithInviteesPairsAttendanceAndIntentions_TheInvitedEnterpriseReadsItsOwnPart_AnotherCountyGets404()
    {
        const string Region = "330327";   // 苍南县
        var staff = await UserAsync("staff", Region);
        var leader = await UserAsync("leader", Region);
        var elsewhere = await UserAsync("staff", "330328");
        var a = await EnterpriseAsync(Region, "苍南印刷有限公司");
        var b = await EnterpriseAsync(Region, "苍南包装有限公司");
        var far = await EnterpriseAsync("330328", "文成食品有限公司");
        var userA = await UserAsync("enterprise", Region, a);
        var userB = await UserAsync("enterprise", Region, b);
        var needA = await IdAsync(await staff.PostAsJsonAsync("/api/market/needs", Need(a, "印刷套印偏差在线检测", ["套印", "在线检测", "机器视觉"])));
        var needB = await IdAsync(await staff.PostAsJsonAsync("/api/market/needs", Need(b, "纸箱封口机器人", ["封口", "机器人"])));
        var vision = await IdAsync(await staff.PostAsJsonAsync("/api/market/achievements", Achievement("印刷品套印机器视觉在线检测系统", "温州大学", ["套印", "机器视觉", "在线检测"])));

        var suggested = await Json(await staff.PostAsJsonAsync("/api/market/events/suggested-pairs", new { enterpriseIds = new[] { a } }));
        var created = await staff.PostAsJsonAsync("/api/market/events", new
        {
            title = "<script>alert(1)</script>印刷包装产学研对接会", heldOn = Day(-3), place = "苍南县科技大厦", organisers = "苍南县科技局", regionCode = Region,
            invitees = new object[]
            {
                new { enterpriseId = a, attended = true, headCount = 3 }, new { enterpriseId = b, attended = false }, new { name = "温州大学", attended = true, headCount = 2 },
            },
            pairs = new[] { new { needId = needA, achievementId = vision }, new { needId = needB, achievementId = vision } },
            intentions = new object[] { new { needId = needA, achievementId = vision, note = "<b>三个月内签订技术开发合同</b>" }, new { enterpriseId = b, holder = "浙江工业大学", note = "再约一次" } },
        });
        var e = await Json(created);
        var id = e.GetProperty("id").GetString();
        var cooperation = await staff.PostAsJsonAsync("/api/market/cooperations", new
        {
            title = "套印检测系统开发", mode = "技术开发", signedOn = Day(-1), amount = 500_000m, needId = needA, achievementId = vision, eventId = id,
        });
        var seenByA = await Json(await userA.GetAsync($"/api/market/events/{id}"));
        var seenByStaff = await Json(await staff.GetAsync($"/api/market/events/{id}"));
        var listA = await Json(await userA.GetAsync("/api/market/events"));
        var listB = await Json(await userB.GetAsync("/api/market/events"));

        Assert.Contains(suggested.EnumerateArray(), p => p.GetProperty("needId").GetString() == needA && p.GetProperty("achievementId").GetString() == vision);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("<script>alert(1)</script>印刷包装产学研对接会", e.GetProperty("title").GetString());   // plain text, kept as typed
        Assert.Equal((2, 2, 5), (e.GetProperty("invitedEnterprises").GetInt32(), e.GetProperty("attendedUnits").GetInt32(), e.GetProperty("headCount").GetInt32()));
        Assert.Equal("<b>三个月内签订技术开发合同</b>", e.GetProperty("intentions")[0].GetProperty("note").GetString());
        Assert.Equal("温州大学", e.GetProperty("intentions")[0].GetProperty("holder").GetString());
        Assert.Equal(HttpStatusCode.Created, cooperation.StatusCode);
        Assert.Equal("套印检测系统开发", seenByStaff.GetProperty("outcomes")[0].GetProperty("title").GetString());
        Assert.Equal(2, seenByStaff.GetProperty("pairs").GetArrayLength());
        Assert.Equal(1, seenByA.GetProperty("pairs").GetArrayLength());          // the invited enterprise: its own pair, intention and outcome
        Assert.Equal(1, seenByA.GetProperty("intentions").GetArrayLength());
        Assert.Equal(1, seenByA.GetProperty("outcomes").GetArrayLength());
        Assert.Equal(1, listA.GetProperty("total").GetInt32());
        Assert.Equal(1, listB.GetProperty("total").GetInt32());

        var uninvited = await UserAsync("enterprise", Region, await EnterpriseAsync(Region, "苍南鞋业有限公司"));
        Assert.Equal(HttpStatusCode.NotFound, (await uninvited.GetAsync($"/api/market/events/{id}")).StatusCode);
        Assert.Equal(0, (await Json(await uninvited.GetAsync("/api/market/events"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await userA.PutAsJsonAsync($"/api/market/events/{id}", new { title = "改", heldOn = Day(-3), place = "某地" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await userA.PostAsJsonAsync("/api/market/events", new { title = "企业办活动", heldOn = Day(3), place = "某地" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PutAsJsonAsync($"/api/market/events/{id}", new { title = "改", heldOn = Day(-3), place = "某地" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/market/events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PutAsJsonAsync($"/api/market/events/{id}", new { title = "改", heldOn = Day(-3), place = "某地" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.DeleteAsync($"/api/market/events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.PostAsJsonAsync("/api/market/events", new { title = "跨县", heldOn = Day(3), place = "某地", regionCode = Region })).StatusCode);

        // Bad input: attendance before the day, another county's enterprise, a need of another county, nothing required.
        var early = await Json(await staff.PostAsJsonAsync("/api/market/events", new { title = "下周对接会", heldOn = Day(7), place = "某地", invitees = new[] { new { enterpriseId = a, attended = true, headCount = 2 } } }));
        var foreign = await Json(await staff.PostAsJsonAsync("/api/market/events", new { title = "对接会", heldOn = Day(7), place = "某地", invitees = new[] { new { enterpriseId = far } } }));
        var twice = await Json(await staff.PostAsJsonAsync("/api/market/events", new { title = "对接会", heldOn = Day(7), place = "某地", invitees = new[] { new { enterpriseId = a }, new { enterpriseId = a } } }));
        var blank = await Json(await staff.PostAsJsonAsync("/api/market/events", new { title = " ", place = "" }));
        Assert.Equal("第1家邀请单位：活动尚未举办，不能登记出席", Error(early, "invitees"));
        Assert.Equal("第1家邀请单位：不是本县登记的企业", Error(foreign, "invitees"));
        Assert.StartsWith("第2家邀请单位：", Error(twice, "invitees"));
        Assert.Equal("请填写活动名称", Error(blank, "title"));
        Assert.Equal("请填写活动日期", Error(blank, "heldOn"));

        // The event rewritten: B came after all; deleted, the cooperation stays without the link.
        var updated = await Json(await staff.PutAsJsonAsync($"/api/market/events/{id}", new
        {
            title = "印刷包装产学研对接会", heldOn = Day(-3), place = "苍南县科技大厦", version = e.GetProperty("version").GetInt32(),
            invitees = new object[] { new { enterpriseId = a, attended = true, headCount = 3 }, new { enterpriseId = b, attended = true, headCount = 1 } },
        }));
        Assert.Equal((2, 4, 0), (updated.GetProperty("attendedUnits").GetInt32(), updated.GetProperty("headCount").GetInt32(), updated.GetProperty("pairs").GetArrayLength()));
        var export = await staff.GetAsync("/api/market/events/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/market/events/{id}")).StatusCode);
        var kept = await Json(await staff.GetAsync($"/api/market/cooperations/{(await Json(cooperation)).GetProperty("id").GetString()}"));
        Assert.Equal(JsonValueKind.Null, kept.GetProperty("eventId").ValueKind);
    }

    [Fact]
    public async Task Feedback_ARejectedPairFalls_AConfirmedOneRises_KeptInTheDatabase()
    {
        const string Region = "330329";   // 泰顺县
        var staff = await UserAsync("staff", Region);
        var leader = await UserAsync("leader", Region);
        var ent = await EnterpriseAsync(Region, "泰顺茶业有限公司");
        var entUser = await UserAsync("enterprise", Region, ent);
        var need = await IdAsync(await staff.PostAsJsonAsync("/api/market/needs", Need(ent, "茶叶杀青与茶饼压制", ["杀青", "压制"])));
        var first = await IdAsync(await staff.PostAsJsonAsync("/api/market/achievements", Achievement("滚筒杀青机", "浙江大学", ["杀青", "滚筒"])));
        // Each answers one half of the need, in words of its own: a verdict on one barely moves the other.
        var second = await IdAsync(await staff.PostAsJsonAsync("/api/market/achievements", Achievement("自动压制成型机", "浙江工业大学", ["压制", "成型"])));

        async Task<List<string>> RankedAsync(HttpClient client) =>
            [.. (await Json(await client.GetAsync($"/api/market/needs/{need}/recommendations"))).GetProperty("achievements").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
        async Task<(double Score, string Reasons)> HitAsync(string id) =>
            (await Json(await staff.GetAsync($"/api/market/needs/{need}/recommendations"))).GetProperty("achievements").EnumerateArray()
                .Where(h => h.GetProperty("id").GetString() == id).Select(h => (h.GetProperty("score").GetDouble(), h.GetProperty("reasons").GetString()!)).Single();

        var before = await RankedAsync(staff);
        var top = before[0];
        var other = top == first ? second : first;
        var rejected = await staff.PutAsJsonAsync($"/api/market/needs/{need}/feedback", new { otherKind = "achievement", otherId = top, verdict = "rejected" });
        var afterReject = await RankedAsync(staff);
        var debug = $"{await HitAsync(top)} / {await HitAsync(other)}";
        var seenByEnterprise = await RankedAsync(entUser);
        var verdicts = (await Json(await staff.GetAsync($"/api/market/needs/{need}/recommendations"))).GetProperty("achievements").EnumerateArray()
            .ToDictionary(h => h.GetProperty("id").GetString()!, h => h.GetProperty("verdict").ValueKind == JsonValueKind.Null ? null : h.GetProperty("verdict").GetString());
        var cleared = await staff.PutAsJsonAsync($"/api/market/needs/{need}/feedback", new { otherKind = "achievement", otherId = top, verdict = (string?)null });
        var afterClear = await RankedAsync(staff);
        var otherBefore = await HitAsync(other);
        var confirmed = await staff.PutAsJsonAsync($"/api/market/needs/{need}/feedback", new { otherKind = "achievement", otherId = other, verdict = "confirmed" });
        var otherAfter = await HitAsync(other);
        var needNow = await Json(await staff.GetAsync($"/api/market/needs/{need}"));

        Assert.Equal(2, before.Count);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.True(afterReject.SequenceEqual([other, top]), debug);
        Assert.Equal([other, top], seenByEnterprise);                 // the region's verdicts rank for everyone who searches it
        Assert.Equal("rejected", verdicts[top]);
        Assert.Null(verdicts[other]);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(before, afterClear);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.True(otherAfter.Score > otherBefore.Score * 1.5, $"{otherBefore.Score} → {otherAfter.Score}");
        Assert.Contains("已确认", otherAfter.Reasons);
        Assert.Equal("对接中", needNow.GetProperty("status").GetString());   // a confirmed pair: the need is being matched

        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PutAsJsonAsync($"/api/market/needs/{need}/feedback", new { otherKind = "achievement", otherId = top, verdict = "rejected" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await entUser.PutAsJsonAsync($"/api/market/needs/{need}/feedback", new { otherKind = "achievement", otherId = top, verdict = "rejected" })).StatusCode);
        var badVerdict = await Json(await staff.PutAsJsonAsync($"/api/market/needs/{need}/feedback", new { otherKind = "achievement", otherId = top, verdict = "maybe" }));
        var badKind = await Json(await staff.PutAsJsonAsync($"/api/market/needs/{need}/feedback", new { otherKind = "need", otherId = top, verdict = "rejected" }));
        Assert.Equal("确认为 confirmed，否决为 rejected，留空为撤销", Error(badVerdict, "verdict"));
        Assert.StartsWith("推荐对象应为", Error(badKind, "otherKind"));
    }
}
