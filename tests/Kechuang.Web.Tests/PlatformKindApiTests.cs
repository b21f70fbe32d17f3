using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqlitePlatformKindApiTests(SqliteApiFixture fixture) : PlatformKindApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresPlatformKindApiTests(PostgresApiFixture fixture) : PlatformKindApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// Platform kinds and levels as data (docs/domain.md §7.2): a province or country administrator adds a kind and
/// changes its levels, the register follows, and a level or kind still in use cannot be taken away. The table is
/// shared by every test, so each test makes kinds of its own name.
/// </summary>
public abstract class PlatformKindApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<HttpClient> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role);
        await app.CreateUserAsync(name, region, role);
        return await app.As(name);
    }

    /// <summary>A Chinese name no other test uses: the digits of a new id written as 〇一二…九 and 甲乙丙丁戊己 for a–f.</summary>
    private static string UniqueKind() =>
        "试验中心" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => "〇一二三四五六七八九甲乙丙丁戊己"[Convert.ToInt32(c.ToString(), 16)]));

    private static JsonElement Kind(JsonElement list, string name) =>
        list.EnumerateArray().Single(k => k.GetProperty("name").GetString() == name);

    private static string[] Levels(JsonElement kind) => [.. kind.GetProperty("levels").EnumerateArray().Select(l => l.GetString()!)];

    [Fact]
    public async Task AdminAddsKind_StaffRegistersAtItsLevelsOnly_DuplicateIs409()
    {
        const string Region = "330381";   // 瑞安市
        var admin = await app.AsAdmin();
        var staff = await UserAsync("staff", Region);
        var name = UniqueKind();

        var created = await admin.PostAsJsonAsync("/api/platforms/kinds", new { name, levels = new[] { "市", "省级" } });
        var twice = await admin.PostAsJsonAsync("/api/platforms/kinds", new { name = " " + name + " ", levels = new[] { "县级" } });
        var listed = Kind(await Json(await staff.GetAsync("/api/platforms/kinds")), name);
        var atCity = await staff.PostAsJsonAsync("/api/platforms", new { name = name + "一号", kind = name, level = "市级", regionCode = Region, hostName = "瑞安某研究所", recognisedOn = "2024-03-01" });
        var atCounty = await staff.PostAsJsonAsync("/api/platforms", new { name = name + "二号", kind = name, level = "县级", regionCode = Region, hostName = "瑞安某研究所", recognisedOn = "2024-03-01" });
        var filtered = await Json(await staff.GetAsync($"/api/platforms?kind={Uri.EscapeDataString(name)}"));
        var afterwards = Kind(await Json(await staff.GetAsync("/api/platforms/kinds")), name);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["省级", "市级"], Levels(await Json(created)));   // "市" is 市级; highest first
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("已存在", (await Json(twice)).GetProperty("detail").GetString());
        Assert.Equal(["省级", "市级"], Levels(listed));
        Assert.Equal(0, listed.GetProperty("platforms").GetInt32());
        Assert.Equal(HttpStatusCode.Created, atCity.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, atCounty.StatusCode);
        Assert.Equal($"{name}没有县级：只认定省级、市级", (await Json(atCounty)).GetProperty("errors").GetProperty("level")[0].GetString());
        Assert.Equal(1, filtered.GetProperty("total").GetInt32());
        Assert.Equal(1, afterwards.GetProperty("platforms").GetInt32());
    }

    [Fact]
    public async Task Levels_AddedFreely_HeldLevelOrOneWithConditions_CannotBeRemoved()
    {
        const string Region = "330382";   // 乐清市
        var admin = await app.AsAdmin();
        var staff = await UserAsync("staff", Region);
        var name = UniqueKind();
        var url = $"/api/platforms/kinds/{Uri.EscapeDataString(name)}";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/platforms/kinds", new { name, levels = new[] { "市级" } })).StatusCode);

        var widened = await admin.PutAsJsonAsync(url, new { levels = new[] { "省级", "市级", "县级" } });
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/platforms", new
        {
            name = name + "甲", kind = name, level = "县级", regionCode = Region, hostName = "乐清某研究所", recognisedOn = "2024-03-01",
        })).StatusCode);
        var dropHeld = await admin.PutAsJsonAsync(url, new { levels = new[] { "省级", "市级" } });
        var dropFree = await admin.PutAsJsonAsync(url, new { levels = new[] { "县级", "市级" } });
        var dropWithConditions = await admin.PutAsJsonAsync($"/api/platforms/kinds/{Uri.EscapeDataString("企业研发中心")}", new { levels = new[] { "市级" } });
        var unknown = await admin.PutAsJsonAsync($"/api/platforms/kinds/{Uri.EscapeDataString(UniqueKind())}", new { levels = new[] { "市级" } });
        var stale = await admin.PutAsJsonAsync(url, new { levels = new[] { "市级", "县级" }, version = 1 });

        Assert.Equal(HttpStatusCode.OK, widened.StatusCode);
        Assert.Equal(["省级", "市级", "县级"], Levels(await Json(widened)));
        Assert.Equal(HttpStatusCode.Conflict, dropHeld.StatusCode);
        Assert.Equal($"不能取消县级：仍有1个县级{name}在册（含其他县区）；请先撤销或升级这些平台", (await Json(dropHeld)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, dropFree.StatusCode);
        Assert.Equal(["市级", "县级"], Levels(await Json(dropFree)));
        Assert.Equal(HttpStatusCode.Conflict, dropWithConditions.StatusCode);
        Assert.Equal("不能取消县级：企业研发中心在该级别设有2项认定条件", (await Json(dropWithConditions)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);   // read before the two changes above
    }

    [Fact]
    public async Task Delete_OnlyAKindNothingRefersTo()
    {
        const string Region = "330324";   // 永嘉县
        var admin = await app.AsAdmin();
        var staff = await UserAsync("staff", Region);
        var unused = UniqueKind();
        var used = UniqueKind();
        foreach (var name in new[] { unused, used })
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/platforms/kinds", new { name, levels = new[] { "县级" } })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/platforms", new
        {
            name = used + "甲", kind = used, level = "县级", regionCode = Region, hostName = "永嘉某研究所", recognisedOn = "2024-03-01",
        })).StatusCode);

        var deleted = await admin.DeleteAsync($"/api/platforms/kinds/{Uri.EscapeDataString(unused)}");
        var again = await admin.DeleteAsync($"/api/platforms/kinds/{Uri.EscapeDataString(unused)}");
        var inUse = await admin.DeleteAsync($"/api/platforms/kinds/{Uri.EscapeDataString(used)}");
        var seeded = await admin.DeleteAsync($"/api/platforms/kinds/{Uri.EscapeDataString("企业研究院")}");
        var kinds = await Json(await staff.GetAsync("/api/platforms/kinds"));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        Assert.Equal($"不能删除“{used}”：已有1个该类型的平台登记（含其他县区和已撤销的）", (await Json(inUse)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, seeded.StatusCode);   // it has entry conditions
        Assert.DoesNotContain(kinds.EnumerateArray(), k => k.GetProperty("name").GetString() == unused);
        Assert.Contains(kinds.EnumerateArray(), k => k.GetProperty("name").GetString() == used);
    }

    [Fact]
    public async Task OnlyProvinceOrCountryAdminsWrite_BadInputInChinese()
    {
        var countyAdmin = await UserAsync("admin", "330326");
        var provinceAdmin = await UserAsync("admin", "330000");
        var staff = await UserAsync("staff", "330326");
        var expert = await UserAsync("expert", "330326");
        var name = UniqueKind();

        var byCounty = await countyAdmin.PostAsJsonAsync("/api/platforms/kinds", new { name, levels = new[] { "县级" } });
        var byStaff = await staff.PostAsJsonAsync("/api/platforms/kinds", new { name, levels = new[] { "县级" } });
        var changeByCounty = await countyAdmin.PutAsJsonAsync($"/api/platforms/kinds/{Uri.EscapeDataString("企业研究院")}", new { levels = new[] { "国家级", "省级" } });
        var readByExpert = await expert.GetAsync("/api/platforms/kinds");
        var readByCounty = await countyAdmin.GetAsync("/api/platforms/kinds");
        var empty = await provinceAdmin.PostAsJsonAsync("/api/platforms/kinds", new { name = " ", levels = Array.Empty<string>() });
        var withLevel = await provinceAdmin.PostAsJsonAsync("/api/platforms/kinds", new { name = "省级" + name, levels = new[] { "省级" } });
        var badLevels = await provinceAdmin.PostAsJsonAsync("/api/platforms/kinds", new { name, levels = new[] { "乡级", "县级", "县" } });
        var byProvince = await provinceAdmin.PostAsJsonAsync("/api/platforms/kinds", new { name, levels = new[] { "县级" } });

        Assert.Equal(HttpStatusCode.Forbidden, byCounty.StatusCode);   // one table serves every county
        Assert.Contains("省级或全国的系统管理员", (await Json(byCounty)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, changeByCounty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readByExpert.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readByCounty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = (await Json(empty)).GetProperty("errors");
        Assert.Equal("请填写平台类型名称", errors.GetProperty("name")[0].GetString());
        Assert.Equal("请至少选择一个认定级别", errors.GetProperty("levels")[0].GetString());
        Assert.Equal($"类型名称不含级别：“省级{name}”请写作“{name}”，级别另选", (await Json(withLevel)).GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal(["级别“乡级”无效：应为国家级、省级、市级、县级", "级别“县级”重复"],
            (await Json(badLevels)).GetProperty("errors").GetProperty("levels").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.Created, byProvince.StatusCode);
    }
}
