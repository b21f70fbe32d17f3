using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteTalentApiTests(SqliteApiFixture fixture) : TalentApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresTalentApiTests(PostgresApiFixture fixture) : TalentApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 人才 (docs/domain.md §7.7): the programmes as data, applications and awards with personal data for the bureau only
/// (an enterprise user's request is 404), yearly checks, recruits reported by enterprises (another's: 404), foreign
/// experts with the permits expiring within 60 days, and what it all feeds — figures, three indicators and the summary's
/// sentence. Each test uses its own county.
/// </summary>
public abstract class TalentApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string National = "0193f000-0000-7000-8000-000000000701";
    private const string Kunpeng = "0193f000-0000-7000-8000-000000000703";
    private const string Wenzhou = "0193f000-0000-7000-8000-000000000706";

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string FirstError(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    private async Task<string> EnterpriseAsync(HttpClient admin, string region, string name = "人才测试企业")
    {
        var response = await admin.PostAsJsonAsync("/api/enterprises", new
        {
            name = name + ApiFixture.Unique("e"), uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2015-05-20",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    private async Task<(HttpClient Client, string Name)> EnterpriseUserAsync(string region, string enterpriseId)
    {
        var name = ApiFixture.Unique("tlent");
        var admin = await app.AsAdmin();
        (await admin.PostAsJsonAsync("/api/users", new
        {
            userName = name, displayName = "企业填报员", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId,
        })).EnsureSuccessStatusCode();
        return (await app.As(name), name);
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;

    /// <summary>A valid 居民身份证 number (its check character computed), born on 1988-05-12.</summary>
    private static string IdCard(string region = "330326", string sequence = "123")
    {
        var first = region + "19880512" + sequence;
        return first + Kechuang.Talent.TalentRules.IdCardCheck(first);
    }

    [Fact]
    public async Task Programmes_AreSeeded_AndKeptByAdministratorsOfTheirRegion()
    {
        const string Region = "330324";   // 永嘉县
        var admin = await app.AsAdmin();
        await app.CreateUserAsync("tpadmin324", Region, "admin");
        await app.CreateUserAsync("tpstaff324", Region, "staff");
        var countyAdmin = await app.As("tpadmin324");
        var staff = await app.As("tpstaff324");

        var list = await Json(await staff.GetAsync("/api/talent/programmes"));
        var created = await CreatedAsync(countyAdmin, "/api/talent/programmes", new { name = "永嘉县“瓯江英才”计划", regionCode = Region, annualFunding = 100_000m, fundingYears = 3 });
        var twice = await countyAdmin.PostAsJsonAsync("/api/talent/programmes", new { name = "永嘉县“瓯江英才”计划", regionCode = Region });
        var provincial = await countyAdmin.PutAsJsonAsync($"/api/talent/programmes/{Kunpeng}", new { name = "改名", regionCode = "330000" });
        var byStaff = await staff.PostAsJsonAsync("/api/talent/programmes", new { name = "员工建的计划", regionCode = Region });
        var town = await admin.PostAsJsonAsync("/api/talent/programmes", new { name = "乡镇计划", regionCode = "330326101" });
        await CreatedAsync(admin, "/api/talent/awards", new
        {
            programmeId = Id(created), institution = "永嘉县人民医院", regionCode = Region, personName = "王某", degree = "硕士", field = "临床医学", appliedOn = "2025-03-01",
        });
        var delete = await countyAdmin.DeleteAsync($"/api/talent/programmes/{Id(created)}");

        var names = list.EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("level").GetString())).ToList();
        Assert.Contains(("浙江省“鲲鹏行动”计划", "省级"), names);
        Assert.Contains(("国家海外高层次人才引进计划", "国家级"), names);
        Assert.Contains(("温州市“瓯越英才计划”", "市级"), names);
        Assert.Equal("县级", created.GetProperty("level").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, provincial.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, town.StatusCode);
        Assert.Contains("乡镇", FirstError(await Json(town), "regionCode"));
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Contains("停止申报", (await Json(delete)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Award_FundingDefaultsToTheProgrammes_YearlyCheckIsRecorded()
    {
        const string Region = "330382";   // 乐清市
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, Region);
        var programme = await CreatedAsync(admin, "/api/talent/programmes", new { name = "乐清市人才计划" + ApiFixture.Unique("p"), regionCode = Region, annualFunding = 100_000m, fundingYears = 3 });
        var idNumber = IdCard(Region);

        var award = await CreatedAsync(admin, "/api/talent/awards", new
        {
            programmeId = Id(programme), enterpriseId = enterprise, personName = "李某", gender = "男", idType = "居民身份证", idNumber,
            degree = "博士", field = "电气工程", appliedOn = "2024-04-01", decidedOn = "2024-10-15", fundingPaid = 100_000m,
        });
        var check = await admin.PostAsJsonAsync($"/api/talent/awards/{Id(award)}/checks", new { year = 2025, result = "合格", checkedOn = "2025-12-20" });
        var early = await admin.PostAsJsonAsync($"/api/talent/awards/{Id(award)}/checks", new { year = 2023, result = "合格", checkedOn = "2024-01-20" });
        var badResult = await admin.PostAsJsonAsync($"/api/talent/awards/{Id(award)}/checks", new { year = 2025, result = "优秀", checkedOn = "2025-12-20" });
        var fetched = await Json(await admin.GetAsync($"/api/talent/awards/{Id(award)}"));

        Assert.Equal("已入选", award.GetProperty("status").GetString());
        Assert.Equal(300_000m, award.GetProperty("fundingGranted").GetDecimal());
        Assert.Equal(100_000m, award.GetProperty("fundingPaid").GetDecimal());
        Assert.StartsWith("人才测试企业", award.GetProperty("employer").GetString());
        Assert.Equal(Region, award.GetProperty("regionCode").GetString());
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("考核年度（2023年）不能早于入选年度（2024年）", FirstError(await Json(early), "year"));
        Assert.Equal("考核结果应为合格或不合格", FirstError(await Json(badResult), "result"));
        Assert.Equal(idNumber, fetched.GetProperty("idNumber").GetString());
        var checks = fetched.GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("year").GetInt32(), c.GetProperty("result").GetString())).ToList();
        Assert.Equal([(2025, "合格")], checks);
    }

    [Fact]
    public async Task Award_BadInput_Is400WithChineseReasons()
    {
        const string Region = "330382";
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, Region);
        var good = IdCard(Region, "456");
        var wrongCheck = good[..17] + (good[17] == '0' ? '1' : '0');
        object Body(object? idNumber = null, string appliedOn = "2025-03-01", string? decidedOn = null, decimal? granted = null, decimal? paid = null,
            string? programmeId = Kunpeng) => new
        {
            programmeId, enterpriseId = enterprise, personName = "赵某", degree = "博士", field = "新材料", appliedOn, decidedOn,
            idType = idNumber is null ? null : "居民身份证", idNumber, fundingGranted = granted, fundingPaid = paid,
        };

        var badId = await admin.PostAsJsonAsync("/api/talent/awards", Body(wrongCheck));
        var decidedFirst = await admin.PostAsJsonAsync("/api/talent/awards", Body(appliedOn: "2025-05-01", decidedOn: "2025-04-01"));
        var overpaid = await admin.PostAsJsonAsync("/api/talent/awards", Body(decidedOn: "2025-06-01", granted: 100_000m, paid: 200_000m));
        var noProgramme = await admin.PostAsJsonAsync("/api/talent/awards", Body(programmeId: null));
        var institution = await admin.PostAsJsonAsync("/api/talent/awards", new { programmeId = Kunpeng, institution = "温州医科大学附属医院", personName = "钱某", degree = "博士", field = "医学", appliedOn = "2025-03-01" });
        var unknownEnterprise = await admin.PostAsJsonAsync("/api/talent/awards", new { programmeId = Kunpeng, enterpriseId = Guid.NewGuid(), personName = "钱某", degree = "博士", field = "医学", appliedOn = "2025-03-01" });

        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal($"居民身份证号码“{wrongCheck}”校验位有误：应为 {good[17]}，而不是 {wrongCheck[17]}", FirstError(await Json(badId), "idNumber"));
        Assert.Equal("评审结果日期（2025年4月1日）不能早于申报日期（2025年5月1日）", FirstError(await Json(decidedFirst), "decidedOn"));
        Assert.Equal("已拨付经费（20.00万元）不能超过资助经费（10.00万元）", FirstError(await Json(overpaid), "fundingPaid"));
        Assert.Equal("请选择人才计划", FirstError(await Json(noProgramme), "programmeId"));
        Assert.Equal(HttpStatusCode.BadRequest, institution.StatusCode);
        Assert.Equal("请填写所在县（市、区）的区划代码", FirstError(await Json(institution), "regionCode"));
        Assert.Equal(HttpStatusCode.NotFound, unknownEnterprise.StatusCode);
    }

    [Fact]
    public async Task PersonalData_IsTheBureaus_EnterpriseUsersAndOtherCountiesGet404()
    {
        const string Region = "330327";   // 苍南县
        var admin = await app.AsAdmin();
        var own = await EnterpriseAsync(admin, Region, "本企业");
        var (user, _) = await EnterpriseUserAsync(Region, own);
        var award = await CreatedAsync(admin, "/api/talent/awards", new
        {
            programmeId = Kunpeng, enterpriseId = own, personName = "孙某", idType = "居民身份证", idNumber = IdCard(Region), degree = "博士",
            field = "生物医药", appliedOn = "2025-02-01",
        });
        await app.CreateUserAsync("tstaff302", "330302", "staff");
        var elsewhere = await app.As("tstaff302");
        await app.CreateUserAsync("tleader327", Region, "leader");
        var leader = await app.As("tleader327");

        var peek = await user.GetAsync($"/api/talent/awards/{Id(award)}");
        var edit = await user.PutAsJsonAsync($"/api/talent/awards/{Id(award)}", new { programmeId = Kunpeng, enterpriseId = own, personName = "孙某", degree = "博士", field = "x", appliedOn = "2025-02-01" });
        var list = await user.GetAsync("/api/talent/awards");
        var export = await user.GetAsync("/api/talent/awards/export");
        var otherCounty = await elsewhere.GetAsync($"/api/talent/awards/{Id(award)}");
        var leaderRead = await leader.GetAsync($"/api/talent/awards/{Id(award)}");
        var leaderWrite = await leader.DeleteAsync($"/api/talent/awards/{Id(award)}");

        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCounty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderWrite.StatusCode);
    }

    [Fact]
    public async Task Recruits_EnterpriseUsersFileAndSeeTheirOwn_AnothersIs404()
    {
        const string Region = "330329";   // 泰顺县
        var admin = await app.AsAdmin();
        var own = await EnterpriseAsync(admin, Region, "本企业");
        var other = await EnterpriseAsync(admin, Region, "他企业");
        var (user, _) = await EnterpriseUserAsync(Region, own);
        var theirs = await CreatedAsync(admin, "/api/talent/recruits", new { enterpriseId = other, personName = "周某", degree = "博士", school = "浙江大学", recruitedOn = "2025-07-01" });

        var mine = await CreatedAsync(user, "/api/talent/recruits", new { personName = "吴某", degree = "硕士", school = "温州大学", major = "机械工程", recruitedOn = "2025-07-15" });
        var forOther = await user.PostAsJsonAsync("/api/talent/recruits", new { enterpriseId = other, personName = "郑某", degree = "硕士", school = "温州大学", recruitedOn = "2025-07-15" });
        var list = await Json(await user.GetAsync("/api/talent/recruits"));
        var peek = await user.GetAsync($"/api/talent/recruits/{Id(theirs)}");
        var delete = await user.DeleteAsync($"/api/talent/recruits/{Id(theirs)}");
        var bureau = await Json(await admin.GetAsync($"/api/talent/recruits?region={Region}"));
        var badDegree = await user.PostAsJsonAsync("/api/talent/recruits", new { personName = "冯某", degree = "本科", school = "温州大学", recruitedOn = "2025-07-15" });
        var future = await user.PostAsJsonAsync("/api/talent/recruits", new { personName = "冯某", degree = "硕士", school = "温州大学", recruitedOn = "2099-07-15" });
        var experts = await user.GetAsync("/api/talent/experts");

        Assert.Equal(own, mine.GetProperty("enterpriseId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);
        Assert.Equal([Id(mine)], list.GetProperty("items").EnumerateArray().Select(Id));
        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(2, bureau.GetProperty("total").GetInt32());
        Assert.Equal("学历应为硕士、博士或博士后", FirstError(await Json(badDegree), "degree"));
        Assert.StartsWith("招引（入职）日期不能晚于今天", FirstError(await Json(future), "recruitedOn"));
        Assert.Equal(HttpStatusCode.Forbidden, experts.StatusCode);
    }

    [Fact]
    public async Task ForeignExperts_ListThePermitsExpiringWithin60Days()
    {
        const string Region = "330303";   // 龙湾区
        var admin = await app.AsAdmin();
        var today = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date;
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        object Body(string name, int to, string category = "A类") => new
        {
            name, nationality = "德国", permitCategory = category, employer = "龙湾某公司", regionCode = Region, validFrom = Day(-300), validTo = Day(to),
        };
        await CreatedAsync(admin, "/api/talent/experts", Body("Anna Schmidt", 10));
        await CreatedAsync(admin, "/api/talent/experts", Body("Ben Müller", 90, "b"));
        await CreatedAsync(admin, "/api/talent/experts", Body("Carl Braun", -5));

        var expiring = await Json(await admin.GetAsync($"/api/talent/experts?region={Region}&expiring=true"));
        var categoryB = await Json(await admin.GetAsync($"/api/talent/experts?region={Region}&category=B"));
        var badCategory = await admin.PostAsJsonAsync("/api/talent/experts", Body("Dora", 100, "D类"));
        var backwards = await admin.PostAsJsonAsync("/api/talent/experts", new { name = "Eva", nationality = "法国", permitCategory = "C类", employer = "某校", regionCode = Region, validFrom = "2025-05-01", validTo = "2025-04-01" });
        var export = await admin.GetAsync($"/api/talent/experts/export?region={Region}");

        Assert.Equal(["Anna Schmidt"], expiring.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.True(expiring.GetProperty("items")[0].GetProperty("expiring").GetBoolean());
        Assert.Equal("B类", categoryB.GetProperty("items")[0].GetProperty("permitCategory").GetString());
        Assert.Equal("工作许可类别应为A类、B类或C类", FirstError(await Json(badCategory), "permitCategory"));
        Assert.Equal("有效期止（2025年4月1日）应晚于有效期起（2025年5月1日）", FirstError(await Json(backwards), "validTo"));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task Figures_Indicators_AndSummary_CountAwardsAndRecruits()
    {
        const string Region = "330328";   // 文成县
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, Region);
        async Task Award(string programme, string decided, string status = "已入选", decimal? granted = null) =>
            await CreatedAsync(admin, "/api/talent/awards", new
            {
                programmeId = programme, enterpriseId = enterprise, personName = "人才" + ApiFixture.Unique("n")[..6], degree = "博士", field = "新材料",
                appliedOn = "2024-01-10", decidedOn = decided, status, fundingGranted = granted,
            });
        async Task Recruit(string degree, string on) =>
            await CreatedAsync(admin, "/api/talent/recruits", new { enterpriseId = enterprise, personName = "新人" + ApiFixture.Unique("r")[..6], degree, school = "浙江工业大学", recruitedOn = on });
        // 2025: one national, two provincial (省级以上 3), one city; one provincial refused; one provincial of 2024.
        await Award(National, "2025-03-01", granted: 1_000_000m);
        await Award(Kunpeng, "2025-05-01", granted: 500_000m);
        await Award(Kunpeng, "2025-11-01");
        await Award(Wenzhou, "2025-06-01");
        await Award(Kunpeng, "2025-06-01", "未入选");
        await Award(Kunpeng, "2024-12-01");
        foreach (var (degree, on) in new[] { ("硕士", "2025-07-01"), ("硕士", "2025-07-02"), ("硕士", "2025-08-01"), ("博士", "2025-09-01"), ("博士后", "2025-03-01"), ("博士后", "2025-10-01"), ("硕士", "2024-07-01") })
        {
            await Recruit(degree, on);
        }

        var figures = await Json(await admin.GetAsync($"/api/talent/figures?region={Region}&year=2025"));
        var row = figures.GetProperty("rows")[0];
        Assert.Equal(1, row.GetProperty("national").GetInt32());
        Assert.Equal(2, row.GetProperty("provincial").GetInt32());
        Assert.Equal(1, row.GetProperty("city").GetInt32());
        Assert.Equal(3, row.GetProperty("provincialOrAbove").GetInt32());
        Assert.Equal(1_500_000m, row.GetProperty("fundingGranted").GetDecimal());
        Assert.Equal(3, row.GetProperty("masters").GetInt32());
        Assert.Equal(1, row.GetProperty("doctors").GetInt32());
        Assert.Equal(2, row.GetProperty("postdocs").GetInt32());
        var kunpeng = figures.GetProperty("programmes").EnumerateArray().Single(p => p.GetProperty("programmeId").GetString() == Kunpeng);
        Assert.Equal(2, kunpeng.GetProperty("awarded").GetInt32());

        var rows = await Json(await admin.GetAsync($"/api/indicators/report?region={Region}&year=2025&month=12"));
        decimal Actual(string code) => rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code).GetProperty("actual").GetDecimal();
        Assert.Equal(3m, Actual("talents_awarded"));
        Assert.Equal(4m, Actual("postgraduates_recruited"));
        Assert.Equal(2m, Actual("postdocs_recruited"));

        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year=2025&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "talent");
        var sentence = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Contains("全县入选省级以上人才计划3人，新招引研究生4名、博士后2名。", sentence);

        // Half year: June's end — 2 awarded (national in March, provincial in May), no postgraduates yet, one postdoc.
        var half = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year=2025&period=H1"));
        var halfSentence = string.Concat(half.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "talent")
            .GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Contains("全县入选省级以上人才计划2人，新招引博士后1名。", halfSentence);
    }

    [Fact]
    public async Task Summary_NoAwardsNoRecruits_NoSection()
    {
        var admin = await app.AsAdmin();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/indicators/patent_grants/values/330381/2025/12", new { value = 10m })).StatusCode);
        // An application still pending is no award.
        await CreatedAsync(admin, "/api/talent/awards", new { programmeId = Kunpeng, enterpriseId = await EnterpriseAsync(admin, "330381"), personName = "陈某", degree = "博士", field = "x", appliedOn = "2025-02-01" });
        var summary = await Json(await admin.GetAsync("/api/reports/summary?region=330381&year=2025&period=FY"));

        Assert.DoesNotContain(summary.GetProperty("sections").EnumerateArray(), s => s.GetProperty("module").GetString() == "talent");
    }

    [Fact]
    public async Task RecruitImport_AllOrNothing_NamesRowAndColumn_ThenImportsAndExports()
    {
        const string Region = "330305";   // 洞头区
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, Region, "洞头人才企业");
        var name = (await Json(await admin.GetAsync($"/api/enterprises/{enterprise}"))).GetProperty("name").GetString()!;
        Dictionary<string, object?> Row(string person, string degree, string employer) => new()
        {
            ["姓名"] = person, ["学历"] = degree, ["毕业院校（博士后为设站单位）"] = "宁波大学", ["专业"] = "海洋科学", ["入职日期"] = "2025-07-01",
            ["企业名称"] = employer, ["统一社会信用代码"] = null,
        };

        var refused = await Json(await admin.PostAsync("/api/talent/recruits/import", TestSheets.Upload("招引.xlsx", Row("甲", "硕士", name), Row("乙", "大专", name), Row("丙", "博士", "不存在的企业"))));
        var none = (await Json(await admin.GetAsync("/api/talent/recruits?region=" + Region))).GetProperty("total").GetInt32();
        var imported = await Json(await admin.PostAsync("/api/talent/recruits/import", TestSheets.Upload("招引.xlsx", Row("甲", "硕士", name), Row("乙", "博士后", name))));
        var export = await admin.GetAsync("/api/talent/recruits/export?region=" + Region);

        Assert.False(refused.GetProperty("written").GetBoolean());
        var errors = refused.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "学历"), errors);
        Assert.Contains((4, "企业名称"), errors);
        Assert.Equal(0, none);
        Assert.Equal(2, imported.GetProperty("created").GetInt32());
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True((await export.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Fact]
    public async Task Pages_RenderForTheBureau_RecruitsForEnterprises_AndNotForExperts()
    {
        const string Region = "330326";
        var admin = await app.AsAdmin();
        var enterprise = await EnterpriseAsync(admin, Region);
        await CreatedAsync(admin, "/api/talent/recruits", new { enterpriseId = enterprise, personName = "页面", degree = "硕士", school = "温州大学", recruitedOn = "2025-07-01" });
        var staff = ApiFixture.Unique("tpage");
        await app.CreateUserAsync(staff, Region, "staff");
        var expert = ApiFixture.Unique("texpert");
        await app.CreateUserAsync(expert, Region, "expert");
        var (_, entName) = await EnterpriseUserAsync(Region, enterprise);
        var bureau = await app.WithCookie(staff);
        var outsider = await app.WithCookie(expert);
        var company = await app.WithCookie(entName);

        foreach (var page in new[] { "/talent/awards", "/talent/programmes", "/talent/recruits", "/talent/experts", "/talent/figures" })
        {
            Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await outsider.GetAsync(page)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await company.GetAsync("/talent/recruits")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await company.GetAsync("/talent/awards")).StatusCode);
    }
}
