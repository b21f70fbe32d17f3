using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqlitePatentApiTests(SqliteApiFixture fixture) : PatentApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresPatentApiTests(PostgresApiFixture fixture) : PatentApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 知识产权 (docs/domain.md §7.8): the patent register's contract (201 with id, 400 naming the expected check digit, 409
/// for the same number), who sees whose patents, the import, and what it feeds — the per-region figures with the
/// population table, the two indicators and the summary's sentence. Each test uses its own county.
/// </summary>
public abstract class PatentApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string FirstError(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    /// <summary>A new application number of <paramref name="year"/> and type digit <paramref name="type"/>, its check digit computed.</summary>
    private static string Number(int year, char type = '1')
    {
        var digits = year.ToString(CultureInfo.InvariantCulture) + type + Random.Shared.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        return digits + "." + PatentNumber.CheckDigit(digits);
    }

    private async Task<string> EnterpriseAsync(HttpClient admin, string region, string name = "专利测试企业")
    {
        var response = await admin.PostAsJsonAsync("/api/enterprises", new
        {
            name = name + ApiFixture.Unique("e"), uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2015-05-20",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    private async Task<HttpClient> EnterpriseUserAsync(string region, string enterpriseId)
    {
        var name = ApiFixture.Unique("ipent");
        var admin = await app.AsAdmin();
        (await admin.PostAsJsonAsync("/api/users", new
        {
            userName = name, displayName = "企业填报员", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId,
        })).EnsureSuccessStatusCode();
        return await app.As(name);
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/patents", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Json(response);
    }

    [Fact]
    public async Task Create_AnyWrittenForm_IsNormalised_AndReturnsTheRecordWithId()
    {
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, "330324");
        var number = Number(2023);
        var written = $"ZL{number[..4]} {number[4]} {number[5..]}";

        var created = await CreatedAsync(admin, new { enterpriseId = enterprise, number = written, kind = "发明", appliedOn = "2023-03-15", grantedOn = "2024-11-08" });
        var fetched = await Json(await admin.GetAsync($"/api/patents/{created.GetProperty("id").GetString()}"));
        var typeFromNumber = await CreatedAsync(admin, new { enterpriseId = enterprise, number = "CN" + Number(2024, '2').Replace(".", ""), appliedOn = "2024-01-05" });

        Assert.NotEqual(Guid.Empty, created.GetProperty("id").GetGuid());
        Assert.Equal(number, created.GetProperty("number").GetString());
        Assert.Equal("已授权", created.GetProperty("status").GetString());
        Assert.Equal("ZL" + number, fetched.GetProperty("display").GetString());
        Assert.Equal("实用新型", typeFromNumber.GetProperty("kind").GetString());
        Assert.Equal("申请中", typeFromNumber.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Create_WrongCheckDigit_Is400NamingTheNumberAndTheExpectedDigit()
    {
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, "330324");
        var good = Number(2023);
        var wrongDigit = good[^1] == '0' ? '1' : '0';
        var wrong = good[..^1] + wrongDigit;

        var response = await admin.PostAsJsonAsync("/api/patents", new { enterpriseId = enterprise, number = wrong, kind = "发明", appliedOn = "2023-03-15" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"专利号“{wrong}”校验位有误：按申请号 {good[..12]} 计算，校验位应为 {good[^1]}，而不是 {wrongDigit}", FirstError(await Json(response), "number"));
    }

    [Fact]
    public async Task Create_SamePatentAgain_Is409_InAnyWrittenForm()
    {
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, "330324");
        var number = Number(2022);
        await CreatedAsync(admin, new { enterpriseId = enterprise, number, kind = "发明", appliedOn = "2022-06-01" });

        var again = await admin.PostAsJsonAsync("/api/patents", new { enterpriseId = enterprise, number = "ZL" + number, kind = "发明", appliedOn = "2022-06-01", grantedOn = "2024-02-02" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains(number, (await Json(again)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_BadDatesKindAndEnterprise_AreRefusedWithReasons()
    {
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, "330324");

        var grantedFirst = await admin.PostAsJsonAsync("/api/patents", new { enterpriseId = enterprise, number = Number(2023), kind = "发明", appliedOn = "2023-05-10", grantedOn = "2023-05-01" });
        var kindMismatch = await admin.PostAsJsonAsync("/api/patents", new { enterpriseId = enterprise, number = Number(2023, '3'), kind = "发明", appliedOn = "2023-05-10" });
        var yearMismatch = await admin.PostAsJsonAsync("/api/patents", new { enterpriseId = enterprise, number = Number(2023), kind = "发明", appliedOn = "2021-05-10" });
        var unknown = await admin.PostAsJsonAsync("/api/patents", new { enterpriseId = Guid.NewGuid(), number = Number(2023), kind = "发明", appliedOn = "2023-05-10" });
        var none = await admin.PostAsJsonAsync("/api/patents", new { number = Number(2023), kind = "发明", appliedOn = "2023-05-10" });

        Assert.Equal(HttpStatusCode.BadRequest, grantedFirst.StatusCode);
        Assert.Equal("授权公告日（2023年5月1日）不能早于申请日（2023年5月10日）", FirstError(await Json(grantedFirst), "grantedOn"));
        Assert.Equal(HttpStatusCode.BadRequest, kindMismatch.StatusCode);
        Assert.Contains("表示外观设计", FirstError(await Json(kindMismatch), "kind"));
        Assert.Equal(HttpStatusCode.BadRequest, yearMismatch.StatusCode);
        Assert.Contains("申请年份 2023", FirstError(await Json(yearMismatch), "appliedOn"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("请选择专利所属企业", FirstError(await Json(none), "enterpriseId"));
    }

    [Fact]
    public async Task EnterpriseUser_SeesAndWritesOnlyItsOwn()
    {
        const string Region = "330327";   // 苍南县
        var admin = await app.AsAdmin();
        var own = await EnterpriseAsync(admin, Region, "本企业");
        var other = await EnterpriseAsync(admin, Region, "他企业");
        var user = await EnterpriseUserAsync(Region, own);
        var theirs = await CreatedAsync(admin, new { enterpriseId = other, number = Number(2024), kind = "发明", appliedOn = "2024-02-01" });

        var forOther = await user.PostAsJsonAsync("/api/patents", new { enterpriseId = other, number = Number(2024), kind = "发明", appliedOn = "2024-02-01" });
        var mine = await CreatedAsync(user, new { number = Number(2024, '2'), appliedOn = "2024-02-01", grantedOn = "2024-09-03" });
        var list = await Json(await user.GetAsync("/api/patents"));
        var peek = await user.GetAsync($"/api/patents/{theirs.GetProperty("id").GetString()}");
        var delete = await user.DeleteAsync($"/api/patents/{theirs.GetProperty("id").GetString()}");
        var figures = await user.GetAsync("/api/patents/figures");

        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);
        Assert.Equal(own, mine.GetProperty("enterpriseId").GetString());
        Assert.Equal([mine.GetProperty("id").GetString()], list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, figures.StatusCode);
    }

    [Fact]
    public async Task List_FiltersByKindStatusYearAndSearch_StaffSeeTheirCountyOnly()
    {
        const string Region = "330329";   // 泰顺县
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, Region);
        var invention = Number(2021);
        await CreatedAsync(admin, new { enterpriseId = enterprise, number = invention, kind = "发明", appliedOn = "2021-04-01", grantedOn = "2023-07-07", title = "一种泵阀密封结构" });
        await CreatedAsync(admin, new { enterpriseId = enterprise, number = Number(2023, '2'), kind = "实用新型", appliedOn = "2023-04-01" });
        await app.CreateUserAsync("ipstaff329", Region, "staff");
        var staff = await app.As("ipstaff329");
        await app.CreateUserAsync("ipstaff302", "330302", "staff");
        var elsewhere = await app.As("ipstaff302");

        async Task<int> Count(HttpClient c, string query) => (await Json(await c.GetAsync("/api/patents?" + query))).GetProperty("total").GetInt32();

        Assert.Equal(2, await Count(staff, ""));
        Assert.Equal(1, await Count(staff, "kind=发明"));
        Assert.Equal(1, await Count(staff, "status=申请中"));
        Assert.Equal(1, await Count(staff, "year=2021"));
        Assert.Equal(1, await Count(staff, "q=" + Uri.EscapeDataString("ZL" + invention)));
        Assert.Equal(1, await Count(staff, "q=" + Uri.EscapeDataString("密封")));
        Assert.Equal(0, await Count(elsewhere, "q=" + Uri.EscapeDataString("ZL" + invention)));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/patents?status=作废")).StatusCode);
    }

    [Fact]
    public async Task Import_AllOrNothing_NamesRowAndColumn_ThenImportsAndExports()
    {
        const string Region = "330305";   // 洞头区
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, Region, "洞头专利企业");
        var name = (await Json(await admin.GetAsync($"/api/enterprises/{enterprise}"))).GetProperty("name").GetString();
        var good = Number(2022);
        var bad = Number(2022);
        var badDigit = bad[^1] == '0' ? '1' : '0';
        Dictionary<string, object?> Row(string number, string applicant) => new()
        {
            ["申请号"] = number, ["专利名称"] = "一种海水养殖网箱", ["专利类型"] = "发明", ["申请日"] = "2022-08-01", ["授权公告日"] = "2024-03-01",
            ["法律状态"] = "已授权", ["失效日期"] = null, ["申请人（专利权人）"] = applicant, ["统一社会信用代码"] = null,
        };

        var refused = await admin.PostAsync("/api/patents/import", TestSheets.Upload("专利.xlsx", Row(good, name!), Row(bad[..^1] + badDigit, name!), Row(Number(2022), "不存在的企业")));
        var refusedReport = await Json(refused);
        var none = (await Json(await admin.GetAsync("/api/patents?region=" + Region))).GetProperty("total").GetInt32();
        var imported = await Json(await admin.PostAsync("/api/patents/import", TestSheets.Upload("专利.xlsx", Row(good, name!), Row(bad, name!))));
        var export = await admin.GetAsync("/api/patents/export?region=" + Region);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(refusedReport.GetProperty("written").GetBoolean());
        var errors = refusedReport.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "申请号"), errors);
        Assert.Contains((4, "申请人（专利权人）"), errors);
        Assert.Equal(0, none);
        Assert.Equal(2, imported.GetProperty("created").GetInt32());
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True((await export.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Fact]
    public async Task Figures_Indicators_AndSummary_CountValidInventionsPerTenThousandPeople()
    {
        const string Region = "330328";   // 文成县
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, Region);
        // 2025: three inventions granted (one lapsed in August), one utility model; 2024: one invention, still valid.
        await CreatedAsync(admin, new { enterpriseId = enterprise, number = Number(2023), kind = "发明", appliedOn = "2023-01-10", grantedOn = "2025-03-05" });
        await CreatedAsync(admin, new { enterpriseId = enterprise, number = Number(2023), kind = "发明", appliedOn = "2023-02-10", grantedOn = "2025-06-05" });
        await CreatedAsync(admin, new { enterpriseId = enterprise, number = Number(2023), kind = "发明", appliedOn = "2023-03-10", grantedOn = "2025-04-05", status = "已失效", lapsedOn = "2025-08-01" });
        await CreatedAsync(admin, new { enterpriseId = enterprise, number = Number(2025, '2'), kind = "实用新型", appliedOn = "2025-01-10", grantedOn = "2025-05-05" });
        await CreatedAsync(admin, new { enterpriseId = enterprise, number = Number(2022), kind = "发明", appliedOn = "2022-01-10", grantedOn = "2024-05-05" });
        var population = await admin.PostAsJsonAsync("/api/ip/populations", new { regionCode = Region, year = 2025, population = 28.00m, source = "测试统计公报" });
        await app.CreateUserAsync("ipcounty328", Region, "admin");
        var countyAdmin = await app.As("ipcounty328");
        var outside = await countyAdmin.PostAsJsonAsync("/api/ip/populations", new { regionCode = "330327", year = 2025, population = 80m });

        var figures = await Json(await admin.GetAsync($"/api/patents/figures?region={Region}&year=2025"));
        var row = figures.GetProperty("rows")[0];
        // Independently: valid at 2025-12-31 = 2025's two unlapsed + 2024's one = 3; 3 ÷ 28.00 万人.
        var expected = Math.Round(3m / 28.00m, 2, MidpointRounding.AwayFromZero);

        Assert.Equal(HttpStatusCode.OK, population.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal(3, row.GetProperty("inventionsGranted").GetInt32());
        Assert.Equal(4, row.GetProperty("patentsGranted").GetInt32());
        Assert.Equal(3, row.GetProperty("validInventions").GetInt32());
        Assert.Equal(expected, row.GetProperty("perTenThousand").GetDecimal());

        var rows = await Json(await admin.GetAsync($"/api/indicators/report?region={Region}&year=2025&month=12"));
        decimal Actual(string code) => rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code).GetProperty("actual").GetDecimal();
        Assert.Equal(3m, Actual("invention_patents_granted"));
        Assert.Equal(expected, Actual("patents_per_10k"));

        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year=2025&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "patents");
        var sentence = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Contains($"全县发明专利授权3件，每万人发明专利拥有量{expected.ToString("N2", CultureInfo.InvariantCulture)}件。", sentence);
    }

    [Fact]
    public async Task Summary_NoPatents_NoSection()
    {
        var admin = await app.AsAdmin();
        // A figure of its own so there is a summary; a patent applied for but not granted, none valid.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/indicators/patent_grants/values/330381/2025/12", new { value = 10m })).StatusCode);
        await CreatedAsync(admin, new { enterpriseId = await EnterpriseAsync(admin, "330381"), number = Number(2025), kind = "发明", appliedOn = "2025-02-01" });
        var summary = await Json(await admin.GetAsync("/api/reports/summary?region=330381&year=2025&period=FY"));

        Assert.DoesNotContain(summary.GetProperty("sections").EnumerateArray(), s => s.GetProperty("module").GetString() == "patents");
    }

    [Fact]
    public async Task Trademarks_AndCases_AreTheBureausRegisters_WithDatesInOrder()
    {
        const string Region = "330381";
        var admin = await app.AsAdmin();
        var number = Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var mark = await admin.PostAsJsonAsync("/api/ip/trademarks", new { name = "瑞安", registrationNumber = number, holder = "瑞安某公司", regionCode = Region, kind = "普通商标", registeredOn = "2020-01-01" });
        var twice = await admin.PostAsJsonAsync("/api/ip/trademarks", new { name = "瑞安", registrationNumber = number, holder = "瑞安某公司", regionCode = Region, kind = "普通商标", registeredOn = "2020-01-01" });
        var closedFirst = await admin.PostAsJsonAsync("/api/ip/cases", new { title = "专利侵权纠纷", kind = "专利", complainant = "甲", respondent = "乙", regionCode = Region, receivedOn = "2025-03-01", handledOn = "2025-03-10", closedOn = "2025-03-05", outcome = "调解结案" });
        var received = await admin.PostAsJsonAsync("/api/ip/cases", new { title = "商标侵权纠纷", kind = "商标", complainant = "甲", respondent = "乙", regionCode = Region, receivedOn = "2025-03-01" });
        var pending = await Json(await admin.GetAsync($"/api/ip/cases?region={Region}&status=已受理"));

        Assert.Equal(HttpStatusCode.Created, mark.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, closedFirst.StatusCode);
        Assert.Equal("结案日期（2025年3月5日）不能早于立案处理日期", FirstError(await Json(closedFirst), "closedOn"));
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        Assert.Equal("已受理", (await Json(received)).GetProperty("status").GetString());
        Assert.Equal(1, pending.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Pages_RenderForTheBureau_ThePatentListForEnterprises_AndNotForExperts()
    {
        const string Region = "330326";
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, Region);
        await CreatedAsync(admin, new { enterpriseId = enterprise, number = Number(2024), kind = "发明", appliedOn = "2024-04-01", grantedOn = "2025-05-01" });
        var staff = ApiFixture.Unique("ippage");
        await app.CreateUserAsync(staff, Region, "staff");
        var expert = ApiFixture.Unique("ipexpert");
        await app.CreateUserAsync(expert, Region, "expert");
        var bureau = await app.WithCookie(staff);
        var outsider = await app.WithCookie(expert);

        foreach (var page in new[] { "/ip/patents", "/ip/figures", "/ip/registers" })
        {
            Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync(page)).StatusCode);
            var bounced = await outsider.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, bounced.StatusCode);
        }
    }
}
