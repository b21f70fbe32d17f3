using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteEnterpriseApiTests(SqliteApiFixture fixture) : EnterpriseApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresEnterpriseApiTests(PostgresApiFixture fixture) : EnterpriseApiTests<PostgresApiFixture>(fixture);

/// <summary>The enterprise register over HTTP: validation, scoping by role and region, facts and titles.</summary>
public abstract class EnterpriseApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static readonly Random Random = new();

    private static string NewUscc(string area = "330326") =>
        TestCodes.NewUscc(area);

    private static object Enterprise(string uscc, string region = "330326", string name = "平阳测试科技有限公司") => new
    {
        name,
        uscc,
        regionCode = region,
        foundedOn = "2018-05-20",
        industryCode = "C3981",
        technologyField = "电子信息",
        aboveScale = true,
    };

    private static object Facts(int staff = 100, int techStaff = 20, decimal sales = 30_000_000m, decimal rd = 1_800_000m) => new
    {
        staff,
        techStaff,
        salesRevenue = sales,
        totalIncome = sales + 1_000_000m,
        highTechIncome = sales * 0.7m,
        rdExpense = rd,
        rdExpenseDomestic = rd,
        totalCostsAndExpenses = sales * 0.8m,
        totalAssets = 50_000_000m,
        netAssets = 20_000_000m,
        classOneIp = 1,
        classTwoIp = 5,
        conversions = 3,
        majorViolation = false,
    };

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<(string Id, string Uscc)> CreateAsync(string region = "330326", string name = "平阳测试科技有限公司")
    {
        var uscc = NewUscc(region);
        var response = await (await app.AsAdmin()).PostAsJsonAsync("/api/enterprises", Enterprise(uscc, region, name));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await Json(response)).GetProperty("id").GetString()!, uscc);
    }

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await Json(response)).GetProperty("errors");
    }

    [Fact]
    public async Task Create_ThenFindByNameAndUsccPrefix()
    {
        var name = "瑞安" + Guid.NewGuid().ToString("N")[..6] + "电子有限公司";
        var (id, uscc) = await CreateAsync("330381", name);
        var admin = await app.AsAdmin();

        var byName = await Json(await admin.GetAsync($"/api/enterprises?q={Uri.EscapeDataString(name[2..8])}"));
        var byUscc = await Json(await admin.GetAsync($"/api/enterprises?q={uscc[..14].ToLowerInvariant()}&regionCode=330381"));
        var one = await Json(await admin.GetAsync($"/api/enterprises/{id}"));

        Assert.Equal(id, byName.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Contains(byUscc.GetProperty("items").EnumerateArray(), e => e.GetProperty("uscc").GetString() == uscc);
        Assert.Equal("瑞安市", one.GetProperty("regionName").GetString());
        Assert.Equal(0, one.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Create_BadFields_Are400WithEveryField()
    {
        var admin = await app.AsAdmin();
        var good = NewUscc();
        var bad = good[..17] + (good[17] == '0' ? "1" : "0");

        var errors = await ErrorsOf(await admin.PostAsJsonAsync("/api/enterprises", new
        {
            name = "",
            uscc = bad,
            regionCode = "330300",
            townCode = "330327100",
            industryCode = "XYZ",
            foundedOn = "2999-01-01",
            technologyField = "人工智能",
        }));

        foreach (var field in new[] { "name", "uscc", "regionCode", "industryCode", "foundedOn", "technologyField" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
        Assert.Contains("校验", errors.GetProperty("uscc")[0].GetString());
    }

    [Fact]
    public async Task Create_TownOutsideCountyAndUnknownRegion_Are400()
    {
        var admin = await app.AsAdmin();

        var town = await ErrorsOf(await admin.PostAsJsonAsync("/api/enterprises", new { name = "甲", uscc = NewUscc(), regionCode = "330326", townCode = "330327100", foundedOn = "2020-01-01" }));
        var unknown = await ErrorsOf(await admin.PostAsJsonAsync("/api/enterprises", new { name = "乙", uscc = NewUscc(), regionCode = "339999", foundedOn = "2020-01-01" }));

        Assert.Contains("不属于", town.GetProperty("townCode")[0].GetString());
        Assert.Contains("不存在", unknown.GetProperty("regionCode")[0].GetString());
    }

    [Fact]
    public async Task Create_DuplicateUscc_Is409()
    {
        var (_, uscc) = await CreateAsync();

        var again = await (await app.AsAdmin()).PostAsJsonAsync("/api/enterprises", Enterprise(uscc.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task CountyStaff_SeeOnlyTheirCounty_AndCannotFileElsewhere()
    {
        var (pingyang, _) = await CreateAsync("330326");
        var (cangnan, _) = await CreateAsync("330327");
        var staffName = ApiFixture.Unique("cnstf");
        await app.CreateUserAsync(staffName, "330327", "staff");
        var staff = await app.As(staffName);

        var list = await Json(await staff.GetAsync("/api/enterprises?pageSize=200"));

        Assert.All(list.GetProperty("items").EnumerateArray(), e => Assert.Equal("330327", e.GetProperty("regionCode").GetString()));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == cangnan);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/enterprises/{pingyang}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PutAsJsonAsync($"/api/enterprises/{pingyang}/facts/2024", Facts())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/enterprises", Enterprise(NewUscc()))).StatusCode);
    }

    [Fact]
    public async Task Leader_Reads_ButCannotWrite_ExpertCannotRead()
    {
        var (id, _) = await CreateAsync();
        var leaderName = ApiFixture.Unique("lead");
        var expertName = ApiFixture.Unique("expt");
        await app.CreateUserAsync(leaderName, "330300", "leader");
        await app.CreateUserAsync(expertName, "330326", "expert");
        var leader = await app.As(leaderName);
        var expert = await app.As(expertName);

        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/enterprises/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PutAsJsonAsync($"/api/enterprises/{id}/facts/2024", Facts())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync("/api/enterprises")).StatusCode);
    }

    [Fact]
    public async Task EnterpriseUser_SeesAndReportsOnlyItsOwn()
    {
        var (own, ownUscc) = await CreateAsync();
        var (other, _) = await CreateAsync();
        var userName = ApiFixture.Unique("ent");
        var admin = await app.AsAdmin();
        var created = await admin.PostAsJsonAsync("/api/users", new { userName, displayName = "企业填报员", password = "Passw0rd-1", regionCode = "330326", roles = new[] { "enterprise" }, enterpriseId = own });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await app.As(userName);

        var list = await Json(await user.GetAsync("/api/enterprises"));
        var report = await user.PutAsJsonAsync($"/api/enterprises/{own}/facts/2024", Facts());
        var version = (await Json(await user.GetAsync($"/api/enterprises/{own}"))).GetProperty("version").GetInt32();
        var move = await user.PutAsJsonAsync($"/api/enterprises/{own}", new { name = "改名", uscc = ownUscc, regionCode = "330327", foundedOn = "2018-05-20", version });

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"/api/enterprises/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync($"/api/enterprises/{own}/qualifications", new { type = "高新技术企业", number = "X1", issuedOn = "2024-01-01" })).StatusCode);
    }

    [Fact]
    public async Task Facts_BadFigures_Are400AndNothingIsWritten()
    {
        var (id, _) = await CreateAsync();
        var admin = await app.AsAdmin();
        var future = app.Clock.TodayInChina().Year + 1;

        var errors = await ErrorsOf(await admin.PutAsJsonAsync($"/api/enterprises/{id}/facts/2024", new
        {
            staff = 10,
            techStaff = 11,
            salesRevenue = -1m,
            totalIncome = 100m,
            highTechIncome = 200m,
            rdExpense = 10m,
            rdExpenseDomestic = 20m,
            totalCostsAndExpenses = 50m,
            totalAssets = 100m,
        }));
        var futureYear = await ErrorsOf(await admin.PutAsJsonAsync($"/api/enterprises/{id}/facts/{future}", Facts()));

        foreach (var field in new[] { "techStaff", "salesRevenue", "highTechIncome", "rdExpenseDomestic" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
        Assert.True(futureYear.TryGetProperty("year", out _));
        Assert.Equal(0, (await Json(await admin.GetAsync($"/api/enterprises/{id}/facts"))).GetArrayLength());
    }

    [Fact]
    public async Task Facts_PutTwice_UpdatesTheYear_StaleVersionIs409()
    {
        var (id, _) = await CreateAsync();
        var admin = await app.AsAdmin();

        var first = await Json(await admin.PutAsJsonAsync($"/api/enterprises/{id}/facts/2024", Facts(staff: 100)));
        await admin.PutAsJsonAsync($"/api/enterprises/{id}/facts/2024", Facts(staff: 120));
        var stale = await admin.PutAsJsonAsync($"/api/enterprises/{id}/facts/2024", new Dictionary<string, object?>(
            JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(Facts(staff: 130)))!) { ["version"] = first.GetProperty("version").GetInt32() });
        var years = await Json(await admin.GetAsync($"/api/enterprises/{id}/facts"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, years.GetArrayLength());
        Assert.Equal(120, years[0].GetProperty("staff").GetInt32());
        Assert.Equal(30_000_000m, years[0].GetProperty("salesRevenue").GetDecimal());
    }

    [Fact]
    public async Task Qualification_HteExpiresAfterThreeYears_DuplicateIs409_UnknownTypeIs400()
    {
        var (id, _) = await CreateAsync();
        var admin = await app.AsAdmin();
        var number = "GR2024330" + Random.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var created = await Json(await admin.PostAsJsonAsync($"/api/enterprises/{id}/qualifications", new { type = "高新技术企业", number, issuedOn = "2024-12-06" }));
        var duplicate = await admin.PostAsJsonAsync($"/api/enterprises/{id}/qualifications", new { type = "高新技术企业", number, issuedOn = "2024-12-06" });
        var unknown = await ErrorsOf(await admin.PostAsJsonAsync($"/api/enterprises/{id}/qualifications", new { type = "火炬企业", number = "1", issuedOn = "2024-01-01" }));
        var filtered = await Json(await admin.GetAsync("/api/enterprises?qualification=高新技术企业&pageSize=200"));

        Assert.Equal("2027-12-06", created.GetProperty("expiresOn").GetString());
        Assert.Equal("有效", created.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.True(unknown.TryGetProperty("type", out _));
        Assert.Contains(filtered.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Update_WithStaleVersion_Is409()
    {
        var (id, uscc) = await CreateAsync();
        var admin = await app.AsAdmin();
        var body = new { name = "新名称一", uscc, regionCode = "330326", foundedOn = "2018-05-20", version = 0 };

        var first = await admin.PutAsJsonAsync($"/api/enterprises/{id}", body);
        var second = await admin.PutAsJsonAsync($"/api/enterprises/{id}", body with { name = "新名称二" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await Json(first)).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }
}
