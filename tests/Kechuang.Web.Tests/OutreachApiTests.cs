using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteOutreachApiTests(SqliteApiFixture fixture) : OutreachApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresOutreachApiTests(PostgresApiFixture fixture) : OutreachApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 科普活动 and 创新创业大赛 (docs/domain.md §7.9): each register through the API, photos judged by content and size,
/// judges drawn from the pool without conflicts and replayed from their seed, who may see what, and what the registers
/// feed — the indicators and the summary's sentence. Each test uses its own county.
/// </summary>
public abstract class OutreachApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1];

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string FirstError(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    private async Task<HttpClient> UserAsync(string role, string region, string? enterpriseId = null)
    {
        var name = ApiFixture.Unique(role);
        if (role == "enterprise")
        {
            var admin = await app.AsAdmin();
            enterpriseId ??= await EnterpriseAsync(region, "科普测试企业" + name);
            (await admin.PostAsJsonAsync("/api/users", new
            {
                userName = name, displayName = "企业填报员", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId,
            })).EnsureSuccessStatusCode();
        }
        else
        {
            await app.CreateUserAsync(name, region, role);
        }
        return await app.As(name);
    }

    private async Task<string> EnterpriseAsync(string region, string name, string? uscc = null)
    {
        var admin = await app.AsAdmin();
        var response = await admin.PostAsJsonAsync("/api/enterprises", new { name, uscc = uscc ?? TestCodes.NewUscc(region), regionCode = region, foundedOn = "2018-05-20" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    private static object Activity(string region, string kind = "科普活动", string heldOn = "2025-05-20", int attendance = 800, string title = "科普进社区") =>
        new { kind, title, organisers = "县科技局、县科协", place = "昆阳镇文化广场", regionCode = region, heldOn, attendance };

    private static async Task<JsonElement> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string activity, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        return await client.PostAsync($"/api/outreach/activities/{activity}/photos", form);
    }

    [Fact]
    public async Task Activities_RegisterFilterUpdateExportDelete()
    {
        const string Region = "330324";   // 永嘉县
        var staff = await UserAsync("staff", Region);
        var week = await CreatedAsync(staff, "/api/outreach/activities", Activity(Region, "科技活动周", "2025-05-18", 12_000, "2025年永嘉县科技活动周启动仪式"));
        await CreatedAsync(staff, "/api/outreach/activities", Activity(Region, "科技下乡", "2025-03-05", 450, "科技特派员下乡服务"));
        await CreatedAsync(staff, "/api/outreach/activities", Activity(Region, "科技培训", "2024-11-12", 120, "农村实用技术培训"));
        var id = week.GetProperty("id").GetString();

        async Task<string[]> TitlesAsync(string query) =>
            [.. (await Json(await staff.GetAsync($"/api/outreach/activities?region={Region}&{query}"))).GetProperty("items").EnumerateArray()
                .Select(a => a.GetProperty("title").GetString()!)];

        Assert.Equal(["2025年永嘉县科技活动周启动仪式", "科技特派员下乡服务", "农村实用技术培训"], await TitlesAsync("page=1"));   // newest first
        Assert.Equal(["农村实用技术培训"], await TitlesAsync("kind=科技培训"));
        Assert.Equal(["2025年永嘉县科技活动周启动仪式", "科技特派员下乡服务"], await TitlesAsync("year=2025"));
        Assert.Equal(["科技特派员下乡服务"], await TitlesAsync("q=特派员"));
        Assert.Equal("活动类型应为：科技活动周、全国科普日、科普活动、科技下乡、科技培训",
            FirstError(await Json(await staff.GetAsync("/api/outreach/activities?kind=讲座")), "kind"));
        Assert.Equal(("科技活动周", 12_000, "永嘉县"), (week.GetProperty("kind").GetString(), week.GetProperty("attendance").GetInt32(), week.GetProperty("regionName").GetString()));

        var updated = await staff.PutAsJsonAsync($"/api/outreach/activities/{id}", new
        {
            kind = "科技活动周", title = "2025年永嘉县科技活动周", organisers = "县科技局", place = "永嘉县文化中心", regionCode = Region,
            heldOn = "2025-05-18", attendance = 15_000, version = week.GetProperty("version").GetInt32(),
        });
        var stale = await staff.PutAsJsonAsync($"/api/outreach/activities/{id}", new
        {
            kind = "科技活动周", title = "旧版本", organisers = "县科技局", place = "永嘉县文化中心", regionCode = Region, heldOn = "2025-05-18", attendance = 1,
            version = week.GetProperty("version").GetInt32(),
        });
        var export = await staff.GetAsync($"/api/outreach/activities/export?region={Region}&year=2025");
        var deleted = await staff.DeleteAsync($"/api/outreach/activities/{id}");
        var gone = await staff.GetAsync($"/api/outreach/activities/{id}");

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(15_000, (await Json(updated)).GetProperty("attendance").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Activities_BadInput_Is400WithEveryReasonInChinese()
    {
        var staff = await UserAsync("staff", "330324");
        var future = app.Clock.TodayInChina().AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await staff.PostAsJsonAsync("/api/outreach/activities", new { kind = "讲座", title = " ", regionCode = "330324", heldOn = future, attendance = 0 });
        var city = await staff.PostAsJsonAsync("/api/outreach/activities", Activity("330300"));
        var problem = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("活动类型应为", FirstError(problem, "kind"));
        Assert.Equal("请填写活动名称", FirstError(problem, "title"));
        Assert.Equal("请填写主办单位", FirstError(problem, "organisers"));
        Assert.Equal("请填写活动地点", FirstError(problem, "place"));
        Assert.StartsWith("只登记已举办的活动：日期不能晚于今天", FirstError(problem, "heldOn"));
        Assert.Equal("请填写参与人次（1至1,000,000）", FirstError(problem, "attendance"));
        Assert.Equal(HttpStatusCode.BadRequest, city.StatusCode);
        Assert.Contains("不是县级区划", FirstError(await Json(city), "regionCode"));
    }

    [Fact]
    public async Task Photos_JpegAndPngByContent_OthersAndOversizeRefused_ServedBackTyped()
    {
        const string Region = "330305";   // 洞头区
        var staff = await UserAsync("staff", Region);
        var other = await UserAsync("staff", "330302");
        var activity = (await CreatedAsync(staff, "/api/outreach/activities", Activity(Region))).GetProperty("id").GetString()!;

        var png = await UploadAsync(staff, activity, Png, "现场.png");
        var renamed = await UploadAsync(staff, activity, Jpeg, "evil.html");
        var pdf = await UploadAsync(staff, activity, Encoding.ASCII.GetBytes("%PDF-1.4\n%x\n"), "伪装.jpg");
        var empty = await UploadAsync(staff, activity, [], "空.jpg");
        var big = new byte[5 * 1024 * 1024 + 100];
        Png.CopyTo(big, 0);
        var tooBig = await UploadAsync(staff, activity, big, "原图.png");
        var foreign = await UploadAsync(other, activity, Png, "别人的.png");
        var read = await Json(await staff.GetAsync($"/api/outreach/activities/{activity}"));
        var photoId = (await Json(renamed)).GetProperty("id").GetString();
        var file = await staff.GetAsync($"/api/outreach/activities/{activity}/photos/{photoId}");
        var otherReads = await other.GetAsync($"/api/outreach/activities/{activity}/photos/{photoId}");
        var removed = await staff.DeleteAsync($"/api/outreach/activities/{activity}/photos/{photoId}");

        Assert.Equal(HttpStatusCode.Created, png.StatusCode);
        Assert.Equal(("现场.png", "image/png"), ((await Json(png)).GetProperty("fileName").GetString(), (await Json(png)).GetProperty("contentType").GetString()));
        Assert.Equal(HttpStatusCode.Created, renamed.StatusCode);
        Assert.Equal("evil.jpg", (await Json(renamed)).GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Equal("只能上传 JPG 或 PNG 格式的照片（按文件内容判断，改扩展名无效）", FirstError(await Json(pdf), "file"));
        Assert.Equal("照片文件是空的", FirstError(await Json(empty), "file"));
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal("照片过大：单张不超过 5 MB，请压缩后再上传", FirstError(await Json(tooBig), "file"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(2, read.GetProperty("photos").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Jpeg, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, otherReads.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(1, (await Json(await staff.GetAsync($"/api/outreach/activities/{activity}"))).GetProperty("photos").GetArrayLength());
    }

    [Fact]
    public async Task ScienceBases_Register_DuplicateIs409_UpdateAndDelete()
    {
        const string Region = "330303";   // 龙湾区
        var staff = await UserAsync("staff", Region);
        var body = new { name = "龙湾区青少年科技馆", level = "市级", host = "龙湾区科协", regionCode = Region, recognisedOn = "2022-09-01" };

        var created = await CreatedAsync(staff, "/api/outreach/bases", body);
        var twice = await staff.PostAsJsonAsync("/api/outreach/bases", body);
        var bad = await staff.PostAsJsonAsync("/api/outreach/bases", new { name = "某基地", level = "乡级", regionCode = Region });
        await CreatedAsync(staff, "/api/outreach/bases", new { name = "瓯江口海洋科普馆", level = "省级", host = "某海洋公司", regionCode = Region, recognisedOn = "2024-03-01" });
        var id = created.GetProperty("id").GetString();
        var raised = await staff.PutAsJsonAsync($"/api/outreach/bases/{id}", body with { level = "省级" });
        var list = await Json(await staff.GetAsync($"/api/outreach/bases?region={Region}"));
        var deleted = await staff.DeleteAsync($"/api/outreach/bases/{id}");

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("龙湾区已登记科普基地“龙湾区青少年科技馆”", (await Json(twice)).GetProperty("detail").GetString());
        var problem = await Json(bad);
        Assert.Equal("认定级别应为：国家级、省级、市级、县级", FirstError(problem, "level"));
        Assert.Equal("请填写依托单位", FirstError(problem, "host"));
        Assert.Equal("请填写认定日期", FirstError(problem, "recognisedOn"));
        Assert.Equal("省级", (await Json(raised)).GetProperty("level").GetString());
        Assert.Equal(["龙湾区青少年科技馆", "瓯江口海洋科普馆"], list.EnumerateArray().Select(b => b.GetProperty("name").GetString()));   // 省级 first, then by date
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task Competition_EntriesRoundsScoresAndAwards()
    {
        const string Region = "330382";   // 乐清市
        var staff = await UserAsync("staff", Region);
        var enterprise = await EnterpriseAsync(Region, "乐清智能电气有限公司");
        var elsewhere = await EnterpriseAsync("330302", "鹿城某科技有限公司");
        var competition = await CreatedAsync(staff, "/api/competitions", new { year = 2025, name = "第十四届中国创新创业大赛乐清选拔赛", level = "县级", organiser = "乐清市科技局", regionCode = Region });
        var id = competition.GetProperty("id").GetString();
        var url = $"/api/competitions/{id}";

        var twice = await staff.PostAsJsonAsync("/api/competitions", new { year = 2025, name = "第十四届中国创新创业大赛乐清选拔赛", level = "县级", organiser = "乐清市科技局", regionCode = Region });
        var withEnterprise = await staff.PostAsJsonAsync($"{url}/entries", new { enterpriseId = enterprise, leader = "王工", track = "成长企业组", projectTitle = "智能断路器" });
        var withTeam = await staff.PostAsJsonAsync($"{url}/entries", new { teamName = "温州大学电气创新团队", leader = "李老师", track = "初创组", projectTitle = "柔性光伏支架" });
        var sameTitle = await staff.PostAsJsonAsync($"{url}/entries", new { teamName = "另一团队", projectTitle = "智能断路器" });
        var foreign = await staff.PostAsJsonAsync($"{url}/entries", new { enterpriseId = elsewhere, projectTitle = "外地项目" });
        var neither = await staff.PostAsJsonAsync($"{url}/entries", new { projectTitle = "无主体" });
        var both = await staff.PostAsJsonAsync($"{url}/entries", new { enterpriseId = enterprise, teamName = "团队", projectTitle = "两者" });
        Assert.Equal(HttpStatusCode.OK, withEnterprise.StatusCode);
        var entries = (await Json(withTeam)).GetProperty("entries");
        var firm = entries.EnumerateArray().Single(e => e.GetProperty("projectTitle").GetString() == "智能断路器");
        var team = entries.EnumerateArray().Single(e => e.GetProperty("projectTitle").GetString() == "柔性光伏支架");

        var round = await staff.PostAsJsonAsync($"{url}/rounds", new { stage = "决赛", heldOn = "2025-09-20" });
        var again = await staff.PostAsJsonAsync($"{url}/rounds", new { stage = "决赛", heldOn = "2025-09-21" });
        var badStage = await staff.PostAsJsonAsync($"{url}/rounds", new { stage = "半决赛", heldOn = "2025-09-21" });
        var roundId = (await Json(round)).GetProperty("rounds")[0].GetProperty("id").GetString();
        var scores = await staff.PutAsJsonAsync($"{url}/rounds/{roundId}/scores", new { scores = new[]
        {
            new { entryId = firm.GetProperty("id").GetString(), score = (decimal?)88.5m },
            new { entryId = team.GetProperty("id").GetString(), score = (decimal?)91m },
        } });
        var badScore = await staff.PutAsJsonAsync($"{url}/rounds/{roundId}/scores", new { scores = new[] { new { entryId = firm.GetProperty("id").GetString(), score = 101m } } });
        var noDate = await staff.PutAsJsonAsync($"{url}/entries/{team.GetProperty("id").GetString()}", new { teamName = "温州大学电气创新团队", projectTitle = "柔性光伏支架", award = "一等奖" });
        var badAward = await staff.PutAsJsonAsync($"{url}/entries/{team.GetProperty("id").GetString()}", new { teamName = "温州大学电气创新团队", projectTitle = "柔性光伏支架", award = "特等奖", awardedOn = "2025-09-20" });
        var awarded = await staff.PutAsJsonAsync($"{url}/entries/{team.GetProperty("id").GetString()}", new { teamName = "温州大学电气创新团队", leader = "李老师", track = "初创组", projectTitle = "柔性光伏支架", award = "一等奖", awardedOn = "2025-09-20" });
        var list = await Json(await staff.GetAsync($"/api/competitions?region={Region}&year=2025"));
        var export = await staff.GetAsync($"/api/competitions/export?region={Region}");

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withTeam.StatusCode);
        Assert.Equal(("乐清智能电气有限公司", false, true), (firm.GetProperty("name").GetString(), firm.GetProperty("isTeam").GetBoolean(), team.GetProperty("isTeam").GetBoolean()));
        Assert.Equal(HttpStatusCode.Conflict, sameTitle.StatusCode);
        Assert.Equal("关联的企业不存在，或不在当前账号的辖区内", FirstError(await Json(foreign), "enterpriseId"));   // another county's, for a county's staff
        Assert.Equal("请选择参赛企业，或填写团队名称", FirstError(await Json(neither), "enterpriseId"));
        Assert.Equal("参赛主体只能是一家企业或一个团队：选择了企业就不填团队名称", FirstError(await Json(both), "teamName"));
        Assert.Equal(HttpStatusCode.OK, round.StatusCode);
        Assert.Equal("本大赛已登记决赛", FirstError(await Json(again), "stage"));
        Assert.Equal("赛程应为：初赛、复赛、决赛", FirstError(await Json(badStage), "stage"));
        var ranked = (await Json(scores)).GetProperty("rounds")[0].GetProperty("scores");
        Assert.Equal([("柔性光伏支架", 91m, 1), ("智能断路器", 88.5m, 2)],
            ranked.EnumerateArray().Select(s => (s.GetProperty("projectTitle").GetString(), s.GetProperty("score").GetDecimal(), s.GetProperty("rank").GetInt32())));
        Assert.Equal("得分应在0至100之间，最多两位小数", FirstError(await Json(badScore), "scores[0].score"));
        Assert.Equal("请填写获奖日期（按获奖日期计入当年的获奖数）", FirstError(await Json(noDate), "awardedOn"));
        Assert.Equal("奖项应为：一等奖、二等奖、三等奖、优秀奖", FirstError(await Json(badAward), "award"));
        var won = (await Json(awarded)).GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("projectTitle").GetString() == "柔性光伏支架");
        Assert.Equal(("一等奖", "县级"), (won.GetProperty("award").GetString(), won.GetProperty("awardLevel").GetString()));   // the competition's level by default
        Assert.Equal((2, 1), (list.GetProperty("items")[0].GetProperty("entries").GetInt32(), list.GetProperty("items")[0].GetProperty("awards").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);

        var removed = await staff.DeleteAsync($"{url}/entries/{firm.GetProperty("id").GetString()}");
        var after = await Json(await staff.GetAsync(url));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(1, after.GetProperty("rounds")[0].GetProperty("scores").GetArrayLength());   // its score went with it
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Judges_DrawnFromThePool_AvoidConflicts_ReplayFromTheSeed()
    {
        const string Region = "330381";   // 瑞安市
        var admin = await app.AsAdmin();
        var staff = await UserAsync("staff", Region);
        var uscc = TestCodes.NewUscc(Region);
        var enterprise = await EnterpriseAsync(Region, "瑞安汽配科技有限公司", uscc);
        async Task<string> ExpertAsync(string name, string organisation, string? organisationUscc = null, object[]? relations = null, bool available = true) =>
            (await CreatedAsync(admin, "/api/experts", new { name, organisation, organisationUscc, regionCode = Region, fields = new[] { "先进制造" }, relations, available, unavailableReason = available ? null : "出差" }))
                .GetProperty("id").GetString()!;
        var conflicted = new[]
        {
            await ExpertAsync("同单位专家", "瑞安汽配科技有限公司"),                                        // the entrant's organisation
            await ExpertAsync("同代码专家", "瑞安汽配集团", uscc),                                          // the same USCC under another name
            await ExpertAsync("亲属专家", "温州医科大学", relations: [new { kind = "person", name = "陈队长", reason = "亲属" }]),
            await ExpertAsync("合作专家", "浙江工贸学院", relations: [new { kind = "organisation", name = "瑞安青年创客团队", reason = "合作" }]),
            await ExpertAsync("陈队长", "瑞安市创业园"),                                                      // leads an entry
        };
        var unavailable = await ExpertAsync("出差专家", "某研究院", available: false);
        var clean = new List<string>();
        for (var i = 1; i <= 7; i++)
        {
            clean.Add(await ExpertAsync($"评委{i}", $"第{i}研究所"));
        }
        var competition = await CreatedAsync(staff, "/api/competitions", new { year = 2025, name = "瑞安市创新创业大赛", level = "县级", organiser = "瑞安市科技局", regionCode = Region });
        var url = $"/api/competitions/{competition.GetProperty("id").GetString()}";
        var early = await staff.PostAsJsonAsync($"{url}/rounds", new { stage = "初赛", heldOn = "2025-06-10" });
        var emptyDraw = await staff.PostAsJsonAsync($"{url}/rounds/{(await Json(early)).GetProperty("rounds")[0].GetProperty("id").GetString()}/draw", new { judges = 3 });
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"{url}/entries", new { enterpriseId = enterprise, projectTitle = "新能源汽车电机控制器" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"{url}/entries", new { teamName = "瑞安青年创客团队", leader = "陈队长", projectTitle = "智能仓储机器人" })).StatusCode);
        var rounds = (await Json(await staff.PostAsJsonAsync($"{url}/rounds", new { stage = "复赛", heldOn = "2025-07-10" }))).GetProperty("rounds");
        rounds = (await Json(await staff.PostAsJsonAsync($"{url}/rounds", new { stage = "决赛", heldOn = "2025-08-10" }))).GetProperty("rounds");
        var ids = rounds.EnumerateArray().ToDictionary(r => r.GetProperty("stage").GetString()!, r => r.GetProperty("id").GetString()!);

        var tooMany = await staff.PostAsJsonAsync($"{url}/rounds/{ids["初赛"]}/draw", new { judges = 9 });
        var even = await staff.PostAsJsonAsync($"{url}/rounds/{ids["初赛"]}/draw", new { judges = 4 });
        var first = await Json(await staff.PostAsJsonAsync($"{url}/rounds/{ids["初赛"]}/draw", new { judges = 5 }));
        var drawn = first.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("stage").GetString() == "初赛");
        var seed = drawn.GetProperty("seed").GetInt64();
        var replay = await Json(await staff.PostAsJsonAsync($"{url}/rounds/{ids["复赛"]}/draw", new { judges = 5, seed }));
        var twice = await staff.PostAsJsonAsync($"{url}/rounds/{ids["初赛"]}/draw", new { judges = 5 });
        var leader = await UserAsync("leader", Region);
        var leaderDraws = await leader.PostAsJsonAsync($"{url}/rounds/{ids["决赛"]}/draw", new { judges = 3 });

        Assert.Equal(HttpStatusCode.Conflict, emptyDraw.StatusCode);
        Assert.StartsWith("还没有参赛项目", (await Json(emptyDraw)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);   // seven without a conflict: nine cannot be drawn
        Assert.StartsWith("未能抽取9名评委", (await Json(tooMany)).GetProperty("detail").GetString());
        Assert.Equal("评委人数应为 3 到 9 人的单数", FirstError(await Json(even), "judges"));
        string[] Judges(JsonElement round) => [.. round.GetProperty("judges").EnumerateArray().Select(j => j.GetProperty("expertId").GetString()!)];
        var judges = Judges(drawn);
        Assert.Equal(5, judges.Length);
        Assert.All(judges, j => Assert.Contains(j, clean));
        Assert.DoesNotContain(unavailable, judges);
        Assert.Empty(judges.Intersect(conflicted));
        Assert.Equal(judges, Judges(replay.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("stage").GetString() == "复赛")));
        Assert.Equal(seed, replay.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("stage").GetString() == "复赛").GetProperty("seed").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderDraws.StatusCode);
    }

    [Fact]
    public async Task Denials_EnterpriseAndOtherCounty_LeaderReadsOnly_CitySees()
    {
        const string Region = "330327";   // 苍南县
        var staff = await UserAsync("staff", Region);
        var other = await UserAsync("staff", "330302");
        var enterprise = await UserAsync("enterprise", Region);
        var leader = await UserAsync("leader", Region);
        var city = await UserAsync("staff", "330300");
        var expert = await UserAsync("expert", Region);
        var activity = (await CreatedAsync(staff, "/api/outreach/activities", Activity(Region))).GetProperty("id").GetString();
        var competition = (await CreatedAsync(staff, "/api/competitions", new { year = 2025, name = "苍南县创新创业大赛", level = "县级", organiser = "苍南县科技局", regionCode = Region })).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/outreach/activities")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync($"/api/outreach/activities/{activity}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/competitions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync($"/api/competitions/{competition}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync("/api/outreach/activities", Activity(Region))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync("/api/outreach/bases")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/outreach/activities/{activity}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/competitions/{competition}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/competitions/{competition}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/competitions/{competition}/entries", new { teamName = "x", projectTitle = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/outreach/activities", Activity(Region))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/competitions?region={Region}")).StatusCode);
        Assert.DoesNotContain((await Json(await other.GetAsync("/api/outreach/activities"))).GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == activity);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/competitions/{competition}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.DeleteAsync($"/api/outreach/activities/{activity}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"/api/outreach/activities/{activity}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/competitions")).StatusCode);
    }

    [Fact]
    public async Task Summary_SaysEventsAttendanceTrainingsAndAwards_WithTheIndicators()
    {
        const string Region = "330329";   // 泰顺县
        var staff = await UserAsync("staff", Region);
        var admin = await app.AsAdmin();
        await CreatedAsync(staff, "/api/outreach/activities", Activity(Region, "科技下乡", "2025-03-12", 500, "科技下乡集中服务"));
        await CreatedAsync(staff, "/api/outreach/activities", Activity(Region, "科技活动周", "2025-05-18", 12_000, "泰顺县科技活动周"));
        await CreatedAsync(staff, "/api/outreach/activities", Activity(Region, "全国科普日", "2025-09-20", 8_000, "全国科普日泰顺主场"));
        await CreatedAsync(staff, "/api/outreach/activities", Activity(Region, "科技培训", "2025-06-05", 300, "茶叶种植技术培训"));
        await CreatedAsync(staff, "/api/outreach/activities", Activity(Region, "科普活动", "2024-10-01", 600, "去年的活动"));
        await CreatedAsync(staff, "/api/outreach/bases", new { name = "泰顺县科技馆", level = "县级", host = "泰顺县科协", regionCode = Region, recognisedOn = "2023-04-01" });
        var competition = await CreatedAsync(staff, "/api/competitions", new { year = 2025, name = "温州市创新创业大赛", level = "市级", organiser = "温州市科技局", regionCode = Region });
        var url = $"/api/competitions/{competition.GetProperty("id").GetString()}/entries";
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync(url, new { teamName = "泰顺茶创团队", projectTitle = "茶叶深加工", award = "二等奖", awardedOn = "2025-10-15" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync(url, new { teamName = "泰顺竹创团队", projectTitle = "竹材新材料", award = "优秀奖", awardLevel = "市级", awardedOn = "2025-10-15" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync(url, new { teamName = "泰顺民宿团队", projectTitle = "数字民宿" })).StatusCode);

        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year=2025&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "outreach");
        var sentence = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

        // Three events against one the year before: the tone table praises the rise (Reports/SummaryTone.cs).
        Assert.Equal("一是科普和创新创业工作成效明显。全年举办科技活动周、科普活动3场，参与2.05万人次；开展科技培训1期，培训300人次；组织参加创新创业大赛，获奖2项。", sentence);
        Assert.Equal((3m, 20_500m, 300m, 2m, 1m), await IndicatorsAsync(admin, Region, 12));
        Assert.Equal((1m, 500m, 0m, 0m, 1m), await IndicatorsAsync(admin, Region, 4));
    }

    [Fact]
    public async Task Summary_NothingInThePeriod_NoSection()
    {
        const string Region = "330383";   // 龙港市: only an activity of the year before
        var staff = await UserAsync("staff", Region);
        var admin = await app.AsAdmin();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/indicators/patent_grants/values/{Region}/2025/12", new { value = 10m })).StatusCode);
        await CreatedAsync(staff, "/api/outreach/activities", Activity(Region, "科普活动", "2024-06-01", 300));

        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year=2025&period=FY"));

        Assert.DoesNotContain(summary.GetProperty("sections").EnumerateArray(), s => s.GetProperty("module").GetString() == "outreach");
    }

    /// <summary>The pages are the bureau's; content renders in the circuit (no prerendering).</summary>
    [Fact]
    public async Task ThePages_OpenForTheBureau_OthersGoToTheForbiddenPage()
    {
        var staffName = ApiFixture.Unique("page");
        var expertName = ApiFixture.Unique("page");
        await app.CreateUserAsync(staffName, "330305", "staff");
        await app.CreateUserAsync(expertName, "330305", "expert");
        var staff = await app.WithCookie(staffName);

        var outreach = await staff.GetAsync("/outreach");
        var competitions = await staff.GetAsync("/competitions");
        var expert = await (await app.WithCookie(expertName)).GetAsync("/competitions");

        Assert.Equal(HttpStatusCode.OK, outreach.StatusCode);
        Assert.Equal(HttpStatusCode.OK, competitions.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, expert.StatusCode);
        Assert.Equal("/forbidden?ReturnUrl=%2Fcompetitions", expert.Headers.Location!.PathAndQuery());
    }

    private static async Task<(decimal?, decimal?, decimal?, decimal?, decimal?)> IndicatorsAsync(HttpClient admin, string region, int month)
    {
        var rows = await Json(await admin.GetAsync($"/api/indicators/report?region={region}&year=2025&month={month}"));
        decimal? Actual(string code)
        {
            var row = rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
            return row.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : row.GetProperty("actual").GetDecimal();
        }
        return (Actual("outreach_events"), Actual("outreach_attendance"), Actual("training_attendance"), Actual("competition_awards"), Actual("science_bases"));
    }
}
