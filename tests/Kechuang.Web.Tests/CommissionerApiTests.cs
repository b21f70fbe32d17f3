using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteCommissionerApiTests(SqliteApiFixture fixture) : CommissionerApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresCommissionerApiTests(PostgresApiFixture fixture) : CommissionerApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// The 科技特派员 register (docs/domain.md §7.6): registration of persons and teams, the checks, the scope, coverage by
/// town, and what it feeds — 科技特派员数 and the summary's sentence. Each test uses its own county; the year is last year.
/// </summary>
public abstract class CommissionerApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private int Year => app.Clock.TodayInChina().Year - 1;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string FirstError(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    private async Task<HttpClient> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role);
        await app.CreateUserAsync(name, region, role);
        return await app.As(name);
    }

    private object Person(string region, string[] towns, string level = "省级", string name = "王建平", int? year = null) => new
    {
        name, kind = "individual", level, regionCode = region, year = year ?? Year, towns, institution = "浙江农林大学", field = "茶叶种植",
    };

    private object Team(string region, string[] towns, int members, string level = "省级", string name = "茶产业科技特派员团队") => new
    {
        name, kind = "team", level, regionCode = region, year = Year, towns, institution = "浙江大学",
        members = Enumerable.Range(1, members).Select(k => new { name = $"成员{k}", institution = "浙江大学", expertise = "茶叶加工" }).ToArray(),
        projects = new[] { new { name = "高山茶提质增效", fundsYuan = 150_000m } },
        enterprises = new[] { "某某茶叶专业合作社" },
    };

    private async Task<string> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/commissioners", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Register_APersonAndATeam_ListsAndShowsThem()
    {
        var staff = await UserAsync("staff", "330327");   // 苍南县
        var created = await staff.PostAsJsonAsync("/api/commissioners", Person("330327", ["330327100", "330327103"], level: "省"));
        var body = await Json(created);
        var id = body.GetProperty("id").GetString();
        var teamId = await CreateAsync(staff, Team("330327", ["330327104"], members: 3, level: "市级"));

        var detail = await Json(await staff.GetAsync($"/api/commissioners/{teamId}"));
        var all = await Json(await staff.GetAsync($"/api/commissioners?region=330327&year={Year}"));
        var teams = await Json(await staff.GetAsync($"/api/commissioners?kind=team&level=市级&q=茶产业&page=1&pageSize=10"));
        var otherYear = await Json(await staff.GetAsync($"/api/commissioners?year={Year - 1}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/commissioners/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("省级", body.GetProperty("level").GetString());
        Assert.Equal("individual", body.GetProperty("kind").GetString());
        Assert.Equal(["灵溪镇", "宜山镇"], body.GetProperty("towns").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("team", detail.GetProperty("kind").GetString());
        Assert.Equal("团队", detail.GetProperty("kindName").GetString());
        Assert.Equal(3, detail.GetProperty("headcount").GetInt32());
        Assert.Equal(3, detail.GetProperty("members").GetArrayLength());
        Assert.Equal(150_000m, detail.GetProperty("projects")[0].GetProperty("fundsYuan").GetDecimal());
        Assert.Equal("苍南县", detail.GetProperty("regionName").GetString());
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal([teamId], teams.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(0, otherYear.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task BadInput_IsRefusedInChinese_NamingTheField()
    {
        var staff = await UserAsync("staff", "330328");   // 文成县
        var today = app.Clock.TodayInChina();

        var foreignTown = await staff.PostAsJsonAsync("/api/commissioners", Person("330328", ["330328100", "330327100"]));
        var words = await staff.PostAsJsonAsync("/api/commissioners", new { name = "甲", kind = "group", level = "乡级", regionCode = "330328", year = Year, towns = new[] { "330328100" } });
        var tooLate = await staff.PostAsJsonAsync("/api/commissioners", Person("330328", ["330328100"], year: today.Year + 2));
        var tooEarly = await staff.PostAsJsonAsync("/api/commissioners", Person("330328", ["330328100"], year: 1999));
        var noMembers = await staff.PostAsJsonAsync("/api/commissioners", Team("330328", ["330328100"], members: 0));
        var city = await staff.PostAsJsonAsync("/api/commissioners", Person("330300", ["330328100"]));

        Assert.Equal(HttpStatusCode.BadRequest, foreignTown.StatusCode);
        Assert.Equal("乡镇 330327100 不属于文成县", FirstError(await Json(foreignTown), "towns"));
        var errors = await Json(words);
        Assert.Contains("individual", FirstError(errors, "kind"));
        Assert.Contains("省级、市级、县级", FirstError(errors, "level"));
        Assert.Contains("服务年度应在", FirstError(await Json(tooLate), "year"));
        Assert.Contains("服务年度应在2000年", FirstError(await Json(tooEarly), "year"));
        Assert.Equal("团队科技特派员请填写团队成员", FirstError(await Json(noMembers), "members"));
        Assert.Contains("不是县级区划", FirstError(await Json(city), "regionCode"));
    }

    [Fact]
    public async Task SameNameTwice_InTheCountyAndYear_Is409_NamingTheExistingRecord()
    {
        var staff = await UserAsync("staff", "330329");   // 泰顺县
        await CreateAsync(staff, Person("330329", ["330329100"], name: "林海燕"));

        var again = await staff.PostAsJsonAsync("/api/commissioners", Person("330329", ["330329101"], level: "市级", name: "林海燕"));
        var nextYear = await staff.PostAsJsonAsync("/api/commissioners", Person("330329", ["330329101"], name: "林海燕", year: Year + 1));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"泰顺县{Year}年已登记科技特派员“林海燕”（省级个人）", (await Json(again)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, nextYear.StatusCode);
    }

    [Fact]
    public async Task Scope_AnotherCountyCannotRegisterOrSee_ALeaderAndACommissionerOnlyRead()
    {
        var home = await UserAsync("staff", "330381");    // 瑞安市
        var other = await UserAsync("staff", "330382");
        var leader = await UserAsync("leader", "330300");
        var expert = await UserAsync("expert", "330381");
        var commissioner = await UserAsync("commissioner", "330381");
        var id = await CreateAsync(home, Person("330381", ["330381001"]));

        var foreignWrite = await other.PostAsJsonAsync("/api/commissioners", Person("330381", ["330381002"], name: "越权登记"));
        var foreignRead = await other.GetAsync($"/api/commissioners/{id}");
        var foreignCoverage = await other.GetAsync($"/api/commissioners/coverage?region=330381&year={Year}");
        var leaderRead = await leader.GetAsync($"/api/commissioners/{id}");
        var leaderWrite = await leader.PostAsJsonAsync("/api/commissioners", Person("330381", ["330381002"], name: "领导登记"));
        var expertList = await expert.GetAsync("/api/commissioners");
        var commissionerList = await Json(await commissioner.GetAsync("/api/commissioners"));
        var commissionerWrite = await commissioner.PostAsJsonAsync("/api/commissioners", Person("330381", ["330381002"], name: "特派员自登记"));

        Assert.Equal(HttpStatusCode.Forbidden, foreignWrite.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignCoverage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, expertList.StatusCode);
        Assert.Equal(1, commissionerList.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, commissionerWrite.StatusCode);
    }

    [Fact]
    public async Task Coverage_ListsEveryTownOfTheCounty_ServedOrNot()
    {
        const string Region = "330324";   // 永嘉县
        var staff = await UserAsync("staff", Region);
        var towns = (await Json(await staff.GetAsync($"/api/regions/{Region}/children"))).EnumerateArray()
            .Select(t => t.GetProperty("code").GetString()!).ToList();
        await CreateAsync(staff, Person(Region, [towns[0], towns[1]], name: "周晓东"));
        await CreateAsync(staff, Team(Region, [towns[1]], members: 2));
        await CreateAsync(staff, Person(Region, [towns[2]], name: "往年特派员", year: Year - 1));

        var coverage = await Json(await staff.GetAsync($"/api/commissioners/coverage?region={Region}&year={Year}"));
        var city = await staff.GetAsync($"/api/commissioners/coverage?region=330300&year={Year}");

        var rows = coverage.GetProperty("towns").EnumerateArray().ToList();
        Assert.Equal(towns.Count, coverage.GetProperty("total").GetInt32());
        Assert.Equal(towns.Count, rows.Count);
        Assert.Equal(2, coverage.GetProperty("served").GetInt32());
        Assert.Equal(["周晓东"], rows[0].GetProperty("commissioners").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(2, rows[1].GetProperty("commissioners").GetArrayLength());
        Assert.Equal(0, rows[2].GetProperty("commissioners").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(rows[2].GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, city.StatusCode);      // a county's staff cannot look at the city
    }

    [Fact]
    public async Task TheRegister_FeedsTheIndicator_AndTheSummarySentence()
    {
        const string Region = "330383";   // 龙港市: one town-level division
        var staff = await UserAsync("staff", Region);
        await CreateAsync(staff, Person(Region, ["330383198"], name: "陈立新"));
        await CreateAsync(staff, Team(Region, ["330383198"], members: 3));
        await CreateAsync(staff, Person(Region, ["330383198"], level: "市级", name: "黄丽华"));
        var admin = await app.AsAdmin();

        async Task<decimal?> CountAsync(int year, int month)
        {
            var rows = await Json(await admin.GetAsync($"/api/indicators/report?region={Region}&year={year}&month={month}"));
            var row = rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "commissioners");
            return row.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : row.GetProperty("actual").GetDecimal();
        }

        var june = await CountAsync(Year, 6);
        var december = await CountAsync(Year, 12);
        var yearBefore = await CountAsync(Year - 1, 12);
        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year={Year}&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "commissioners");
        var sentence = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

        Assert.Equal(5m, june);           // two persons and a team of three
        Assert.Equal(5m, december);
        Assert.Null(yearBefore);          // no record that year: no figure, not 0
        Assert.Equal($"一是科技特派员工作方面，{Year}年选派科技特派员5人，其中省级个人科技特派员1名、团队科技特派员1个，市级个人科技特派员1名，服务乡镇1个，覆盖率100.00%。", sentence);
    }

    private static MultipartFormDataContent Sheet(params Dictionary<string, object?>[] rows) => TestSheets.Upload("科技特派员.xlsx", rows);

    private Dictionary<string, object?> Row(string name, string region, string towns, string kind = "个人", string level = "省级", string? members = null) => new()
    {
        ["姓名/团队名称"] = name, ["类型"] = kind, ["级别"] = level, ["所在县区代码"] = region, ["年度"] = Year, ["服务乡镇"] = towns,
        ["派出单位"] = "温州大学", ["服务领域"] = "数字农业", ["团队成员"] = members,
    };

    [Fact]
    public async Task Import_CreatesPersonsAndTeams_AllOrNothing_AndNamesTheStoredRecordOfADuplicate()
    {
        const string Region = "330303";   // 龙湾区
        var staff = await UserAsync("staff", Region);

        var bad = await staff.PostAsync("/api/commissioners/import", Sheet(
            Row("赵一鸣", Region, "永中街道、330303002"),
            Row("龙湾数字农业团队", Region, "海滨街道", kind: "团队"),
            Row("鹿城越权", "330302", "330302001"),
            Row("赵一鸣", Region, "永兴街道"),
            Row("钱多多", Region, "灵溪镇")));
        var nothing = await Json(await staff.GetAsync($"/api/commissioners?region={Region}&year={Year}"));
        var good = await Json(await staff.PostAsync("/api/commissioners/import", Sheet(
            Row("赵一鸣", Region, "永中街道、330303002"),
            Row("龙湾数字农业团队", Region, "海滨街道；330303004", kind: "团队", level: "市级", members: "孙甲、李乙、周丙"))));
        var again = await Json(await staff.PostAsync("/api/commissioners/import", Sheet(
            Row("赵一鸣", Region, "330303001、蒲州街道"),
            Row("龙湾数字农业团队", Region, "海滨街道", kind: "团队", level: "县级", members: "孙甲、李乙、周丙"))));
        var list = await Json(await staff.GetAsync($"/api/commissioners?region={Region}&year={Year}"));
        var template = await staff.GetAsync("/api/commissioners/import/template");

        var report = await Json(bad);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.False(report.GetProperty("written").GetBoolean());
        var reasons = report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32() + "：" + e.GetProperty("reason").GetString()).ToList();
        Assert.DoesNotContain(reasons, r => r.StartsWith("2：", StringComparison.Ordinal));
        Assert.Contains("3：团队科技特派员请填写团队成员", reasons);
        Assert.Contains(reasons, r => r.StartsWith("4：", StringComparison.Ordinal) && r.Contains("不在本辖区", StringComparison.Ordinal));
        Assert.Contains("5：与第 2 行是同一县区、同一年度的同名科技特派员", reasons);
        Assert.Contains("6：乡镇 灵溪镇 不属于龙湾区", reasons);
        Assert.Equal(0, nothing.GetProperty("total").GetInt32());
        Assert.Equal(2, good.GetProperty("created").GetInt32());
        Assert.True(good.GetProperty("written").GetBoolean());
        Assert.False(again.GetProperty("written").GetBoolean());
        var stored = again.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32() + "：" + e.GetProperty("reason").GetString()).Single();
        Assert.StartsWith($"3：龙湾区{Year}年已登记科技特派员“龙湾数字农业团队”（市级团队），本行的级别、服务乡镇与之不同", stored);
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var team = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "team");
        Assert.Equal(3, team.GetProperty("headcount").GetInt32());
        Assert.Equal(["海滨街道", "永兴街道"], team.GetProperty("towns").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal(XlsxContentType, template.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Import_KeepGoodRows_WritesTheGoodOnes_AndAnIdenticalRowIsUnchanged()
    {
        const string Region = "330304";   // 瓯海区
        var staff = await UserAsync("staff", Region);
        var person = Row("吴晓光", Region, "三垟街道");

        var first = await Json(await staff.PostAsync("/api/commissioners/import?keepGoodRows=true", Sheet(person, Row("王错年", Region, "无此街道"))));
        var dry = await Json(await staff.PostAsync("/api/commissioners/import?dryRun=true", Sheet(person)));

        Assert.True(first.GetProperty("written").GetBoolean());
        Assert.Equal(1, first.GetProperty("created").GetInt32());
        Assert.Equal(1, first.GetProperty("skipped").GetInt32());
        Assert.Equal(1, dry.GetProperty("unchanged").GetInt32());
        Assert.False(dry.GetProperty("written").GetBoolean());
    }

    [Fact]
    public async Task Assessment_IsGivenOnceByStaffOfTheRegion_AndShown()
    {
        const string Region = "330109";   // 萧山区
        var staffName = ApiFixture.Unique("staff");
        await app.CreateUserAsync(staffName, Region, "staff");
        var staff = await app.As(staffName);
        var leader = await UserAsync("leader", Region);
        var other = await UserAsync("staff", "330110");
        var id = await CreateAsync(staff, Person(Region, ["330109001"], name: "郑考核"));
        var ahead = await CreateAsync(staff, Person(Region, ["330109002"], name: "明年特派员", year: Year + 2));   // next year's 选派, registered ahead

        var byLeader = await leader.PostAsJsonAsync($"/api/commissioners/{id}/assessment", new { grade = "优秀" });
        var byOther = await other.PostAsJsonAsync($"/api/commissioners/{id}/assessment", new { grade = "优秀" });
        var badGrade = await staff.PostAsJsonAsync($"/api/commissioners/{id}/assessment", new { grade = "良好" });
        var notYet = await staff.PostAsJsonAsync($"/api/commissioners/{ahead}/assessment", new { grade = "合格" });
        var given = await staff.PostAsJsonAsync($"/api/commissioners/{id}/assessment", new { grade = "优秀", remark = "服务成效显著" });
        var again = await staff.PostAsJsonAsync($"/api/commissioners/{id}/assessment", new { grade = "合格" });
        var detail = await Json(await leader.GetAsync($"/api/commissioners/{id}"));
        var list = await Json(await staff.GetAsync($"/api/commissioners?region={Region}&year={Year}"));

        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badGrade.StatusCode);
        Assert.Equal("考核等次应为：优秀、合格、基本合格、不合格", FirstError(await Json(badGrade), "grade"));
        Assert.Equal(HttpStatusCode.BadRequest, notYet.StatusCode);
        Assert.Contains("尚未开始", FirstError(await Json(notYet), "grade"));
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.Equal("优秀", (await Json(given)).GetProperty("assessment").GetProperty("grade").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal($"“郑考核”{Year}年度已考核为“优秀”，不能重复考核", (await Json(again)).GetProperty("detail").GetString());
        var assessment = detail.GetProperty("assessment");
        Assert.Equal("优秀", assessment.GetProperty("grade").GetString());
        Assert.Equal("服务成效显著", assessment.GetProperty("remark").GetString());
        Assert.Equal(staffName, assessment.GetProperty("assessedBy").GetString());
        Assert.Equal(app.Clock.TodayInChina().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), assessment.GetProperty("assessedOn").GetString());
        var item = list.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("优秀", item.GetProperty("assessment").GetProperty("grade").GetString());
    }

    [Fact]
    public async Task TheSummary_CountsTheExcellent_OnceAssessmentsExist()
    {
        const string Region = "330110";   // 余杭区
        var staff = await UserAsync("staff", Region);
        var excellent = await CreateAsync(staff, Person(Region, ["330110005"], name: "冯优秀"));
        var passed = await CreateAsync(staff, Person(Region, ["330110009"], name: "褚合格"));
        var admin = await app.AsAdmin();

        async Task<string> SentenceAsync()
        {
            var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year={Year}&period=FY"));
            var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "commissioners");
            return string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        }

        var before = await SentenceAsync();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/commissioners/{passed}/assessment", new { grade = "合格" })).StatusCode);
        var noneExcellent = await SentenceAsync();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/commissioners/{excellent}/assessment", new { grade = "优秀" })).StatusCode);
        var after = await SentenceAsync();

        Assert.DoesNotContain("考核", before);
        Assert.EndsWith("，年度考核优秀0名。", noneExcellent);
        Assert.EndsWith("，年度考核优秀1名。", after);
    }

    [Fact]
    public async Task TownsWithDays_AreCheckedWithinTheYear_AndServedTownsCountForTheYear()
    {
        const string Region = "330108";   // 滨江区: three towns
        var staff = await UserAsync("staff", Region);
        object Dated(string name, object[] towns) => new { name, kind = "individual", level = "市级", regionCode = Region, year = Year, towns };

        var created = await staff.PostAsJsonAsync("/api/commissioners", Dated("卫春季", [
            new { code = "330108001", from = $"{Year}-03-01", to = $"{Year}-06-30" },
            "330108002",
        ]));
        var outside = await staff.PostAsJsonAsync("/api/commissioners", Dated("蒋跨年", [new { code = "330108003", from = $"{Year}-11-01", to = $"{Year + 1}-01-31" }]));
        var reversed = await staff.PostAsJsonAsync("/api/commissioners", Dated("沈倒置", [new { code = "330108003", from = $"{Year}-09-01", to = $"{Year}-08-01" }]));
        var twice = await staff.PostAsJsonAsync("/api/commissioners", Dated("韩两次", [
            new { code = "330108003", from = $"{Year}-01-01", to = $"{Year}-03-31" },
            new { code = "330108003", from = $"{Year}-07-01", to = $"{Year}-09-30" },
        ]));
        await CreateAsync(staff, Dated("杨秋季", [new { code = "330108001", from = $"{Year}-09-01", to = (string?)null }]));
        var coverage = await Json(await staff.GetAsync($"/api/commissioners/coverage?region={Region}&year={Year}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var towns = (await Json(created)).GetProperty("towns").EnumerateArray().ToList();
        Assert.Equal($"{Year}-03-01", towns[0].GetProperty("from").GetString());
        Assert.Equal($"{Year}-06-30", towns[0].GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, towns[1].GetProperty("from").ValueKind);
        Assert.Equal($"乡镇 330108003 的服务日期应在服务年度{Year}年内", FirstError(await Json(outside), "towns"));
        Assert.Equal($"乡镇 330108003 的服务开始日期 {Year}-09-01 晚于结束日期 {Year}-08-01", FirstError(await Json(reversed), "towns"));
        Assert.Equal("乡镇 330108003 填写了两次且服务日期或服务村不同", FirstError(await Json(twice), "towns"));
        Assert.Equal(2, coverage.GetProperty("served").GetInt32());
        Assert.Equal(["卫春季", "杨秋季"], coverage.GetProperty("towns")[0].GetProperty("commissioners").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task Villages_ByFormAndBySheet_AreCheckedAndShownWithTheirTown()
    {
        const string Region = "330328";   // 文成县
        var staff = await UserAsync("staff", Region);
        object Serving(string name, object[] towns) => new { name, kind = "individual", level = "县级", regionCode = Region, year = Year, towns };

        var created = await staff.PostAsJsonAsync("/api/commissioners", Serving("周山村", [
            new { code = "330328100", villages = new[] { " 珊门村 ", "", "龙川村" } },
            "330328101",
        ]));
        var repeated = await staff.PostAsJsonAsync("/api/commissioners", Serving("吴重名", [new { code = "330328102", villages = new[] { "南田村", "南田村" } }]));
        var tooLong = await staff.PostAsJsonAsync("/api/commissioners", Serving("郑过长", [new { code = "330328102", villages = new[] { new string('村', 31) } }]));
        var notAList = await staff.PostAsJsonAsync("/api/commissioners", Serving("冯非列表", [new { code = "330328102", villages = "南田村" }]));
        var imported = await Json(await staff.PostAsync("/api/commissioners/import", Sheet(
            Row("陈表格", Region, "南田镇（武阳村、新宅村）、330328103"))));
        var list = await Json(await staff.GetAsync($"/api/commissioners?region={Region}&year={Year}&pageSize=50"));
        var coverage = await Json(await staff.GetAsync($"/api/commissioners/coverage?region={Region}&year={Year}"));
        var changed = await Json(await staff.PostAsync("/api/commissioners/import", Sheet(
            Row("陈表格", Region, "南田镇（武阳村）、330328103"))));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var towns = (await Json(created)).GetProperty("towns").EnumerateArray().ToList();
        Assert.Equal(["珊门村", "龙川村"], towns[0].GetProperty("villages").EnumerateArray().Select(v => v.GetString()));
        Assert.Empty(towns[1].GetProperty("villages").EnumerateArray());
        Assert.Equal("乡镇 330328102 的服务村“南田村”重复", FirstError(await Json(repeated), "towns"));
        Assert.Equal($"乡镇 330328102 的服务村“{new string('村', 10)}…”名称过长（不超过30个字）", FirstError(await Json(tooLong), "towns"));
        Assert.Equal(HttpStatusCode.BadRequest, notAList.StatusCode);
        Assert.True(imported.GetProperty("written").GetBoolean());
        var sheetTowns = list.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "陈表格").GetProperty("towns").EnumerateArray().ToList();
        Assert.Equal(["武阳村", "新宅村"], sheetTowns.Single(t => t.GetProperty("name").GetString() == "南田镇").GetProperty("villages").EnumerateArray().Select(v => v.GetString()));
        var byTown = coverage.GetProperty("towns").EnumerateArray().ToDictionary(t => t.GetProperty("code").GetString()!, t => t.GetProperty("villages").EnumerateArray().Select(v => v.GetString()).ToList());
        Assert.Equal(["珊门村", "龙川村"], byTown["330328100"].Order(StringComparer.Ordinal));
        Assert.Equal(["新宅村", "武阳村"], byTown["330328102"].Order(StringComparer.Ordinal));
        Assert.Empty(byTown["330328104"]);
        Assert.False(changed.GetProperty("written").GetBoolean());
        Assert.Contains("本行的服务村与之不同", changed.GetProperty("errors")[0].GetProperty("reason").GetString());
    }

    /// <summary>The page is the bureau's (admin, leader, staff); its content renders in the circuit (no prerendering).</summary>
    [Fact]
    public async Task ThePage_OpensForStaff_AndSendsAnExpertToTheForbiddenPage()
    {
        var staffName = ApiFixture.Unique("page");
        var expertName = ApiFixture.Unique("page");
        await app.CreateUserAsync(staffName, "330305", "staff");
        await app.CreateUserAsync(expertName, "330305", "expert");

        var staff = await (await app.WithCookie(staffName)).GetAsync("/commissioners");
        var expert = await (await app.WithCookie(expertName)).GetAsync("/commissioners");

        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal("text/html", staff.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, expert.StatusCode);
        Assert.Equal("/forbidden?ReturnUrl=%2Fcommissioners", expert.Headers.Location!.PathAndQuery());
    }
}
