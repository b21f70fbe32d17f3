using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;
using MiniExcelLibs;

namespace Kechuang.Web.Tests;

public sealed class SqlitePlatformCandidateApiTests(SqliteApiFixture fixture) : PlatformCandidateApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresPlatformCandidateApiTests(PostgresApiFixture fixture) : PlatformCandidateApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// The platform candidate list (docs/domain.md §7.2): enterprises checked against a kind's entry conditions with the
/// gap, holders left out, thresholds edited by an administrator, and the scope. Each test uses its own county;
/// facts are for last year.
/// </summary>
public abstract class PlatformCandidateApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
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

    /// <summary>An enterprise with last year's facts (money in yuan) and, when asked, a valid 高新技术企业 title.</summary>
    private async Task<string> EnterpriseAsync(string region, string name, decimal sales, decimal rd, int techStaff, bool hte)
    {
        var admin = await app.AsAdmin();
        var created = await admin.PostAsJsonAsync("/api/enterprises", new
        {
            name = name + Guid.NewGuid().ToString("N")[..6], uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2012-04-01",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetString()!;
        var facts = await admin.PutAsJsonAsync($"/api/enterprises/{id}/facts/{Year}", new
        {
            staff = techStaff * 3, techStaff, salesRevenue = sales, totalIncome = sales, highTechIncome = sales * 0.7m, rdExpense = rd,
            rdExpenseDomestic = rd, totalCostsAndExpenses = sales * 0.8m, totalAssets = sales, netAssets = sales / 2,
            classOneIp = 1, classTwoIp = 3, conversions = 2, majorViolation = false,
        });
        Assert.Equal(HttpStatusCode.OK, facts.StatusCode);
        if (hte)
        {
            var title = await admin.PostAsJsonAsync($"/api/enterprises/{id}/qualifications",
                new { type = "高新技术企业", number = "GR" + Guid.NewGuid().ToString("N")[..10], issuedOn = $"{Year}-01-10" });
            Assert.Equal(HttpStatusCode.Created, title.StatusCode);
        }
        return id;
    }

    private static JsonElement Row(JsonElement list, string id) =>
        list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("enterpriseId").GetString() == id);

    private static JsonElement Check(JsonElement row, string code) =>
        row.GetProperty("conditions").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);

    private static List<string?> Ids(JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("enterpriseId").GetString())];

    [Fact]
    public async Task ProvincialInstitute_MetFirst_GapInTheUnit_HolderLeftOut()
    {
        const string Region = "330303";   // 龙湾区
        var staff = await UserAsync("staff", Region);
        var met = await EnterpriseAsync(Region, "达标科技", 400_000_000m, 20_000_000m, 80, hte: true);
        var shortOfRd = await EnterpriseAsync(Region, "差距科技", 200_000_000m, 8_000_000m, 60, hte: true);
        var far = await EnterpriseAsync(Region, "较远科技", 100_000_000m, 2_000_000m, 20, hte: false);
        var holder = await EnterpriseAsync(Region, "已认定科技", 400_000_000m, 20_000_000m, 80, hte: true);
        var platform = await staff.PostAsJsonAsync("/api/platforms", new
        {
            name = "已认定企业研究院", kind = "企业研究院", level = "省级", regionCode = Region, enterpriseId = holder, recognisedOn = $"{Year}-05-01",
        });
        Assert.Equal(HttpStatusCode.Created, platform.StatusCode);

        var response = await staff.GetAsync($"/api/platforms/candidates?kind=企业研究院&level=省级&year={Year}");
        var list = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([met, shortOfRd, far], Ids(list));
        Assert.Equal(1, list.GetProperty("metCount").GetInt32());
        Assert.True(Row(list, met).GetProperty("met").GetBoolean());
        var gap = Row(list, shortOfRd);
        Assert.False(gap.GetProperty("met").GetBoolean());
        Assert.Equal(1, gap.GetProperty("failed").GetInt32());
        var rd = Check(gap, "RdExpense");
        Assert.False(rd.GetProperty("passed").GetBoolean());
        Assert.Equal(800m, rd.GetProperty("actual").GetDecimal());
        Assert.Equal(1000m, rd.GetProperty("required").GetDecimal());
        Assert.Equal(200m, rd.GetProperty("gap").GetDecimal());
        Assert.Equal("万元", rd.GetProperty("unit").GetString());
        Assert.Equal("研发费用 800.00万元，低于 1,000.00万元：还差 200.00万元", rd.GetProperty("message").GetString());
        Assert.True(Check(gap, "RdRatio").GetProperty("passed").GetBoolean());
        Assert.Equal(4, Row(list, far).GetProperty("failed").GetInt32());
        var title = Check(Row(list, far), "HighTech");
        Assert.Equal(0m, title.GetProperty("actual").GetDecimal());
        Assert.Equal(1m, title.GetProperty("gap").GetDecimal());
        Assert.Equal("不是有效高新技术企业", title.GetProperty("message").GetString());
    }

    [Fact]
    public async Task CountyCentre_BelowMeansUpgrade_AndTheExportListsTheGap()
    {
        const string Region = "330304";   // 瓯海区
        var staff = await UserAsync("staff", Region);
        var county = await EnterpriseAsync(Region, "县级中心科技", 50_000_000m, 1_500_000m, 8, hte: false);
        var small = await EnterpriseAsync(Region, "小微科技", 5_000_000m, 300_000m, 2, hte: false);
        var created = await staff.PostAsJsonAsync("/api/platforms", new
        {
            name = "县级研发中心", kind = "企业研发中心", level = "县级", regionCode = Region, enterpriseId = county, recognisedOn = $"{Year}-03-01",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var city = await Json(await staff.GetAsync($"/api/platforms/candidates?kind=企业研发中心&level=市级&year={Year}"));
        var countyList = await Json(await staff.GetAsync($"/api/platforms/candidates?kind=企业研发中心&level=县级&year={Year}"));
        var excel = await staff.GetAsync($"/api/platforms/candidates.xlsx?kind=企业研发中心&level=市级&year={Year}");
        var rows = MiniExcel.Query(await excel.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal([county, small], Ids(city));
        Assert.Equal([small], Ids(countyList));
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal(2, rows.Count);
        Assert.Equal("达标", rows[0]["是否达标"]);
        Assert.Equal("未达标", rows[1]["是否达标"]);
        Assert.Equal(70m, Convert.ToDecimal(rows[1]["研发费用（万元）差距"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3m, Convert.ToDecimal(rows[1]["研发人员（人）差距"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AdminRaisesAMinimum_TheVerdictChanges_OthersMayNot()
    {
        const string Region = "330305";   // 洞头区
        var admin = await app.AsAdmin();
        var staff = await UserAsync("staff", Region);
        var leader = await UserAsync("leader", Region);
        var id = await EnterpriseAsync(Region, "门槛科技", 120_000_000m, 6_000_000m, 12, hte: true);
        var conditions = await Json(await leader.GetAsync("/api/platforms/conditions"));
        var condition = conditions.EnumerateArray().Single(c =>
            c.GetProperty("kind").GetString() == "高新技术企业研发中心" && c.GetProperty("measure").GetString() == "RdStaff");
        var url = $"/api/platforms/conditions/{condition.GetProperty("id").GetString()}";
        var candidates = $"/api/platforms/candidates?kind=高新技术企业研发中心&level=省级&year={Year}";

        var before = Row(await Json(await staff.GetAsync(candidates)), id);
        var byStaff = await staff.PutAsJsonAsync(url, new { minimum = 15m });
        var byCountyAdmin = await (await UserAsync("admin", Region)).PutAsJsonAsync(url, new { minimum = 15m });
        var negative = await admin.PutAsJsonAsync(url, new { minimum = -1m });
        var raised = await admin.PutAsJsonAsync(url, new { minimum = 15m });
        var after = Row(await Json(await staff.GetAsync(candidates)), id);
        var restored = await admin.PutAsJsonAsync(url, new { minimum = condition.GetProperty("minimum").GetDecimal() });

        Assert.Equal(10m, condition.GetProperty("minimum").GetDecimal());
        Assert.Equal("人", condition.GetProperty("unit").GetString());
        Assert.True(before.GetProperty("met").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCountyAdmin.StatusCode);   // the province's conditions serve every county
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal("研发人员的最低要求不能为负数", (await Json(negative)).GetProperty("errors").GetProperty("minimum")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        Assert.Equal(15m, (await Json(raised)).GetProperty("minimum").GetDecimal());
        Assert.False(after.GetProperty("met").GetBoolean());
        Assert.Equal(3m, Check(after, "RdStaff").GetProperty("gap").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
    }

    [Fact]
    public async Task EnterpriseUsersAreRefused_AndAnotherCountysEnterprisesAreNotListed()
    {
        const string Home = "330302";      // 鹿城区
        const string Other = "330326";     // 平阳县
        var staff = await UserAsync("staff", Home);
        var leader = await UserAsync("leader", "330300");
        var ours = await EnterpriseAsync(Home, "本县科技", 60_000_000m, 1_000_000m, 6, hte: false);
        var theirs = await EnterpriseAsync(Other, "外县科技", 60_000_000m, 1_000_000m, 6, hte: false);
        var enterpriseUser = ApiFixture.Unique("ent");
        var admin = await app.AsAdmin();
        var user = await admin.PostAsJsonAsync("/api/users", new
        {
            userName = enterpriseUser, displayName = "企业用户", password = "Passw0rd-1", regionCode = Home, roles = new[] { "enterprise" }, enterpriseId = ours,
        });
        Assert.True(user.IsSuccessStatusCode);
        var query = $"/api/platforms/candidates?kind=企业研发中心&level=县级&year={Year}";

        var own = await Json(await staff.GetAsync(query));
        var foreign = await staff.GetAsync(query + "&region=" + Other);
        var cityWide = Ids(await Json(await leader.GetAsync(query + "&pageSize=200")));
        var asEnterprise = await (await app.As(enterpriseUser)).GetAsync(query);
        var asExpert = await (await UserAsync("expert", Home)).GetAsync(query);
        var conditionsAsEnterprise = await (await app.As(enterpriseUser)).GetAsync("/api/platforms/conditions");

        Assert.Equal([ours], Ids(own));
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains(ours, cityWide);
        Assert.Contains(theirs, cityWide);
        Assert.Equal(HttpStatusCode.Forbidden, asEnterprise.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asExpert.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, conditionsAsEnterprise.StatusCode);
    }

    [Fact]
    public async Task AKindWithoutConditions_IsRefusedInChinese()
    {
        var staff = await UserAsync("staff", "330327");

        var lab = await staff.GetAsync($"/api/platforms/candidates?kind=重点实验室&level=省级&year={Year}");
        var wrongLevel = await staff.GetAsync($"/api/platforms/candidates?kind=企业研究院&level=县级&year={Year}");

        Assert.Equal(HttpStatusCode.BadRequest, lab.StatusCode);
        Assert.StartsWith("省级重点实验室还没有设置认定条件；已设置的有：", (await Json(lab)).GetProperty("errors").GetProperty("level")[0].GetString());
        Assert.Equal("企业研究院没有县级：只认定省级", (await Json(wrongLevel)).GetProperty("errors").GetProperty("level")[0].GetString());
    }
}
