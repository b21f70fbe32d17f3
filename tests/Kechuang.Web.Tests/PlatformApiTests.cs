using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqlitePlatformApiTests(SqliteApiFixture fixture) : PlatformApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresPlatformApiTests(PostgresApiFixture fixture) : PlatformApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// The R&amp;D platform register (docs/domain.md §7.2): recognition, upgrade with history, evaluation and withdrawal, the
/// checks and the scope, and what it feeds. Each test uses its own county; figures are for last year.
/// </summary>
public abstract class PlatformApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
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

    private async Task<string> EnterpriseAsync(string region)
    {
        var response = await (await app.AsAdmin()).PostAsJsonAsync("/api/enterprises", new
        {
            name = "平台测试科技有限公司" + Guid.NewGuid().ToString("N")[..6], uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2015-04-01",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    private object Platform(string region, string enterpriseId, string kind = "企业研究院", string level = "省级", string? on = null) => new
    {
        name = "测试" + kind + Guid.NewGuid().ToString("N")[..4], kind, level, regionCode = region, enterpriseId, recognisedOn = on ?? $"{Year}-04-15",
    };

    private static async Task<string> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/platforms", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Register_Upgrade_KeepsTheHistory()
    {
        var staff = await UserAsync("staff", "330327");
        var enterprise = await EnterpriseAsync("330327");
        var created = await staff.PostAsJsonAsync("/api/platforms", Platform("330327", enterprise, "企业研发中心", "县级", $"{Year - 2}-06-01"));
        var id = (await Json(created)).GetProperty("id").GetString();

        var upgraded = await staff.PostAsJsonAsync($"/api/platforms/{id}/upgrade", new { level = "市级", recognisedOn = $"{Year}-03-01", documentNumber = "温科发〔2025〕8号" });
        var detail = await Json(await staff.GetAsync($"/api/platforms/{id}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/platforms/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, upgraded.StatusCode);
        Assert.Equal("市级", detail.GetProperty("level").GetString());
        Assert.Equal(["县级", "市级"], detail.GetProperty("recognitions").EnumerateArray().Select(r => r.GetProperty("level").GetString()));
        Assert.Equal($"{Year - 2}-06-01", detail.GetProperty("recognisedOn").GetString());
        Assert.StartsWith("平台测试科技有限公司", detail.GetProperty("hostName").GetString());
    }

    [Fact]
    public async Task FailingTwice_WithdrawsThePlatform()
    {
        var staff = await UserAsync("staff", "330328");
        var id = await CreateAsync(staff, Platform("330328", await EnterpriseAsync("330328"), "高新技术企业研发中心", "省级", $"{Year - 3}-05-01"));

        var first = await Json(await staff.PostAsJsonAsync($"/api/platforms/{id}/evaluations", new { year = Year - 1, grade = "不合格", staff = 12, rdSpending = 3_000_000m }));
        var again = await staff.PostAsJsonAsync($"/api/platforms/{id}/evaluations", new { year = Year - 1, grade = "合格" });
        var second = await Json(await staff.PostAsJsonAsync($"/api/platforms/{id}/evaluations", new { year = Year, grade = "不合格" }));
        var listed = await Json(await staff.GetAsync("/api/platforms?region=330328"));
        var withWithdrawn = await Json(await staff.GetAsync("/api/platforms?region=330328&includeWithdrawn=true"));

        Assert.Equal("有效", first.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("已撤销", second.GetProperty("status").GetString());
        Assert.Equal($"年度绩效评价两次不合格（{Year - 1}年、{Year}年）", second.GetProperty("withdrawnReason").GetString());
        Assert.Equal(0, listed.GetProperty("total").GetInt32());
        Assert.Equal(1, withWithdrawn.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task BadInput_IsRefusedInChinese_NamingTheField()
    {
        var staff = await UserAsync("staff", "330329");
        var enterprise = await EnterpriseAsync("330329");
        var id = await CreateAsync(staff, Platform("330329", enterprise, "企业研发中心", "市级"));

        var wrongLevel = await staff.PostAsJsonAsync("/api/platforms", Platform("330329", enterprise, "企业研究院", "县级"));
        var future = await staff.PostAsJsonAsync("/api/platforms", Platform("330329", enterprise, "重点实验室", "省级", app.Clock.TodayInChina().AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var noHost = await staff.PostAsJsonAsync("/api/platforms", new { name = "无依托", kind = "重点实验室", level = "市级", regionCode = "330329", recognisedOn = $"{Year}-01-05" });
        var down = await staff.PostAsJsonAsync($"/api/platforms/{id}/upgrade", new { level = "县级", recognisedOn = $"{Year}-12-01" });
        var grade = await staff.PostAsJsonAsync($"/api/platforms/{id}/evaluations", new { year = Year, grade = "很好" });

        Assert.Contains("企业研究院没有县级：只认定省级", (await Json(wrongLevel)).GetProperty("errors").GetProperty("level")[0].GetString());
        Assert.Contains("晚于今天", (await Json(future)).GetProperty("errors").GetProperty("recognisedOn")[0].GetString());
        Assert.Contains("请选择依托企业", (await Json(noHost)).GetProperty("errors").GetProperty("enterpriseId")[0].GetString());
        Assert.Contains("升级后的级别应高于现在的市级", (await Json(down)).GetProperty("errors").GetProperty("level")[0].GetString());
        Assert.Contains("评价结果应为：优秀、良好、合格、不合格", (await Json(grade)).GetProperty("errors").GetProperty("grade")[0].GetString());
    }

    [Fact]
    public async Task SameKindForTheSameEnterprise_Is409_NamingTheExistingOne()
    {
        var staff = await UserAsync("staff", "330381");
        var enterprise = await EnterpriseAsync("330381");
        await CreateAsync(staff, Platform("330381", enterprise));

        var again = await staff.PostAsJsonAsync("/api/platforms", Platform("330381", enterprise));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已有省级企业研究院“测试企业研究院", (await Json(again)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnotherCountysEnterprise_Is403_AndItsPlatformsAreHidden()
    {
        var home = await UserAsync("staff", "330382");
        var other = await UserAsync("staff", "330383");
        var leader = await UserAsync("leader", "330300");
        var theirs = await EnterpriseAsync("330383");
        var id = await CreateAsync(other, Platform("330383", theirs));

        var booked = await home.PostAsJsonAsync("/api/platforms", Platform("330382", theirs));
        var foreignRegion = await home.PostAsJsonAsync("/api/platforms", Platform("330383", theirs));
        var seen = await home.GetAsync($"/api/platforms/{id}");
        var leaderRead = await leader.GetAsync($"/api/platforms/{id}");
        var leaderWrite = await leader.PostAsJsonAsync($"/api/platforms/{id}/evaluations", new { year = Year, grade = "良好" });

        Assert.Equal(HttpStatusCode.Forbidden, booked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignRegion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderWrite.StatusCode);
    }

    [Fact]
    public async Task NewProvincialRecognitions_FeedTheIndicator_AndTheSummarySentence()
    {
        const string Region = "330324";   // 永嘉县
        var staff = await UserAsync("staff", Region);
        await CreateAsync(staff, Platform(Region, await EnterpriseAsync(Region), "企业研究院", "省级", $"{Year}-03-10"));
        await CreateAsync(staff, Platform(Region, await EnterpriseAsync(Region), "高新技术企业研发中心", "省级", $"{Year}-08-20"));
        await CreateAsync(staff, Platform(Region, await EnterpriseAsync(Region), "企业研发中心", "市级", $"{Year}-09-01"));
        var admin = await app.AsAdmin();

        async Task<decimal> NewAsync(int month)
        {
            var rows = await Json(await admin.GetAsync($"/api/indicators/report?region={Region}&year={Year}&month={month}"));
            return rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "new_rd_institutions").GetProperty("actual").GetDecimal();
        }

        var june = await NewAsync(6);
        var december = await NewAsync(12);
        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year={Year}&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "platforms");
        var sentence = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

        Assert.Equal(1m, june);
        Assert.Equal(2m, december);
        // The rank among the city's counties depends on the other tests' counties: not asserted here.
        Assert.StartsWith("一是研发平台建设方面，全年新增省级以上研发机构2家", sentence);
        Assert.EndsWith("新认定省级企业研究院1家、省级高新技术企业研发中心1家、市级企业研发中心1家；截至12月底，共有在册研发平台3家。", sentence);
    }

    [Fact]
    public async Task Import_RegistersAndUpgrades_AllOrNothing()
    {
        const string Region = "330381";   // 瑞安市
        var staff = await UserAsync("staff", Region);
        var home = await EnterpriseAsync(Region);
        var uscc = (await Json(await staff.GetAsync($"/api/enterprises/{home}"))).GetProperty("uscc").GetString()!;
        var elsewhere = await EnterpriseAsync("330382");
        var otherUscc = (await Json(await (await app.AsAdmin()).GetAsync($"/api/enterprises/{elsewhere}"))).GetProperty("uscc").GetString()!;
        var name = "瑞安导入研发中心" + Guid.NewGuid().ToString("N")[..4];

        var bad = await Json(await staff.PostAsync("/api/platforms/import", Sheet(
            Row(name, "企业研发中心", "县级", uscc, $"{Year}-02-01"),
            Row(name + "乙", "企业研发中心", "区级", uscc, $"{Year}-02-01"),
            Row(name + "丙", "企业研发中心", "县级", otherUscc, $"{Year}-02-01"))));
        var nothing = await Json(await staff.GetAsync($"/api/platforms?q={name}"));
        var good = await Json(await staff.PostAsync("/api/platforms/import", Sheet(
            Row(name, "企业研发中心", "市级", uscc, $"{Year}-09-01"),
            Row(name, "企业研发中心", "县级", uscc, $"{Year - 1}-05-01"))));
        var again = await Json(await staff.PostAsync("/api/platforms/import", Sheet(Row(name, "企业研发中心", "市级", uscc, $"{Year}-09-01"))));
        var list = await Json(await staff.GetAsync($"/api/platforms?q={name}"));

        Assert.False(bad.GetProperty("written").GetBoolean());
        var reasons = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32() + "：" + e.GetProperty("reason").GetString()).ToList();
        Assert.Contains(reasons, r => r.StartsWith("3：", StringComparison.Ordinal) && r.Contains("级别", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("4：", StringComparison.Ordinal) && r.Contains("330382", StringComparison.Ordinal));
        Assert.Equal(0, nothing.GetProperty("total").GetInt32());
        Assert.Equal(1, good.GetProperty("created").GetInt32());
        Assert.Equal(1, good.GetProperty("updated").GetInt32());
        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        var platform = list.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("市级", platform.GetProperty("level").GetString());
        var detail = await Json(await staff.GetAsync($"/api/platforms/{platform.GetProperty("id").GetString()}"));
        Assert.Equal(["县级", "市级"], detail.GetProperty("recognitions").EnumerateArray().Select(r => r.GetProperty("level").GetString()));
    }

    private static MultipartFormDataContent Sheet(params Dictionary<string, object?>[] rows) => TestSheets.Upload("研发平台.xlsx", rows);

    private static Dictionary<string, object?> Row(string name, string kind, string level, string uscc, string on) => new()
    {
        ["平台名称"] = name, ["类型"] = kind, ["级别"] = level, ["所在县区代码"] = "330381", ["依托企业统一社会信用代码"] = uscc, ["认定日期"] = on,
    };
}
