using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteContractApiTests(SqliteApiFixture fixture) : ContractApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresContractApiTests(PostgresApiFixture fixture) : ContractApiTests<PostgresApiFixture>(fixture);

/// <summary>The contract registry over HTTP: the request shapes of docs/contracts.md, the workflow, denials by role and region, stats, import.</summary>
public abstract class ContractApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    // The application's "today" (China time, from the fixture's clock), so no test straddles a midnight.
    private DateOnly Today => app.Clock.TodayInChina();

    private string Day(int daysAgo) => Today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private object Contract(string region = "330326", decimal turnover = 1_000_000m, decimal techTransaction = 800_000m, int receivedDaysAgo = 3) => new
    {
        name = "智能灌溉控制系统技术开发合同",
        type = "development_commissioned",
        sellerName = "平阳测试科技有限公司",
        sellerUscc = TestCodes.NewUscc(region),
        sellerRegionCode = region,
        buyerName = "杭州测试农业有限公司",
        buyerUscc = TestCodes.NewUscc("330106"),
        buyerRegionCode = "330106",
        signedOn = Day(receivedDaysAgo + 2),
        receivedOn = Day(receivedDaysAgo),
        turnover,
        techTransaction,
    };

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<HttpClient> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role[..2]);
        await app.CreateUserAsync(name, region, role);
        return await app.As(name);
    }

    private async Task<string> CreateAsync(HttpClient client, object contract)
    {
        var response = await client.PostAsJsonAsync("/api/contracts", contract);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Workflow_ReceiveRegisterRefuse_AsTheIssueDescribes()
    {
        var staff = await UserAsync("staff", "330326");
        var id = await CreateAsync(staff, Contract());
        var other = await CreateAsync(staff, Contract());

        var registered = await staff.PostAsJsonAsync($"/api/contracts/{id}/register", new { registeredOn = Day(0) });
        var twice = await staff.PostAsJsonAsync($"/api/contracts/{id}/register", new { registeredOn = Day(0) });
        var noReason = await staff.PostAsJsonAsync($"/api/contracts/{other}/refuse", new { decidedOn = Day(0), reason = "" });
        var refused = await staff.PostAsJsonAsync($"/api/contracts/{other}/refuse", new { decidedOn = Day(0), reason = "合同未加盖公章" });
        var list = await Json(await staff.GetAsync("/api/contracts?status=refused&regionCode=330326"));

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var body = await Json(registered);
        Assert.Equal("registered", body.GetProperty("status").GetString());
        Assert.StartsWith(Today.Year.ToString(CultureInfo.InvariantCulture) + "330326", body.GetProperty("registrationNo").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("不予登记必须填写理由", (await Json(noReason)).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == other);
    }

    [Fact]
    public async Task Create_BadInput_Is400WithEveryFieldInChinese()
    {
        var staff = await UserAsync("staff", "330326");

        var response = await staff.PostAsJsonAsync("/api/contracts", new
        {
            name = "x", type = "research", sellerName = "卖方", sellerUscc = "91330326MA2H7K3L0X", sellerRegionCode = "330326",
            buyerName = "买方", signedOn = Day(1), receivedOn = Day(2), turnover = -1, techTransaction = 0,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Equal(["sellerUscc", "signedOn", "techTransaction", "turnover", "type"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Denials_ByRoleAndRegion()
    {
        var staff = await UserAsync("staff", "330326");
        var id = await CreateAsync(staff, Contract());
        var leader = await UserAsync("leader", "330326");
        var neighbour = await UserAsync("staff", "330327");
        var expert = await UserAsync("expert", "330326");
        var commissioner = await UserAsync("commissioner", "330326");

        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync("/api/contracts", Contract())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/contracts/{id}/register", new { registeredOn = Day(0) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/contracts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/api/contracts/stats")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await neighbour.PostAsJsonAsync("/api/contracts", Contract("330326"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostAsJsonAsync($"/api/contracts/{id}/register", new { registeredOn = Day(0) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await neighbour.GetAsync("/api/contracts/stats?region=330326")).StatusCode);
        foreach (var client in new[] { expert, commissioner })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/contracts")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/contracts/stats")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/contracts", Contract())).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/contracts")).StatusCode);
    }

    [Fact]
    public async Task Stats_CountRegistrationsInTheSellersRegion_WithLastYearAndYoy()
    {
        var staff = await UserAsync("staff", "330381");
        var before = await Json(await staff.GetAsync($"/api/contracts/stats?region=330381&year={Today.Year}&month={Today.Month}"));
        var id = await CreateAsync(staff, Contract("330381", 200_000m, 150_000m));
        await staff.PostAsJsonAsync($"/api/contracts/{id}/register", new { registeredOn = Day(0) });

        var after = await Json(await staff.GetAsync($"/api/contracts/stats?region=330381&year={Today.Year}&month={Today.Month}"));
        var city = await Json(await (await app.AsAdmin()).GetAsync($"/api/contracts/stats?region=330300&year={Today.Year}&month={Today.Month}"));

        decimal Value(JsonElement stats, string figure) => stats.GetProperty("total").GetProperty(figure).GetProperty("value").GetDecimal();
        Assert.Equal(Value(before, "count") + 1, Value(after, "count"));
        Assert.Equal(Value(before, "turnover") + 200_000m, Value(after, "turnover"));
        Assert.Equal(Value(before, "techTransaction") + 150_000m, Value(after, "techTransaction"));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("total").GetProperty("count").GetProperty("yoy").ValueKind);
        Assert.Equal(Today.Month, after.GetProperty("byMonth").GetArrayLength());
        Assert.Equal(8, after.GetProperty("byType").GetArrayLength());
        Assert.True(Value(city, "count") >= Value(after, "count"));
        // This month runs to today and says so (docs/contracts.md "Period"); the default is the last complete month.
        Assert.True(after.GetProperty("partial").GetBoolean());
        Assert.Equal(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), after.GetProperty("throughDate").GetString());
        Assert.Contains($"截至{Today.Day}日", after.GetProperty("label").GetString());
        Assert.True(after.GetProperty("byMonth")[Today.Month - 1].GetProperty("partial").GetBoolean());
        var byDefault = await Json(await staff.GetAsync("/api/contracts/stats?region=330381"));
        var lastMonth = new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);
        Assert.False(byDefault.GetProperty("partial").GetBoolean());
        Assert.Equal((lastMonth.Year, lastMonth.Month), (byDefault.GetProperty("year").GetInt32(), byDefault.GetProperty("month").GetInt32()));
        Assert.Equal(lastMonth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), byDefault.GetProperty("throughDate").GetString());
        var xlsx = await staff.GetAsync($"/api/contracts/stats.xlsx?region=330381&year={Today.Year}&month={Today.Month}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var sheet = MiniExcelLibs.MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), sheetName: "按月").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal($"{after.GetProperty("regionName").GetString()}技术合同登记统计 {after.GetProperty("label").GetString()}（上年同期：{after.GetProperty("lastYearLabel").GetString()}）", sheet[0]["A"]);
        Assert.Equal("项目", sheet[1]["A"]);
        Assert.Equal($"{Today.Month}月（截至{Today.Day}日）", sheet[1 + Today.Month]["A"]);
    }

    [Fact]
    public async Task Import_Csv_ThenExport_RoundTrips()
    {
        var staff = await UserAsync("staff", "330382");
        var number = "API" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var csv = "登记编号,合同名称,合同类别,卖方名称,卖方统一社会信用代码,卖方地区代码,买方名称,买方统一社会信用代码,买方地区代码,签订日期,受理日期,登记日期,合同成交额,技术交易额\n"
            + $"{number},导入的技术服务合同,技术服务,乐清测试电气有限公司,{TestCodes.NewUscc("330382")},330382,外方公司,,,{Day(30)},{Day(20)},{Day(10)},50000,45000\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "contracts.csv");

        var report = await Json(await staff.PostAsync("/api/contracts/import", form));
        var export = await staff.GetAsync($"/api/contracts/export?regionCode=330382&q={number}");

        Assert.True(report.GetProperty("written").GetBoolean(), report.ToString());
        Assert.Equal(1, report.GetProperty("created").GetInt32());
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(number, Assert.Single(rows)["登记编号"]);
        Assert.Equal("已登记", rows[0]["状态"]);
    }

    [Fact]
    public async Task Scan_PdfIsKept_OtherFilesAreRefused()
    {
        var staff = await UserAsync("staff", "330326");
        var id = await CreateAsync(staff, Contract());

        async Task<HttpResponseMessage> Upload(byte[] bytes, string name)
        {
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(bytes), "file", name);
            return await staff.PostAsync($"/api/contracts/{id}/scan", form);
        }

        var exe = await Upload([0x4D, 0x5A, 0x90, 0x00], "合同.pdf");
        var pdf = await Upload(Encoding.ASCII.GetBytes("%PDF-1.4\n%test\n"), "合同扫描件.pdf");
        var back = await staff.GetAsync($"/api/contracts/{id}/scan");

        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("合同扫描件.pdf", (await Json(pdf)).GetProperty("scanFileName").GetString());
        Assert.Equal("application/pdf", back.Content.Headers.ContentType!.MediaType);
    }
}
