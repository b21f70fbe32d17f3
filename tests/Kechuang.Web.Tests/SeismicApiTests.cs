using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteSeismicApiTests(SqliteApiFixture fixture) : SeismicApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresSeismicApiTests(PostgresApiFixture fixture) : SeismicApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 防震减灾 (docs/domain.md §7.10): approvals with due dates in working days from the shipped calendar, decisions, the
/// desk's filters, who may see what, the stations and drills, and what the register feeds — the summary's sentence and
/// the two indicators. Each test uses its own county.
/// </summary>
public abstract class SeismicApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string FirstError(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<HttpClient> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role);
        if (role == "enterprise")
        {
            // An enterprise user belongs to an enterprise of the register.
            var admin = await app.AsAdmin();
            var enterprise = await Json(await admin.PostAsJsonAsync("/api/enterprises", new
            {
                name = "防震测试企业" + name, uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2018-05-20",
            }));
            var user = await admin.PostAsJsonAsync("/api/users", new
            {
                userName = name, displayName = "企业填报员", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" },
                enterpriseId = enterprise.GetProperty("id").GetString(),
            });
            user.EnsureSuccessStatusCode();
        }
        else
        {
            await app.CreateUserAsync(name, region, role);
        }
        return await app.As(name);
    }

    private static object Body(string region, string receivedOn, int? limitDays = 10, string project = "厂房新建工程") =>
        new { projectName = project, applicant = "温州某建设有限公司", regionCode = region, receivedOn, limitDays };

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/seismic/approvals", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Json(response);
    }

    [Theory]
    [InlineData("2025-09-26", 10, "2025-10-16")]   // Friday before 国庆中秋: 9-28 (Sun) and 10-11 (Sat) worked, 10-1..10-8 off
    [InlineData("2025-01-24", 10, "2025-02-13")]   // before 春节 2025: 1-26 (Sun) and 2-8 (Sat) worked, 1-28..2-4 off
    [InlineData("2024-02-08", 5, "2024-02-21")]    // 春节 2024: 2-10..2-17 off, 2-18 (Sun) worked
    [InlineData("2026-02-13", null, "2026-03-05")] // 春节 2026, the default 10 days: 2-14 and 2-28 (Sat) worked, 2-15..2-23 off
    [InlineData("2025-12-31", 3, "2026-01-06")]    // across the year: 元旦 2026 1-1..1-3 off, 1-4 (Sun) worked
    public async Task Create_DueDate_CountsWorkingDaysFromTheDayAfterReceipt(string receivedOn, int? limitDays, string dueOn)
    {
        var staff = await UserAsync("staff", "330324");   // 永嘉县

        var created = await CreateAsync(staff, Body("330324", receivedOn, limitDays));

        Assert.Equal(dueOn, created.GetProperty("dueOn").GetString());
        Assert.Equal(limitDays ?? 10, created.GetProperty("limitDays").GetInt32());
        Assert.NotEqual(Guid.Empty, created.GetProperty("id").GetGuid());
        Assert.Equal("办理中", created.GetProperty("status").GetString());
        Assert.Empty(created.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task YearWithoutCalendar_WeekendsOnly_WithTheWarning()
    {
        var staff = await UserAsync("staff", "330324");
        var enterprise = await UserAsync("enterprise", "330324");

        // 2023 is not shipped: 12-28, 12-29, then 2024 (shipped) from 1-2 — 元旦 2024-01-01 off.
        var created = await CreateAsync(staff, Body("330324", "2023-12-27"));
        var workdays = await enterprise.GetAsync("/api/calendar/workdays?from=2027-01-29&to=2027-02-12");
        var days = await Json(workdays);
        var anonymous = await app.Anonymous().GetAsync("/api/calendar/workdays?from=2027-01-29&to=2027-02-12");
        var backwards = await staff.GetAsync("/api/calendar/workdays?from=2027-02-12&to=2027-01-29");
        var years = await Json(await staff.GetAsync("/api/calendar/years"));

        Assert.Equal("2024-01-11", created.GetProperty("dueOn").GetString());
        Assert.Equal(["2023年节假日安排尚未录入，到期日仅按周末计算"], created.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(HttpStatusCode.OK, workdays.StatusCode);    // any signed-in user
        Assert.Equal(11, days.GetProperty("count").GetInt32());  // 1-29, then two full weeks: 春节 2027 not entered
        Assert.Equal("2027-02-12", days.GetProperty("days")[10].GetString());
        Assert.Equal(["2027年节假日安排尚未录入，到期日仅按周末计算"], days.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("结束日期不能早于开始日期", FirstError(await Json(backwards), "to"));
        Assert.Contains(years.EnumerateArray(), y => y.GetProperty("year").GetInt32() == 2025 && y.GetProperty("entered").GetBoolean()
            && y.GetProperty("daysOff").GetInt32() == 18 && y.GetProperty("daysWorked").GetInt32() == 5);
    }

    [Fact]
    public async Task Workdays_Around2025NationalDay_AreTheNoticesDays()
    {
        var staff = await UserAsync("staff", "330324");

        var days = await Json(await staff.GetAsync("/api/calendar/workdays?from=2025-09-26&to=2025-10-16"));

        Assert.Equal(["2025-09-26", "2025-09-28", "2025-09-29", "2025-09-30", "2025-10-09", "2025-10-10", "2025-10-11", "2025-10-13", "2025-10-14", "2025-10-15", "2025-10-16"],
            days.GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Empty(days.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Decide_BeforeReceiptIs400_OnceOnly_RefusalNeedsReasons()
    {
        var staff = await UserAsync("staff", "330305");   // 洞头区
        var id = (await CreateAsync(staff, Body("330305", "2025-09-26"))).GetProperty("id").GetString();
        var url = $"/api/seismic/approvals/{id}/decide";

        var early = await staff.PostAsJsonAsync(url, new { decision = "批准", decidedOn = "2025-09-25", documentNumber = "洞震审〔2025〕3号" });
        var bad = await staff.PostAsJsonAsync(url, new { decision = "同意", decidedOn = "2025-10-10" });
        var refused = await staff.PostAsJsonAsync(url, new { decision = "不予批准", decidedOn = "2025-10-10", documentNumber = "洞震审〔2025〕3号" });
        var decided = await staff.PostAsJsonAsync(url, new { decision = "批准", decidedOn = "2025-10-16", documentNumber = "洞震审〔2025〕3号", requirement = "基本地震动峰值加速度0.05g" });
        var again = await staff.PostAsJsonAsync(url, new { decision = "批准", decidedOn = "2025-10-16", documentNumber = "洞震审〔2025〕4号" });
        var read = await Json(await staff.GetAsync($"/api/seismic/approvals/{id}"));

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("决定日期（2025年9月25日）不能早于受理日期（2025年9月26日）", FirstError(await Json(early), "decidedOn"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await Json(bad);
        Assert.Equal("审批结果应为“批准”或“不予批准”", FirstError(problem, "decision"));
        Assert.Equal("请填写批复文号", FirstError(problem, "documentNumber"));
        Assert.Equal("不予批准应说明理由", FirstError(await Json(refused), "remark"));
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("不能重复办结", (await Json(again)).GetProperty("detail").GetString());
        Assert.Equal(("已办结", "批准", "2025-10-16", true), (read.GetProperty("status").GetString(), read.GetProperty("decision").GetString(),
            read.GetProperty("decidedOn").GetString(), read.GetProperty("onTime").GetBoolean()));
        Assert.Equal("基本地震动峰值加速度0.05g", read.GetProperty("requirement").GetString());
    }

    [Fact]
    public async Task BadInput_Is400WithEveryReason()
    {
        var staff = await UserAsync("staff", "330305");
        var today = app.Clock.TodayInChina();

        var response = await staff.PostAsJsonAsync("/api/seismic/approvals", new { projectName = " ", regionCode = "330305", receivedOn = Day(today.AddDays(2)), limitDays = 40 });
        var city = await (await app.AsAdmin()).PostAsJsonAsync("/api/seismic/approvals", Body("330300", "2025-03-03"));
        var problem = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("请填写项目名称", FirstError(problem, "projectName"));
        Assert.Equal("请填写建设单位", FirstError(problem, "applicant"));
        Assert.StartsWith("受理日期不能晚于今天", FirstError(problem, "receivedOn"));
        Assert.StartsWith("办理时限应为1至30个工作日", FirstError(problem, "limitDays"));
        Assert.Equal(HttpStatusCode.BadRequest, city.StatusCode);
        Assert.Contains("不是县级区划", FirstError(await Json(city), "regionCode"));
    }

    [Fact]
    public async Task Desk_Tabs_PendingOverdueAndDueSoon_AndUpdateMovesTheDueDate()
    {
        const string Region = "330382";   // 乐清市
        var staff = await UserAsync("staff", Region);
        var today = app.Clock.TodayInChina();
        var overdue = (await CreateAsync(staff, Body(Region, Day(today.AddDays(-60)), project: "超期工程"))).GetProperty("id").GetString();
        var soon = (await CreateAsync(staff, Body(Region, Day(today), limitDays: 1, project: "临期工程"))).GetProperty("id").GetString();
        var done = (await CreateAsync(staff, Body(Region, Day(today.AddDays(-90)), project: "已办工程"))).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/seismic/approvals/{done}/decide",
            new { decision = "批准", decidedOn = Day(today.AddDays(-85)), documentNumber = "乐震审1号" })).StatusCode);

        async Task<string[]> NamesAsync(string query) =>
            [.. (await Json(await staff.GetAsync($"/api/seismic/approvals?region={Region}&{query}"))).GetProperty("items").EnumerateArray()
                .Select(a => a.GetProperty("projectName").GetString()!)];

        var counts = await Json(await staff.GetAsync($"/api/seismic/approvals/counts?region={Region}"));
        Assert.Equal(["超期工程", "临期工程", "已办工程"], await NamesAsync("page=1"));   // pending by due date, then decided
        Assert.Equal(["超期工程", "临期工程"], await NamesAsync("status=办理中"));
        Assert.Equal(["已办工程"], await NamesAsync("status=done"));
        Assert.Equal(["超期工程"], await NamesAsync("overdue=true"));
        Assert.Equal(["临期工程"], await NamesAsync("dueSoon=true"));
        Assert.Equal(["已办工程"], await NamesAsync("q=已办"));
        Assert.Equal((3, 2, 1, 1), (counts.GetProperty("all").GetInt32(), counts.GetProperty("pending").GetInt32(),
            counts.GetProperty("dueSoon").GetInt32(), counts.GetProperty("overdue").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/seismic/approvals?status=whatever")).StatusCode);

        var read = await Json(await staff.GetAsync($"/api/seismic/approvals/{overdue}"));
        Assert.True(read.GetProperty("overdue").GetBoolean());
        Assert.True(read.GetProperty("daysLeft").GetInt32() < 0);
        var moved = await staff.PutAsJsonAsync($"/api/seismic/approvals/{soon}", new
        {
            projectName = "临期工程", applicant = "温州某建设有限公司", regionCode = Region, receivedOn = Day(today), limitDays = 20,
            version = (await Json(await staff.GetAsync($"/api/seismic/approvals/{soon}"))).GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(20, (await Json(moved)).GetProperty("limitDays").GetInt32());
        Assert.Empty(await NamesAsync("dueSoon=true"));
        var export = await staff.GetAsync($"/api/seismic/approvals/export?region={Region}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Denials_EnterpriseIs403_OtherCountyIs404OrForbidden_LeaderReadsOnly()
    {
        const string Region = "330327";   // 苍南县
        var staff = await UserAsync("staff", Region);
        var other = await UserAsync("staff", "330302");
        var enterprise = await UserAsync("enterprise", Region);
        var leader = await UserAsync("leader", Region);
        var city = await UserAsync("staff", "330300");
        var id = (await CreateAsync(staff, Body(Region, "2025-06-03"))).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/seismic/approvals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync($"/api/seismic/approvals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync("/api/seismic/approvals", Body(Region, "2025-06-03"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/seismic/stations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/seismic/approvals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/seismic/approvals/{id}/decide", new { decision = "批准", decidedOn = "2025-06-10", documentNumber = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/seismic/approvals", Body(Region, "2025-06-03"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/seismic/approvals?region={Region}")).StatusCode);
        Assert.DoesNotContain((await Json(await other.GetAsync("/api/seismic/approvals"))).GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/seismic/approvals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/seismic/approvals/{id}/decide", new { decision = "批准", decidedOn = "2025-06-10", documentNumber = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"/api/seismic/approvals/{id}")).StatusCode);   // the city sees its counties
    }

    [Fact]
    public async Task StationsAndDrills_RegisterChangeAndDelete()
    {
        const string Region = "330303";   // 龙湾区
        var staff = await UserAsync("staff", Region);
        var other = await UserAsync("staff", "330302");

        var station = await staff.PostAsJsonAsync("/api/seismic/stations", new { name = "龙湾地震台", kind = "测震台", regionCode = Region, site = "永中街道", keeper = "龙湾区地震办", builtOn = "2012-06-01", status = "运行" });
        var twice = await staff.PostAsJsonAsync("/api/seismic/stations", new { name = "龙湾地震台", kind = "测震台", regionCode = Region, status = "运行" });
        var badKind = await staff.PostAsJsonAsync("/api/seismic/stations", new { name = "某台", kind = "气象站", regionCode = Region, status = "运行" });
        var stationId = (await Json(station)).GetProperty("id").GetString();
        var stopped = await staff.PutAsJsonAsync($"/api/seismic/stations/{stationId}", new { name = "龙湾地震台", kind = "测震台", regionCode = Region, status = "停测" });
        var drill = await staff.PostAsJsonAsync("/api/seismic/drills", new { title = "校园地震应急疏散演练", heldOn = "2025-05-12", place = "龙湾区实验小学", regionCode = Region, participants = 1200, organiser = "区教育局" });
        var future = await staff.PostAsJsonAsync("/api/seismic/drills", new { title = "演练", heldOn = Day(app.Clock.TodayInChina().AddDays(3)), place = "某地", regionCode = Region, participants = 0 });
        var drillId = (await Json(drill)).GetProperty("id").GetString();
        var drills = await Json(await staff.GetAsync($"/api/seismic/drills?region={Region}&year=2025"));
        var otherDeletes = await other.DeleteAsync($"/api/seismic/drills/{drillId}");
        var deleted = await staff.DeleteAsync($"/api/seismic/stations/{stationId}");
        var stations = await Json(await staff.GetAsync($"/api/seismic/stations?region={Region}"));

        Assert.Equal(HttpStatusCode.Created, station.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.StartsWith("台站类型应为", FirstError(await Json(badKind), "kind"));
        Assert.Equal("停测", (await Json(stopped)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, drill.StatusCode);
        var problem = await Json(future);
        Assert.Equal("只登记已举行的演练：日期不能晚于今天", FirstError(problem, "heldOn"));
        Assert.Equal("请填写参与人数（1人以上）", FirstError(problem, "participants"));
        Assert.Equal(1, drills.GetProperty("total").GetInt32());
        Assert.Equal(1200, drills.GetProperty("items")[0].GetProperty("participants").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, otherDeletes.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(stations.EnumerateArray());
    }

    [Fact]
    public async Task Summary_AllOnTime_SaysSo_WithTheIndicators()
    {
        const string Region = "330329";   // 泰顺县
        var staff = await UserAsync("staff", Region);
        var admin = await app.AsAdmin();
        foreach (var (received, decided) in new[] { ("2025-03-03", "2025-03-10"), ("2025-09-26", "2025-10-16") })
        {
            var id = (await CreateAsync(staff, Body(Region, received))).GetProperty("id").GetString();
            Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/seismic/approvals/{id}/decide", new { decision = "批准", decidedOn = decided, documentNumber = "泰震审" + received })).StatusCode);
        }
        await CreateAsync(staff, Body(Region, "2025-12-29"));   // still pending at the year's end: not counted

        var sentence = await SentenceAsync(admin, Region);
        var (count, share) = await IndicatorsAsync(admin, Region, 12);

        Assert.Equal("一是防震减灾工作方面，全年完成建设工程抗震设防要求审批2件，均在法定时限内办结。", sentence);
        Assert.Equal((2m, 100m), (count, share));
        Assert.Equal((1m, 100m), await IndicatorsAsync(admin, Region, 9));
        Assert.Equal((0m, (decimal?)null), await IndicatorsAsync(admin, Region, 2));   // in use, nothing decided yet: 0 and no share
    }

    [Fact]
    public async Task Summary_SomeLate_SaysHowMany_AndTheDrills()
    {
        const string Region = "330328";   // 文成县
        var staff = await UserAsync("staff", Region);
        var admin = await app.AsAdmin();
        foreach (var (received, decided) in new[] { ("2025-01-24", "2025-02-13"), ("2025-09-26", "2025-10-17"), ("2025-05-06", "2025-05-09") })
        {
            var id = (await CreateAsync(staff, Body(Region, received))).GetProperty("id").GetString();
            var answer = await staff.PostAsJsonAsync($"/api/seismic/approvals/{id}/decide", new { decision = "批准", decidedOn = decided, documentNumber = "文震审" + received });
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal(decided != "2025-10-17", (await Json(answer)).GetProperty("onTime").GetBoolean());
        }
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/seismic/drills", new { title = "全县防震减灾应急演练", heldOn = "2025-07-28", place = "文成县体育中心", regionCode = Region, participants = 650 })).StatusCode);

        var sentence = await SentenceAsync(admin, Region);

        Assert.Equal("一是防震减灾工作方面，全年完成建设工程抗震设防要求审批3件，其中1件超过法定时限办结，按时办结率66.67%；组织地震应急演练1场，参与650人次。", sentence);
        Assert.Equal((3m, 66.67m), await IndicatorsAsync(admin, Region, 12));
    }

    [Fact]
    public async Task Summary_NothingDecidedNoDrill_NoSection()
    {
        const string Region = "330381";   // 瑞安市: a figure of its own, an approval still pending, a drill of the year before
        var admin = await app.AsAdmin();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/indicators/patent_grants/values/{Region}/2025/12", new { value = 10m })).StatusCode);
        await CreateAsync(admin, Body(Region, "2025-12-29"));
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/seismic/drills", new { title = "演练", heldOn = "2024-05-12", place = "瑞安中学", regionCode = Region, participants = 500 })).StatusCode);
        var response = await admin.GetAsync("/api/reports/summary?region=330381&year=2025&period=FY");
        var summary = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(summary.GetProperty("sections").EnumerateArray(), s => s.GetProperty("module").GetString() == "seismic");
    }

    [Fact]
    public async Task Calendar_ProvinceAdminAddsAYear_CountyAdminMayNot_DeleteAfterwards()
    {
        var admin = await app.AsAdmin();
        var county = await UserAsync("admin", "330324");

        var denied = await county.PostAsJsonAsync("/api/calendar/days", new { date = "2030-01-01", kind = "休", name = "元旦" });
        var range = await admin.PostAsJsonAsync("/api/calendar/days", new { date = "2030-02-02", to = "2030-02-08", kind = "休", name = "春节" });
        var worked = await admin.PostAsJsonAsync("/api/calendar/days", new { date = "2030-01-26", kind = "班", name = "春节" });
        var weekend = await admin.PostAsJsonAsync("/api/calendar/days", new { date = "2030-01-27", kind = "休", name = "春节" });
        var twice = await admin.PostAsJsonAsync("/api/calendar/days", new { date = "2030-02-04", kind = "休", name = "春节" });
        var listed = await Json(await county.GetAsync("/api/calendar/days?year=2030"));
        var workdays = await Json(await county.GetAsync("/api/calendar/workdays?from=2030-01-26&to=2030-02-11"));
        var removed = await admin.DeleteAsync("/api/calendar/days/2030-01-26");
        var gone = await admin.DeleteAsync("/api/calendar/days/2030-01-26");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.Created, range.StatusCode);
        Assert.Equal(["2030-02-04", "2030-02-05", "2030-02-06", "2030-02-07", "2030-02-08"], (await Json(range)).EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal(HttpStatusCode.Created, worked.StatusCode);
        Assert.Equal("2030年1月27日是周末，本就休息，无需登记为休", FirstError(await Json(weekend), "date"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(6, listed.GetArrayLength());
        Assert.Equal(("2030-01-26", "班", "周六"), (listed[0].GetProperty("date").GetString(), listed[0].GetProperty("kind").GetString(), listed[0].GetProperty("weekday").GetString()));
        Assert.Equal(["2030-01-26", "2030-01-28", "2030-01-29", "2030-01-30", "2030-01-31", "2030-02-01", "2030-02-11"],
            workdays.GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Empty(workdays.GetProperty("warnings").EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    /// <summary>The pages are the bureau's (the calendar the administrators'); content renders in the circuit (no prerendering).</summary>
    [Fact]
    public async Task ThePages_OpenForTheirRoles_OthersGoToTheForbiddenPage()
    {
        var staffName = ApiFixture.Unique("page");
        var expertName = ApiFixture.Unique("page");
        await app.CreateUserAsync(staffName, "330305", "staff");
        await app.CreateUserAsync(expertName, "330305", "expert");
        var staff = await app.WithCookie(staffName);

        var seismic = await staff.GetAsync("/seismic");
        var calendar = await staff.GetAsync("/calendar");
        var expert = await (await app.WithCookie(expertName)).GetAsync("/seismic");

        Assert.Equal(HttpStatusCode.OK, seismic.StatusCode);
        Assert.Equal("text/html", seismic.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, calendar.StatusCode);
        Assert.Equal("/forbidden?ReturnUrl=%2Fcalendar", calendar.Headers.Location!.PathAndQuery());
        Assert.Equal(HttpStatusCode.Redirect, expert.StatusCode);
    }

    private static async Task<string> SentenceAsync(HttpClient admin, string region)
    {
        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={region}&year=2025&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "seismic");
        return string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
    }

    private static async Task<(decimal? Count, decimal? Share)> IndicatorsAsync(HttpClient admin, string region, int month)
    {
        var rows = await Json(await admin.GetAsync($"/api/indicators/report?region={region}&year=2025&month={month}"));
        decimal? Actual(string code)
        {
            var row = rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
            return row.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : row.GetProperty("actual").GetDecimal();
        }
        return (Actual("seismic_approvals"), Actual("seismic_ontime_share"));
    }
}
