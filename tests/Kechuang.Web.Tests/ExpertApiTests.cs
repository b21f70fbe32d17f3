using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Web.Tests.Support;
using MiniExcelLibs;

namespace Kechuang.Web.Tests;

public sealed class SqliteExpertApiTests(SqliteApiFixture fixture) : ExpertApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresExpertApiTests(PostgresApiFixture fixture) : ExpertApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// The expert pool (docs/domain.md §6.1): registration with fields and declared relations, the checks, changes with the
/// version, the scope (an expert never browses the pool), and the sheet in and out. Each test uses its own county.
/// </summary>
public abstract class ExpertApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string[] Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    private async Task<HttpClient> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role);
        await app.CreateUserAsync(name, region, role);
        return await app.As(name);
    }

    private static object Expert(string region, string name = "陶建华", string organisation = "温州大学", string[]? fields = null, object[]? relations = null) => new
    {
        name, organisation, regionCode = region, fields = fields ?? ["电子信息", "智能装备"], title = "教授", phone = "13905770000",
        email = "tao@example.edu.cn", relations = relations ?? [],
    };

    [Fact]
    public async Task Register_WithFieldsAndRelations_FilterBySearchAndField_ChangeWithTheVersion()
    {
        const string Region = "330329";   // 泰顺县
        var staff = await UserAsync("staff", Region);
        var created = await staff.PostAsJsonAsync("/api/experts", Expert(Region, relations:
        [
            new { kind = "organisation", name = "泰顺某某电子有限公司", reason = "兼职" },
            new { kind = "人员", name = "陶某某", reason = "亲属" },
        ]));
        await staff.PostAsJsonAsync("/api/experts", Expert(Region, "林静", "浙江农林大学", ["茶叶种植"]));
        var twice = await staff.PostAsJsonAsync("/api/experts", Expert(Region, " 陶建华 ", "温州大学"));
        var body = await Json(created);
        var id = body.GetProperty("id").GetString();
        var byField = await Json(await staff.GetAsync($"/api/experts?field={Uri.EscapeDataString("茶叶种植")}"));
        var bySearch = await Json(await staff.GetAsync($"/api/experts?q={Uri.EscapeDataString("温州")}"));

        var paused = await staff.PutAsJsonAsync($"/api/experts/{id}", new
        {
            name = "陶建华", organisation = "温州大学", regionCode = Region, fields = new[] { "电子信息" }, available = false, unavailableReason = "出国访学",
            relations = new[] { new { kind = "organisation", name = "泰顺某某电子有限公司", reason = "兼职" } }, version = body.GetProperty("version").GetInt32(),
        });
        var stale = await staff.PutAsJsonAsync($"/api/experts/{id}", new
        {
            name = "陶建华", organisation = "温州大学", regionCode = Region, fields = new[] { "电子信息" }, version = body.GetProperty("version").GetInt32(),
        });
        var available = await Json(await staff.GetAsync("/api/experts?available=true"));
        var shown = await Json(await staff.GetAsync($"/api/experts/{id}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["电子信息", "智能装备"], body.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["organisation：泰顺某某电子有限公司：兼职", "person：陶某某：亲属"], body.GetProperty("relations").EnumerateArray()
            .Select(r => $"{r.GetProperty("kind").GetString()}：{r.GetProperty("name").GetString()}：{r.GetProperty("reason").GetString()}"));
        Assert.Equal("泰顺县", body.GetProperty("regionName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("专家库已有温州大学的“陶建华”，请勿重复登记；修改请打开该专家", (await Json(twice)).GetProperty("detail").GetString());
        Assert.Equal(["林静"], byField.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(["陶建华"], bySearch.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(["林静"], available.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.False(shown.GetProperty("available").GetBoolean());
        Assert.Equal("出国访学", shown.GetProperty("unavailableReason").GetString());
        Assert.Single(shown.GetProperty("relations").EnumerateArray());
    }

    [Fact]
    public async Task BadInput_EveryProblemInChinese_NothingStored()
    {
        const string Region = "330305";   // 洞头区
        var staff = await UserAsync("staff", Region);
        var bad = await staff.PostAsJsonAsync("/api/experts", new
        {
            name = " ", organisation = "", regionCode = "330305001", fields = new[] { "电子信息", "电子信息" }, phone = "12345", email = "not-mail",
            organisationUscc = "91330000123456789X", available = false,
            relations = new object[]
            {
                new { kind = "friend", name = "某人" },
                new { kind = "person", name = "李某", uscc = "91330326MA2AAAAAAA" },
                new { kind = "organisation", name = "" },
            },
        });
        var noFields = await staff.PostAsJsonAsync("/api/experts", new { name = "周某", organisation = "温州大学", regionCode = Region, fields = Array.Empty<string>() });
        var login = await staff.PostAsJsonAsync("/api/experts", new { name = "周某", organisation = "温州大学", regionCode = Region, fields = new[] { "新材料" }, userName = "admin" });
        var list = await Json(await staff.GetAsync("/api/experts"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await Json(bad);
        Assert.Equal(["请填写专家姓名"], Errors(problem, "name"));
        Assert.Equal(["请填写工作单位"], Errors(problem, "organisation"));
        Assert.EndsWith("是乡镇：专家库由县级以上科技局管理", Errors(problem, "regionCode").Single());
        Assert.Equal(["专业领域“电子信息”重复"], Errors(problem, "fields"));
        Assert.Equal(["联系电话“12345”无效：应为11位手机号或带区号的固定电话，如 0577-63012345"], Errors(problem, "phone"));
        Assert.Equal(["电子邮箱“not-mail”无效"], Errors(problem, "email"));
        Assert.StartsWith("工作单位的统一社会信用代码", Errors(problem, "organisationUscc")[0]);
        Assert.Equal(["暂停评审请填写原因（如出国、退休、本人申请）"], Errors(problem, "unavailableReason"));
        Assert.Equal(["第1条回避关系的类型应为 organisation（单位）或 person（人员）", "第2条回避关系是人员，不填统一社会信用代码", "第3条回避关系请填写单位或人员名称"],
            Errors(problem, "relations"));
        Assert.Equal(["请填写至少一个专业领域（抽取专家按领域匹配）"], Errors(await Json(noFields), "fields"));
        Assert.Equal(["账号 admin 不是评审专家账号（角色应为评审专家）"], Errors(await Json(login), "userName"));
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Scope_TheBureauOfThePoolsRegion_NeverAnExpertOrAnEnterprise()
    {
        const string Home = "330324";   // 永嘉县
        const string Other = "330302";  // 鹿城区
        var staff = await UserAsync("staff", Home);
        var ours = (await Json(await staff.PostAsJsonAsync("/api/experts", Expert(Home)))).GetProperty("id").GetString();
        var otherStaff = await UserAsync("staff", Other);
        var theirs = (await Json(await otherStaff.PostAsJsonAsync("/api/experts", Expert(Other, "郑某", "温州医科大学")))).GetProperty("id").GetString();
        var cityLeader = await UserAsync("leader", "330300");

        var foreignRead = await staff.GetAsync($"/api/experts/{theirs}");
        var foreignWrite = await staff.PutAsJsonAsync($"/api/experts/{theirs}", Expert(Other, "郑某", "温州医科大学"));
        var intoOther = await staff.PostAsJsonAsync("/api/experts", Expert(Other, "越权专家"));
        var byLeader = await cityLeader.PostAsJsonAsync("/api/experts", Expert("330300", "市级专家"));
        var cityWide = await Json(await cityLeader.GetAsync("/api/experts?pageSize=200"));
        var asExpert = await (await UserAsync("expert", Home)).GetAsync("/api/experts");
        var asExpertOne = await (await UserAsync("expert", Home)).GetAsync($"/api/experts/{ours}");

        Assert.Equal(HttpStatusCode.NotFound, foreignRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, intoOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
        var ids = cityWide.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains(ours, ids);
        Assert.Contains(theirs, ids);
        Assert.Equal(HttpStatusCode.Forbidden, asExpert.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asExpertOne.StatusCode);
    }

    [Fact]
    public async Task Sheet_ImportsAllOrNothing_UpdatesByNameAndOrganisation_AndTheExportReadsBack()
    {
        const string Region = "330381";   // 瑞安市
        var staff = await UserAsync("staff", Region);
        Dictionary<string, object?> Row(string name, string organisation, string fields, string? phone = null, string? avoid = null) => new()
        {
            ["姓名"] = name, ["工作单位"] = organisation, ["专业领域"] = fields, ["所属专家库区划代码"] = Region, ["联系电话"] = phone,
            ["可参加评审"] = "是", ["回避单位"] = avoid,
        };

        var bad = await Json(await staff.PostAsync("/api/experts/import", TestSheets.Upload("专家库.xlsx",
            Row("潘工", "瑞安某研究院", "汽摩配件"), Row("潘工", "瑞安某研究院", "新材料"), Row("叶工", "", "汽摩配件"))));
        var nothing = await Json(await staff.GetAsync("/api/experts"));
        var good = await Json(await staff.PostAsync("/api/experts/import", TestSheets.Upload("专家库.xlsx",
            Row("潘工", "瑞安某研究院", "汽摩配件、新材料", "0577-65812345", "瑞安某汽配有限公司"), Row("叶工", "温州大学", "智能装备"))));
        var again = await Json(await staff.PostAsync("/api/experts/import", TestSheets.Upload("专家库.xlsx",
            Row("潘工", "瑞安某研究院", "汽摩配件、新材料", "13812345678", "瑞安某汽配有限公司"), Row("叶工", "温州大学", "智能装备"))));
        var export = await staff.GetAsync("/api/experts/export");
        var rows = MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.False(bad.GetProperty("written").GetBoolean());
        var reasons = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32() + "：" + e.GetProperty("reason").GetString()).ToList();
        Assert.Contains("3：与第 2 行是同一专家库中同一单位的同名专家", reasons);
        Assert.Contains("4：请填写工作单位", reasons);
        Assert.Equal(0, nothing.GetProperty("total").GetInt32());
        Assert.Equal(2, good.GetProperty("created").GetInt32());
        Assert.Equal(1, again.GetProperty("updated").GetInt32());
        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var pan = rows.Single(r => (string?)r["姓名"] == "潘工");
        Assert.Equal("13812345678", pan["联系电话"]?.ToString());
        Assert.Equal("汽摩配件、新材料", pan["专业领域"]);
        Assert.Equal("瑞安某汽配有限公司", pan["回避单位"]);
        Assert.Equal(2, rows.Count);
    }
}
