using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteIncubatorApiTests(SqliteApiFixture fixture) : IncubatorApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresIncubatorApiTests(PostgresApiFixture fixture) : IncubatorApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// The incubation carrier register (docs/domain.md §7.3): registration and space, the checks, the scope, and what it
/// feeds — 新增孵化空间面积 and the summary's sentence. Each test uses its own county; figures are for last year.
/// </summary>
public abstract class IncubatorApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private int Year => app.Clock.TodayInChina().Year - 1;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<HttpClient> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role);
        await app.CreateUserAsync(name, region, role);
        return await app.As(name);
    }

    private object Carrier(string region, decimal area = 12_000m, string? on = null, string name = "科技创业园") => new
    {
        name = name + Guid.NewGuid().ToString("N")[..4], kind = "孵化器", level = "省级", regionCode = region, areaSqm = area,
        inUseOn = on ?? $"{Year}-03-01", @operator = "测试运营有限公司",
    };

    private async Task<string> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/incubators", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Register_WithSpaceAddedLater_ShowsTheAreaInUse()
    {
        var staff = await UserAsync("staff", "330327");
        var created = await staff.PostAsJsonAsync("/api/incubators", Carrier("330327"));
        var body = await Json(created);
        var id = body.GetProperty("id").GetString();

        var added = await staff.PostAsJsonAsync($"/api/incubators/{id}/areas", new { areaSqm = 8_000m, inUseOn = $"{Year}-09-15", note = "二期" });
        var detail = await Json(await staff.GetAsync($"/api/incubators/{id}"));
        var list = await Json(await staff.GetAsync("/api/incubators?kind=孵化器&q=科技创业园"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/incubators/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("省级", body.GetProperty("level").GetString());
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(20_000m, (await Json(added)).GetProperty("areaSqm").GetDecimal());
        Assert.Equal(20_000m, detail.GetProperty("areaSqm").GetDecimal());
        Assert.Equal(2, detail.GetProperty("areas").GetArrayLength());
        Assert.Equal("苍南县", detail.GetProperty("regionName").GetString());
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task BadInput_IsRefusedInChinese_NamingTheField()
    {
        var staff = await UserAsync("staff", "330328");
        var id = await CreateAsync(staff, Carrier("330328", on: $"{Year}-05-01"));
        var today = app.Clock.TodayInChina();

        var zero = await staff.PostAsJsonAsync("/api/incubators", Carrier("330328", area: 0m));
        var huge = await staff.PostAsJsonAsync("/api/incubators", Carrier("330328", area: 10_000_001m));
        var future = await staff.PostAsJsonAsync("/api/incubators", Carrier("330328", on: today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var city = await staff.PostAsJsonAsync("/api/incubators", Carrier("330300"));
        var early = await staff.PostAsJsonAsync($"/api/incubators/{id}/areas", new { areaSqm = 100m, inUseOn = $"{Year}-04-30" });
        var kind = await staff.PostAsJsonAsync("/api/incubators", new { name = "甲", kind = "车库", level = "乡级", regionCode = "330328", areaSqm = 10m, inUseOn = $"{Year}-01-01" });

        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("面积应大于 0", (await Json(zero)).GetProperty("errors").GetProperty("areaSqm")[0].GetString());
        Assert.Contains("超过 10 平方公里", (await Json(huge)).GetProperty("errors").GetProperty("areaSqm")[0].GetString());
        Assert.Contains("晚于今天", (await Json(future)).GetProperty("errors").GetProperty("inUseOn")[0].GetString());
        Assert.Contains("不是县级区划", (await Json(city)).GetProperty("errors").GetProperty("regionCode")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains($"早于载体启用日期 {Year}年5月1日", (await Json(early)).GetProperty("errors").GetProperty("inUseOn")[0].GetString());
        var errors = (await Json(kind)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("level", out _));
    }

    [Fact]
    public async Task Duplicate_Is409_NamingTheExistingCarrier()
    {
        var staff = await UserAsync("staff", "330329");
        var body = Carrier("330329");
        await CreateAsync(staff, body);

        var again = await staff.PostAsJsonAsync("/api/incubators", body);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("泰顺县已登记孵化载体“科技创业园", (await Json(again)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Scope_AnotherCountyCannotRegisterOrSee_ALeaderOnlyReads()
    {
        var home = await UserAsync("staff", "330381");
        var other = await UserAsync("staff", "330382");
        var leader = await UserAsync("leader", "330300");
        var expert = await UserAsync("expert", "330381");
        var id = await CreateAsync(home, Carrier("330381"));

        var foreignWrite = await other.PostAsJsonAsync("/api/incubators", Carrier("330381"));
        var foreignRead = await other.GetAsync($"/api/incubators/{id}");
        var foreignArea = await other.PostAsJsonAsync($"/api/incubators/{id}/areas", new { areaSqm = 100m, inUseOn = $"{Year}-06-01" });
        var leaderRead = await leader.GetAsync($"/api/incubators/{id}");
        var leaderWrite = await leader.PostAsJsonAsync("/api/incubators", Carrier("330381"));
        var expertList = await expert.GetAsync("/api/incubators");

        Assert.Equal(HttpStatusCode.Forbidden, foreignWrite.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignArea.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, expertList.StatusCode);
    }

    [Fact]
    public async Task NewSpace_FeedsTheIndicator_AndTheSummarySentence()
    {
        const string Region = "330383";   // 龙港市
        var staff = await UserAsync("staff", Region);
        var id = await CreateAsync(staff, Carrier(Region, area: 50_000m, on: $"{Year - 2}-06-01"));
        await staff.PostAsJsonAsync($"/api/incubators/{id}/areas", new { areaSqm = 30_000m, inUseOn = $"{Year}-04-10" });
        await staff.PostAsJsonAsync($"/api/incubators/{id}/areas", new { areaSqm = 6_000m, inUseOn = $"{Year}-10-01" });
        var admin = await app.AsAdmin();

        async Task<decimal?> AreaAsync(int month)
        {
            var rows = await Json(await admin.GetAsync($"/api/indicators/report?region={Region}&year={Year}&month={month}"));
            var row = rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "new_incubator_area");
            return row.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : row.GetProperty("actual").GetDecimal();
        }

        var june = await AreaAsync(6);
        var december = await AreaAsync(12);
        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year={Year}&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "incubators");
        var sentence = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

        Assert.Equal(3m, june);          // 30,000 m² in 万平方米
        Assert.Equal(3.6m, december);
        Assert.StartsWith("一是孵化载体建设方面，截至12月底，全市在用孵化载体1家，孵化空间8.60万平方米；全年新增孵化空间3.60万平方米", sentence);
    }

    [Fact]
    public async Task Tenants_EnterAndLeave_GiveTheCarriersFiguresForTheYear()
    {
        const string Region = "330324";   // 永嘉县
        var staff = await UserAsync("staff", Region);
        var admin = await app.AsAdmin();
        var id = await CreateAsync(staff, Carrier(Region, area: 2_000m, on: $"{Year}-03-01"));
        var first = await EnterpriseAsync(Region);
        var second = await EnterpriseAsync(Region);
        var foreign = await EnterpriseAsync("330302");

        var entered = await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants", new { enterpriseId = first, enteredOn = $"{Year}-04-01", areaSqm = 300m });
        await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants", new { name = "海洋传感创业团队", enteredOn = $"{Year}-05-01", areaSqm = 200m });
        await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants", new { enterpriseId = second, enteredOn = $"{Year}-06-01", areaSqm = 500m });
        await admin.PostAsJsonAsync($"/api/enterprises/{first}/qualifications", new { type = "高新技术企业", number = "GR" + Year + Guid.NewGuid().ToString("N")[..6], issuedOn = $"{Year}-10-15" });
        var tenants = (await Json(entered)).GetProperty("tenants").EnumerateArray().ToList();
        var detail = await Json(await staff.GetAsync($"/api/incubators/{id}"));
        string Tenant(string key) => detail.GetProperty("tenants").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == key || t.GetProperty("enterpriseId").ToString() == key).GetProperty("id").GetString()!;
        var graduated = await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants/{Tenant(first)}/exit", new { leftOn = $"{Year}-12-01", graduated = true });
        var movedOut = await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants/{Tenant("海洋传感创业团队")}/exit", new { leftOn = $"{Year}-11-01", graduated = false });
        var again = await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants/{Tenant("海洋传感创业团队")}/exit", new { leftOn = $"{Year}-11-02", graduated = false });
        var figures = await Json(await staff.GetAsync($"/api/incubators/{id}/figures?year={Year}"));
        var before = await Json(await staff.GetAsync($"/api/incubators/{id}/figures?year={Year - 1}"));
        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year={Year}&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "incubators");
        var sentence = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

        var early = await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants", new { name = "早到团队", enteredOn = $"{Year}-02-01" });
        var tooBig = await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants", new { name = "大团队", enteredOn = $"{Year}-04-01", areaSqm = 2_001m });
        var nobody = await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants", new { enteredOn = $"{Year}-04-01" });
        var twice = await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants", new { enterpriseId = second, enteredOn = $"{Year}-07-01" });
        var otherCounty = await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants", new { enterpriseId = foreign, enteredOn = $"{Year}-07-01" });
        var leftBeforeEntering = await staff.PostAsJsonAsync($"/api/incubators/{id}/tenants/{Tenant(second)}/exit", new { leftOn = $"{Year}-01-01", graduated = true });

        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        Assert.Single(tenants);
        Assert.Equal(HttpStatusCode.OK, graduated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, movedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("退出", (await Json(again)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, figures.GetProperty("inResidence").GetInt32());
        Assert.Equal(3, figures.GetProperty("entered").GetInt32());
        Assert.Equal(1, figures.GetProperty("graduated").GetInt32());
        Assert.Equal(1, figures.GetProperty("movedOut").GetInt32());
        Assert.Equal(1, figures.GetProperty("becameHighTech").GetInt32());
        Assert.Equal(25m, figures.GetProperty("occupancyPercent").GetDecimal());   // 500 of 2,000 m²
        Assert.Equal(0, before.GetProperty("entered").GetInt32());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("occupancyPercent").ValueKind);
        Assert.EndsWith("；在孵企业1家，全年毕业企业1家，在孵企业中新认定高新技术企业1家。", sentence);
        await AssertField(early, "enteredOn", "早于");
        await AssertField(tooBig, "areaSqm", "超过载体当时的在用面积");
        await AssertField(nobody, "enterpriseId", "创业团队");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("尚未离开", (await Json(twice)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertField(otherCounty, "enterpriseId", "不在当前账号的辖区内");
        await AssertField(leftBeforeEntering, "leftOn", "早于入驻日期");
    }

    [Fact]
    public async Task Tenants_OnlyTheCarriersBureauWritesThem()
    {
        const string Region = "330382";   // 乐清市
        var staff = await UserAsync("staff", Region);
        var leader = await UserAsync("leader", Region);
        var other = await UserAsync("staff", "330381");
        var id = await CreateAsync(staff, Carrier(Region));
        var body = new { name = "创客团队", enteredOn = $"{Year}-04-01" };

        var byLeader = await leader.PostAsJsonAsync($"/api/incubators/{id}/tenants", body);
        var byOther = await other.PostAsJsonAsync($"/api/incubators/{id}/tenants", body);
        var figuresByOther = await other.GetAsync($"/api/incubators/{id}/figures");
        var leaderReads = await leader.GetAsync($"/api/incubators/{id}/figures?year={Year}");

        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, figuresByOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderReads.StatusCode);
    }

    [Fact]
    public async Task ServicesAndTheAnnualEvaluation_CountInTheYearsFigures()
    {
        const string Region = "330328";   // 文成县
        var staff = await UserAsync("staff", Region);
        var leader = await UserAsync("leader", Region);
        var id = await CreateAsync(staff, Carrier(Region, on: $"{Year}-03-01"));

        await staff.PostAsJsonAsync($"/api/incubators/{id}/activities", new { heldOn = $"{Year}-05-20", kind = "路演活动", title = "春季项目路演", participants = 60 });
        var second = await staff.PostAsJsonAsync($"/api/incubators/{id}/activities", new { heldOn = $"{Year}-09-10", kind = "创业培训", title = "创业导师训练营" });
        var graded = await staff.PostAsJsonAsync($"/api/incubators/{id}/evaluations", new { year = Year, grade = "良好", remark = "孵化服务到位" });
        var again = await staff.PostAsJsonAsync($"/api/incubators/{id}/evaluations", new { year = Year, grade = "优秀" });
        var badKind = await staff.PostAsJsonAsync($"/api/incubators/{id}/activities", new { heldOn = $"{Year}-02-01", kind = "聚餐", title = "" });
        var badGrade = await staff.PostAsJsonAsync($"/api/incubators/{id}/evaluations", new { year = Year - 3, grade = "很好" });
        var byLeader = await leader.PostAsJsonAsync($"/api/incubators/{id}/evaluations", new { year = Year, grade = "合格" });
        var figures = await Json(await leader.GetAsync($"/api/incubators/{id}/figures?year={Year}"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(["创业导师训练营", "春季项目路演"], (await Json(second)).GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("良好", (await Json(graded)).GetProperty("evaluations")[0].GetProperty("grade").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已评价为“良好”", (await Json(again)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertField(badKind, "heldOn", "早于");
        await AssertField(badKind, "kind", "路演活动");
        await AssertField(badKind, "title", "活动名称");
        await AssertField(badGrade, "year", "评价年度");
        await AssertField(badGrade, "grade", "优秀、良好、合格、不合格");
        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
        Assert.Equal(2, figures.GetProperty("activities").GetInt32());
        Assert.Equal(60, figures.GetProperty("participants").GetInt32());
        Assert.Equal("良好", figures.GetProperty("grade").GetString());
    }

    private async Task<string> EnterpriseAsync(string region)
    {
        var response = await (await app.AsAdmin()).PostAsJsonAsync("/api/enterprises", new
        {
            name = "平台测试孵化企业有限公司" + Guid.NewGuid().ToString("N")[..6], uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2018-04-01",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    private static async Task AssertField(HttpResponseMessage response, string field, string words)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Contains(words, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Sheet(params Dictionary<string, object?>[] rows) => TestSheets.Upload("孵化载体.xlsx", rows);

    private Dictionary<string, object?> Row(string name, string region, object area, string on, string kind = "众创空间") => new()
    {
        ["载体名称"] = name, ["类型"] = kind, ["级别"] = "市级", ["所在县区代码"] = region, ["面积（平方米）"] = area, ["投入使用日期"] = on,
    };

    [Fact]
    public async Task Import_CreatesCarriersWithTheirBatches_AllOrNothing()
    {
        const string Region = "330305";   // 洞头区
        var staff = await UserAsync("staff", Region);
        var name = "洞头海洋众创空间" + Guid.NewGuid().ToString("N")[..4];

        var bad = await staff.PostAsync("/api/incubators/import", Sheet(
            Row(name, Region, 3000, $"{Year}-02-01"),
            Row(name + "乙", Region, "三千", $"{Year}-02-01"),
            Row(name + "丙", "330302", 1000, $"{Year}-02-01")));
        var nothing = await Json(await staff.GetAsync($"/api/incubators?q={name}"));
        var good = await staff.PostAsync("/api/incubators/import", Sheet(
            Row(name, Region, 2000, $"{Year}-09-01"),
            Row(name, Region, 3000, $"{Year}-02-01")));
        var again = await Json(await staff.PostAsync("/api/incubators/import", Sheet(Row(name, Region, 2000, $"{Year}-09-01"))));
        var list = await Json(await staff.GetAsync($"/api/incubators?q={name}"));

        var report = await Json(bad);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.False(report.GetProperty("written").GetBoolean());
        var reasons = report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32() + "：" + e.GetProperty("reason").GetString()).ToList();
        Assert.Contains(reasons, r => r.StartsWith("3：", StringComparison.Ordinal) && r.Contains("平方米", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("4：", StringComparison.Ordinal) && r.Contains("不在本辖区", StringComparison.Ordinal));
        Assert.Equal(0, nothing.GetProperty("total").GetInt32());
        Assert.Equal(2, (await Json(good)).GetProperty("created").GetInt32());
        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        var carrier = list.GetProperty("items")[0];
        Assert.Equal($"{Year}-02-01", carrier.GetProperty("openedOn").GetString());
        Assert.Equal(5000m, carrier.GetProperty("areaSqm").GetDecimal());
    }
}
