using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;
using MiniExcelLibs;

namespace Kechuang.Web.Tests;

public sealed class SqliteEnterpriseReferenceApiTests(SqliteApiFixture fixture) : EnterpriseReferenceApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresEnterpriseReferenceApiTests(PostgresApiFixture fixture) : EnterpriseReferenceApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// The one rule for writes that name an enterprise (docs/domain.md §1, References to an enterprise): a register
/// enterprise is booked in its own county and inside the caller's region, on the form, the import and a user's link;
/// and an enterprise's name changes through the bureau only.
/// </summary>
public abstract class EnterpriseReferenceApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string Pingyang = "330326";
    private const string Lucheng = "330302";

    private string Day(int daysAgo) => app.Clock.TodayInChina().AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<(string Id, string Uscc, string Name)> EnterpriseAsync(string region, string? name = null)
    {
        var uscc = TestCodes.NewUscc(region);
        name ??= "测试企业" + uscc[^6..];
        var response = await (await app.AsAdmin()).PostAsJsonAsync("/api/enterprises", new { name, uscc, regionCode = region, foundedOn = "2018-05-20" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await Json(response)).GetProperty("id").GetString()!, uscc, name);
    }

    private async Task<HttpClient> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role[..2]);
        await app.CreateUserAsync(name, region, role);
        return await app.As(name);
    }

    private object Contract(string sellerUscc, string sellerRegion, string? buyerUscc = null, string? buyerRegion = null) => new
    {
        name = "智能灌溉控制系统技术开发合同",
        type = "development_commissioned",
        sellerName = "卖方测试科技有限公司",
        sellerUscc,
        sellerRegionCode = sellerRegion,
        buyerName = "买方测试农业有限公司",
        buyerUscc = buyerUscc ?? TestCodes.NewUscc("330106"),
        buyerRegionCode = buyerRegion ?? "330106",
        signedOn = Day(5),
        receivedOn = Day(3),
        turnover = 1_000_000m,
        techTransaction = 800_000m,
    };

    [Fact]
    public async Task Contract_SellerOfAnotherCounty_BookedAsOurs_Is400AndNotWritten()
    {
        var (_, lucheng, _) = await EnterpriseAsync(Lucheng);
        var staff = await UserAsync("staff", Pingyang);

        var asOurs = await staff.PostAsJsonAsync("/api/contracts", Contract(lucheng, Pingyang));
        var asTheirs = await staff.PostAsJsonAsync("/api/contracts", Contract(lucheng, Lucheng));
        var list = await Json(await (await app.AsAdmin()).GetAsync($"/api/contracts?q={lucheng}"));

        Assert.Equal(HttpStatusCode.BadRequest, asOurs.StatusCode);
        var message = (await Json(asOurs)).GetProperty("errors").GetProperty("sellerRegionCode")[0].GetString()!;
        Assert.Contains(Lucheng, message, StringComparison.Ordinal);
        Assert.Contains("不符", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, asTheirs.StatusCode);     // stated truly, it is outside the caller's region
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Contract_SellerOfOwnCounty_OrNotInRegister_IsCreated()
    {
        var (_, own, _) = await EnterpriseAsync(Pingyang);
        var staff = await UserAsync("staff", Pingyang);

        var registered = await staff.PostAsJsonAsync("/api/contracts", Contract(own, Pingyang));
        var university = await staff.PostAsJsonAsync("/api/contracts", Contract(TestCodes.NewUscc(Pingyang), Pingyang));

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Created, university.StatusCode);
    }

    [Fact]
    public async Task Contract_BuyerInRegister_MustBeStatedInItsRegion()
    {
        var (_, buyer, _) = await EnterpriseAsync(Lucheng);
        var staff = await UserAsync("staff", Pingyang);

        var wrong = await staff.PostAsJsonAsync("/api/contracts", Contract(TestCodes.NewUscc(Pingyang), Pingyang, buyer, "330106"));
        var prefecture = await staff.PostAsJsonAsync("/api/contracts", Contract(TestCodes.NewUscc(Pingyang), Pingyang, buyer, "330300"));
        var county = await staff.PostAsJsonAsync("/api/contracts", Contract(TestCodes.NewUscc(Pingyang), Pingyang, buyer, Lucheng));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await Json(wrong)).GetProperty("errors").TryGetProperty("buyerRegionCode", out _));
        Assert.Equal(HttpStatusCode.Created, prefecture.StatusCode);      // a region above the buyer's county agrees
        Assert.Equal(HttpStatusCode.Created, county.StatusCode);          // a buyer may be in any county
    }

    [Fact]
    public async Task ContractImport_SellerOfAnotherCounty_RowRefusedNothingWritten()
    {
        var (_, lucheng, _) = await EnterpriseAsync(Lucheng);
        var staff = await UserAsync("staff", Pingyang);
        var good = "API" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var bad = "API" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var csv = "登记编号,合同名称,合同类别,卖方名称,卖方统一社会信用代码,卖方地区代码,买方名称,买方统一社会信用代码,买方地区代码,签订日期,受理日期,登记日期,合同成交额,技术交易额\n"
            + $"{good},导入的技术服务合同,技术服务,平阳测试电气有限公司,{TestCodes.NewUscc(Pingyang)},{Pingyang},外方公司,,,{Day(30)},{Day(20)},{Day(10)},50000,45000\n"
            + $"{bad},导入的技术服务合同,技术服务,鹿城测试电气有限公司,{lucheng},{Pingyang},外方公司,,,{Day(30)},{Day(20)},{Day(10)},50000,45000\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "contracts.csv");

        var report = await Json(await staff.PostAsync("/api/contracts/import", form));
        var list = await Json(await (await app.AsAdmin()).GetAsync($"/api/contracts?q={good}"));

        Assert.False(report.GetProperty("written").GetBoolean(), report.ToString());
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Contains(Lucheng, error.GetProperty("reason").GetString()!, StringComparison.Ordinal);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UserLink_ToEnterpriseOutsideScopeOrUserRegion_Is400()
    {
        var (lucheng, _, _) = await EnterpriseAsync(Lucheng);
        var (pingyang, _, _) = await EnterpriseAsync(Pingyang);
        var countyAdminName = ApiFixture.Unique("ad");
        await app.CreateUserAsync(countyAdminName, Pingyang, "admin");
        var countyAdmin = await app.As(countyAdminName);
        object User(string region, string enterpriseId) => new
        {
            userName = ApiFixture.Unique("en"), displayName = "企业填报员", password = "Passw0rd-1", regionCode = region,
            roles = new[] { "enterprise" }, enterpriseId,
        };

        var foreign = await countyAdmin.PostAsJsonAsync("/api/users", User(Pingyang, lucheng));
        var elsewhere = await (await app.AsAdmin()).PostAsJsonAsync("/api/users", User(Pingyang, lucheng));
        var own = await countyAdmin.PostAsJsonAsync("/api/users", User(Pingyang, pingyang));

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.True((await Json(foreign)).GetProperty("errors").TryGetProperty("enterpriseId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);     // the user's region must hold its enterprise
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task Rename_EnterpriseUserIsRefused_BureauMayButNotToAnotherCompanysName()
    {
        var (own, ownUscc, ownName) = await EnterpriseAsync(Pingyang);
        var (_, _, otherName) = await EnterpriseAsync(Lucheng);
        var userName = ApiFixture.Unique("en");
        var created = await (await app.AsAdmin()).PostAsJsonAsync("/api/users", new { userName, displayName = "企业填报员", password = "Passw0rd-1", regionCode = Pingyang, roles = new[] { "enterprise" }, enterpriseId = own });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await app.As(userName);
        var staff = await UserAsync("staff", Pingyang);
        async Task<int> VersionAsync() => (await Json(await staff.GetAsync($"/api/enterprises/{own}"))).GetProperty("version").GetInt32();
        object Edit(string name, int version) => new { name, uscc = ownUscc, regionCode = Pingyang, foundedOn = "2018-05-20", version };

        var byUser = await user.PutAsJsonAsync($"/api/enterprises/{own}", Edit(otherName, await VersionAsync()));
        var sameName = await user.PutAsJsonAsync($"/api/enterprises/{own}", Edit(ownName, await VersionAsync()));
        var toTaken = await staff.PutAsJsonAsync($"/api/enterprises/{own}", Edit(otherName, await VersionAsync()));
        var byBureau = await staff.PutAsJsonAsync($"/api/enterprises/{own}", Edit(ownName + "（更名）", await VersionAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, byUser.StatusCode);
        Assert.Contains("营业执照", (await Json(byUser)).GetProperty("detail").GetString()!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sameName.StatusCode);              // the rest of its record it still keeps
        Assert.Equal(HttpStatusCode.Conflict, toTaken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byBureau.StatusCode);
        Assert.Equal(ownName + "（更名）", (await Json(byBureau)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task ById_AndFactsImport_AnotherCountysEnterprise_IsRefusedAndNothingWritten()
    {
        var (lucheng, luchengUscc, _) = await EnterpriseAsync(Lucheng);
        var staff = await UserAsync("staff", Pingyang);
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new List<Dictionary<string, object?>>
        {
            new()
            {
                ["统一社会信用代码"] = luchengUscc, ["年度"] = 2024, ["从业人员数"] = 100, ["科技人员数"] = 20,
                ["销售收入（元）"] = 30_000_000, ["总收入（元）"] = 31_000_000, ["高新技术产品（服务）收入（元）"] = 21_000_000,
                ["研发费用（元）"] = 1_800_000, ["境内研发费用（元）"] = 1_800_000, ["成本费用总额（元）"] = 24_000_000,
                ["资产总额（元）"] = 50_000_000,
            },
        });
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var form = new MultipartFormDataContent { { file, "file", "年度数据.xlsx" } };

        var facts = await Json(await staff.PostAsync("/api/enterprises/import/facts", form));
        var pool = await staff.PostAsJsonAsync("/api/cultivation/pool", new { enterpriseId = lucheng, year = 2026, target = "高新技术企业", stage = "候选" });
        var title = await staff.PostAsJsonAsync($"/api/enterprises/{lucheng}/qualifications", new { type = "高新技术企业", number = "GR" + luchengUscc[^8..], issuedOn = "2024-01-01" });
        var stored = await Json(await (await app.AsAdmin()).GetAsync($"/api/enterprises/{lucheng}/facts"));

        Assert.True(facts.TryGetProperty("written", out var written) && !written.GetBoolean(), facts.ToString());
        Assert.Contains("本辖区企业库中没有", Assert.Single(facts.GetProperty("errors").EnumerateArray()).GetProperty("reason").GetString()!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, pool.StatusCode);           // another region's record is hidden, not named
        Assert.Equal(HttpStatusCode.NotFound, title.StatusCode);
        Assert.Equal(0, stored.GetArrayLength());
    }
}
