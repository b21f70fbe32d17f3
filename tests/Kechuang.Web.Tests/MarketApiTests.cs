using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Data;
using Kechuang.Market.Needs;
using Kechuang.Market.Search;
using Kechuang.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Kechuang.Web.Tests;

public sealed class SqliteMarketApiTests(SqliteApiFixture fixture) : MarketApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresMarketApiTests(PostgresApiFixture fixture) : MarketApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// The 产学研 technology market (docs/domain.md §7.1): needs filed by enterprises and reviewed by the bureau,
/// achievements with checked patent numbers, the scopes, the sheets in and out, and the search and recommendations
/// over the database through the matching engine. Each test uses its own county.
/// </summary>
public abstract class MarketApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string[] Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    private async Task<HttpClient> UserAsync(string role, string region, string? enterpriseId = null)
    {
        var name = ApiFixture.Unique(role);
        var admin = await app.AsAdmin();
        var created = await admin.PostAsJsonAsync("/api/users", new
        {
            userName = name, displayName = "市场" + role, password = "Passw0rd-1", regionCode = region, roles = new[] { role }, enterpriseId,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return await app.As(name);
    }

    private async Task<(string Id, string Uscc)> EnterpriseAsync(string region, string name)
    {
        var admin = await app.AsAdmin();
        var uscc = TestCodes.NewUscc(region);
        var body = await Json(await admin.PostAsJsonAsync("/api/enterprises", new { name = name + ApiFixture.Unique("")[..6], uscc, regionCode = region, foundedOn = "2015-03-01" }));
        return (body.GetProperty("id").GetString()!, uscc);
    }

    private static object Need(string title, string[] keywords, string? enterpriseId = null, string description = "", decimal? min = null, decimal? max = null,
        string? status = null, int? version = null) => new
    {
        title, description, keywords, field = "智能装备", cooperationMode = "技术开发", budgetMin = min, budgetMax = max, deadline = "2027-06-30", enterpriseId, status, version,
    };

    private static object Achievement(string title, string[] keywords, string description = "", string holder = "温州大学", string[]? patents = null, int? version = null) => new
    {
        title, holder, description, keywords, field = "智能装备", stage = "中试", transferMode = "许可", price = 300_000m,
        patents = (patents ?? []).Select(p => new { number = p, expiresOn = "2043-05-10" }).ToArray(), version,
    };

    private static List<string> Titles(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];

    [Fact]
    public async Task Need_FiledByItsEnterprise_WaitsForReview_PublishedOrReturnedWithReason_AndAnEditGoesBackToReview()
    {
        const string Region = "330327";   // 苍南县
        var (own, _) = await EnterpriseAsync(Region, "苍南恒达机械有限公司");
        var (other, _) = await EnterpriseAsync(Region, "苍南美印包装有限公司");
        var owner = await UserAsync("enterprise", Region, own);
        var stranger = await UserAsync("enterprise", Region, other);
        var staff = await UserAsync("staff", Region);
        var leader = await UserAsync("leader", Region);
        var elsewhere = await UserAsync("staff", "330328");

        var filed = await owner.PostAsJsonAsync("/api/market/needs", Need("冲压件毛刺在线检测", ["毛刺", "在线检测"], description: "<script>alert(1)</script>冲压件边缘毛刺靠人工"));
        var need = await Json(filed);
        var id = need.GetProperty("id").GetString();
        var forOther = await owner.PostAsJsonAsync("/api/market/needs", Need("代别人登记", ["毛刺"], other));
        var strangerReads = await stranger.GetAsync($"/api/market/needs/{id}");
        var strangerWrites = await stranger.PutAsJsonAsync($"/api/market/needs/{id}", Need("改别人的需求", ["毛刺"]));
        var strangerList = await Json(await stranger.GetAsync("/api/market/needs"));
        var ownerPublishes = await owner.PostAsync($"/api/market/needs/{id}/publish", null);
        var leaderPublishes = await leader.PostAsync($"/api/market/needs/{id}/publish", null);
        var elsewhereReads = await elsewhere.GetAsync($"/api/market/needs/{id}");
        var pendingList = await Json(await staff.GetAsync($"/api/market/needs?review={Uri.EscapeDataString("待审核")}"));

        var published = await Json(await staff.PostAsync($"/api/market/needs/{id}/publish", null));
        var strangerReadsPublished = await stranger.GetAsync($"/api/market/needs/{id}");
        var noReason = await staff.PostAsJsonAsync($"/api/market/needs/{id}/return", new { reason = " " });
        var returned = await Json(await staff.PostAsJsonAsync($"/api/market/needs/{id}/return", new { reason = "请补充技术指标" }));
        var edited = await Json(await owner.PutAsJsonAsync($"/api/market/needs/{id}", Need("冲压件毛刺在线检测", ["毛刺", "在线检测"], min: 100_000m, max: 300_000m)));
        var badBudget = await Json(await owner.PutAsJsonAsync($"/api/market/needs/{id}", Need("冲压件毛刺在线检测", ["毛刺"], min: 300_000m, max: 100_000m)));

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.Equal("待审核", need.GetProperty("review").GetString());
        Assert.Equal("征集中", need.GetProperty("status").GetString());
        Assert.Equal("<script>alert(1)</script>冲压件边缘毛刺靠人工", need.GetProperty("description").GetString());   // plain text, kept as written
        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerWrites.StatusCode);
        Assert.Equal(0, strangerList.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, ownerPublishes.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderPublishes.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhereReads.StatusCode);
        Assert.Contains("冲压件毛刺在线检测", Titles(pendingList));
        Assert.Equal("已发布", published.GetProperty("review").GetString());
        Assert.Equal(HttpStatusCode.OK, strangerReadsPublished.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("已退回", returned.GetProperty("review").GetString());
        Assert.Equal("请补充技术指标", returned.GetProperty("returnReason").GetString());
        Assert.Equal("待审核", edited.GetProperty("review").GetString());
        Assert.Equal(300_000m, edited.GetProperty("budgetMax").GetDecimal());
        Assert.Contains("低于下限", Errors(badBudget, "budgetMax")[0]);
    }

    [Fact]
    public async Task Need_FiledByTheBureau_IsPublished_ForAnEnterpriseOfItsCountyOnly()
    {
        const string Region = "330328";   // 文成县
        var (own, _) = await EnterpriseAsync(Region, "文成绿源食品有限公司");
        var (far, _) = await EnterpriseAsync("330305", "洞头海产有限公司");
        var staff = await UserAsync("staff", Region);

        var filed = await Json(await staff.PostAsJsonAsync("/api/market/needs", Need("杨梅保鲜技术", ["保鲜", "冷链"], own)));
        var farAway = await staff.PostAsJsonAsync("/api/market/needs", Need("海产品保鲜", ["保鲜"], far));
        var noEnterprise = await Json(await staff.PostAsJsonAsync("/api/market/needs", new { title = "缺企业", cooperationMode = "技术咨询" }));
        var badMode = await Json(await staff.PostAsJsonAsync("/api/market/needs", new { title = "方式不对", cooperationMode = "买断", enterpriseId = own }));

        Assert.Equal("已发布", filed.GetProperty("review").GetString());
        Assert.Equal(Region, filed.GetProperty("regionCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, farAway.StatusCode);
        Assert.Equal("请选择提出需求的企业", Errors(noEnterprise, "enterpriseId")[0]);
        Assert.Contains("技术开发、技术转让、技术许可、技术咨询、共建", Errors(badMode, "cooperationMode")[0]);
    }

    [Fact]
    public async Task Achievement_PatentNumbers_AreCheckedByTheirCheckDigit_NamingTheExpectedDigit()
    {
        const string Region = "330324";   // 永嘉县
        var staff = await UserAsync("staff", Region);
        var (enterprise, _) = await EnterpriseAsync(Region, "永嘉泵阀有限公司");
        var enterpriseUser = await UserAsync("enterprise", Region, enterprise);

        var wrong = await Json(await staff.PostAsJsonAsync("/api/market/achievements", Achievement("阀门密封面激光熔覆", ["激光熔覆"], patents: ["ZL202310123456.7"])));
        var shape = await Json(await staff.PostAsJsonAsync("/api/market/achievements", Achievement("阀门密封面激光熔覆", ["激光熔覆"], patents: ["ZL2023101234.5"])));
        var created = await staff.PostAsJsonAsync("/api/market/achievements", Achievement("阀门密封面激光熔覆", ["激光熔覆"],
            patents: ["ZL202310123456.6", "202310000002X", "cn 98123456.9"]));
        var body = await Json(created);
        var byEnterprise = await enterpriseUser.PostAsJsonAsync("/api/market/achievements", Achievement("企业不能登记成果", ["激光"]));
        var readByEnterprise = await enterpriseUser.GetAsync($"/api/market/achievements/{body.GetProperty("id").GetString()}");
        var expert = await UserAsync("expert", Region);
        var readByExpert = await expert.GetAsync("/api/market/achievements");

        var message = Errors(wrong, "patents")[0];
        Assert.Contains("校验位应为 6", message);
        Assert.Contains("而不是 7", message);
        Assert.Contains("格式不对", Errors(shape, "patents")[0]);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var numbers = body.GetProperty("patents").EnumerateArray().Select(p => p.GetProperty("number").GetString()).ToList();
        Assert.Equal(["202310000002.X", "98123456.9", "ZL202310123456.6"], numbers);
        Assert.Equal(HttpStatusCode.Forbidden, byEnterprise.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readByEnterprise.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readByExpert.StatusCode);
    }

    [Fact]
    public async Task Imports_AreAllOrNothing_WithRowAndColumn_AndExportsImportBack()
    {
        const string Region = "330382";   // 乐清市
        var staff = await UserAsync("staff", Region);
        var (_, uscc) = await EnterpriseAsync(Region, "乐清正泰电气配件有限公司");
        Dictionary<string, object?> NeedRow(string code, string title, string mode = "技术开发") => new()
        {
            ["企业统一社会信用代码"] = code, ["需求名称"] = title, ["问题描述"] = "断路器触头温升偏高", ["技术领域"] = "电子信息", ["关键词"] = "温升、触头",
            ["预算下限（元）"] = 50000, ["预算上限（元）"] = 200000, ["合作方式"] = mode, ["截止日期"] = "2027-03-31",
        };
        Dictionary<string, object?> AchievementRow(string title, string patents) => new()
        {
            ["成果名称"] = title, ["持有单位"] = "浙江工业大学", ["成果简介"] = "银基触头材料", ["技术领域"] = "新材料", ["关键词"] = "触头、银合金",
            ["成熟度"] = "中试", ["专利（号及到期日）"] = patents, ["转让价格（元）"] = 800000, ["转化方式"] = "转让",
        };

        var badNeeds = await Json(await staff.PostAsync("/api/market/needs/import", TestSheets.Upload("企业技术需求.xlsx",
            NeedRow(uscc, "触头温升控制"), NeedRow(TestCodes.NewUscc(Region), "无此企业"), NeedRow(uscc, "方式不对", "买断"))));
        var noNeeds = await Json(await staff.GetAsync("/api/market/needs"));
        var goodNeeds = await Json(await staff.PostAsync("/api/market/needs/import", TestSheets.Upload("企业技术需求.xlsx",
            NeedRow(uscc, "触头温升控制"), NeedRow(uscc, "灭弧室结构优化"))));
        var badAchievements = await Json(await staff.PostAsync("/api/market/achievements/import", TestSheets.Upload("科技成果.xlsx",
            AchievementRow("银氧化锡触头材料", "ZL202310123456.6（2043-05-10）"), AchievementRow("低压电器灭弧技术", "ZL202310123456.7"))));
        var noAchievements = await Json(await staff.GetAsync("/api/market/achievements"));
        var goodAchievements = await Json(await staff.PostAsync("/api/market/achievements/import", TestSheets.Upload("科技成果.xlsx",
            AchievementRow("银氧化锡触头材料", "ZL202310123456.6（2043-05-10）"), AchievementRow("低压电器灭弧技术", ""))));
        var export = await staff.GetAsync("/api/market/achievements/export");
        var rows = MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var again = await Json(await staff.PostAsync("/api/market/achievements/import", TestSheets.Upload("科技成果.xlsx",
            [.. rows.Select(r => r.ToDictionary(c => c.Key, c => c.Value))])));
        var needExport = await staff.GetAsync("/api/market/needs/export");
        var needRows = MiniExcel.Query(await needExport.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.False(badNeeds.GetProperty("written").GetBoolean());
        var needErrors = badNeeds.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("row").GetInt32()}/{e.GetProperty("column").GetString()}").ToList();
        Assert.Contains("3/企业统一社会信用代码", needErrors);
        Assert.Contains("4/合作方式", needErrors);
        Assert.Equal(0, noNeeds.GetProperty("total").GetInt32());
        Assert.Equal(2, goodNeeds.GetProperty("created").GetInt32());
        Assert.False(badAchievements.GetProperty("written").GetBoolean());
        var error = badAchievements.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("专利（号及到期日）", error.GetProperty("column").GetString());
        Assert.Contains("校验位应为 6", error.GetProperty("reason").GetString());
        Assert.Equal(0, noAchievements.GetProperty("total").GetInt32());
        Assert.Equal(2, goodAchievements.GetProperty("created").GetInt32());
        Assert.Equal("ZL202310123456.6（2043-05-10）", rows.Single(r => (string?)r["成果名称"] == "银氧化锡触头材料")["专利（号及到期日）"]);
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, needRows.Count);
        Assert.All(needRows, r => Assert.Equal(uscc, r["企业统一社会信用代码"]));
    }

    [Fact]
    public async Task Search_FindsTwoCharacterWords_AndSynonyms_WithHighlights_AndAnswersAnyText_AndFollowsChanges()
    {
        const string Region = "330381";   // 瑞安市
        var staff = await UserAsync("staff", Region);
        var (enterprise, _) = await EnterpriseAsync(Region, "瑞安华盛汽配有限公司");
        var enterpriseUser = await UserAsync("enterprise", Region, enterprise);
        var elsewhere = await UserAsync("staff", "330329");
        var need = await Json(await staff.PostAsJsonAsync("/api/market/needs", Need("汽车刹车片表面缺陷图像识别", ["图像识别", "刹车片"], enterprise,
            "刹车片压制后表面裂纹、缺角靠人工目检")));
        var pending = await Json(await enterpriseUser.PostAsJsonAsync("/api/market/needs", Need("锂电池极片涂布厚度检测", ["锂电池"])));
        var vision = await Json(await staff.PostAsJsonAsync("/api/market/achievements", Achievement("基于机器视觉的零件表面瑕疵检测系统", ["机器视觉", "缺陷检测"],
            "工业相机采集图像，深度学习识别裂纹和缺角")));
        await staff.PostAsJsonAsync("/api/market/achievements", Achievement("茶叶揉捻机自动控制", ["茶叶", "揉捻"], holder: "浙江农林大学"));
        await staff.PostAsJsonAsync("/api/experts", new { name = "陈视觉", organisation = "温州大学", regionCode = Region, fields = new[] { "机器视觉", "智能装备" }, title = "教授" });

        var beforeReview = await Json(await staff.GetAsync($"/api/market/search?q={Uri.EscapeDataString("电池")}&kind=need"));
        await staff.PostAsync($"/api/market/needs/{pending.GetProperty("id").GetString()}/publish", null);
        var twoCharacters = await Json(await staff.GetAsync($"/api/market/search?q={Uri.EscapeDataString("电池")}&kind=need"));
        var synonym = await Json(await staff.GetAsync($"/api/market/search?q={Uri.EscapeDataString("图像识别")}&kind=achievement"));
        var all = await Json(await staff.GetAsync($"/api/market/search?q={Uri.EscapeDataString("机器视觉")}"));
        var secondPage = await Json(await staff.GetAsync($"/api/market/search?q={Uri.EscapeDataString("机器视觉")}&page=2&pageSize=1"));
        var punctuation = await staff.GetAsync($"/api/market/search?q={Uri.EscapeDataString("！？。，、；：“”（）…—")}");
        var longText = await staff.GetAsync($"/api/market/search?q={Uri.EscapeDataString(string.Concat(Enumerable.Repeat("视觉检测！", 100)))}");
        var asEnterprise = await Json(await enterpriseUser.GetAsync($"/api/market/search?q={Uri.EscapeDataString("机器视觉")}"));
        var expertsAsEnterprise = await enterpriseUser.GetAsync($"/api/market/search?q={Uri.EscapeDataString("机器视觉")}&kind=expert");
        var badKind = await staff.GetAsync("/api/market/search?q=x&kind=patent");
        var otherCounty = await Json(await elsewhere.GetAsync($"/api/market/search?q={Uri.EscapeDataString("机器视觉")}"));
        var forNeed = await Json(await staff.GetAsync($"/api/market/needs/{need.GetProperty("id").GetString()}/recommendations"));
        var forAchievement = await Json(await enterpriseUser.GetAsync($"/api/market/achievements/{vision.GetProperty("id").GetString()}/recommendations"));
        var visionId = vision.GetProperty("id").GetString();
        await staff.PutAsJsonAsync($"/api/market/achievements/{visionId}", Achievement("刹车片裂纹超声探伤装置", ["超声探伤"], version: vision.GetProperty("version").GetInt32()));
        var oldWord = await Json(await staff.GetAsync($"/api/market/search?q={Uri.EscapeDataString("机器视觉")}&kind=achievement"));
        var newWord = await Json(await staff.GetAsync($"/api/market/search?q={Uri.EscapeDataString("超声探伤")}&kind=achievement"));

        Assert.Empty(Titles(beforeReview));   // the only battery need waited for review: the market did not see it
        Assert.Equal("待审核", pending.GetProperty("review").GetString());
        Assert.Equal(["锂电池极片涂布厚度检测"], Titles(twoCharacters));
        Assert.Contains(twoCharacters.GetProperty("items")[0].GetProperty("titleSpans").EnumerateArray(), s => s.GetProperty("hit").GetBoolean());
        var hit = synonym.GetProperty("items")[0];
        Assert.Equal("基于机器视觉的零件表面瑕疵检测系统", hit.GetProperty("title").GetString());
        Assert.Contains("图像识别→机器视觉", hit.GetProperty("reasons").GetString());
        Assert.Contains(hit.GetProperty("titleSpans").EnumerateArray(), s => s.GetProperty("hit").GetBoolean() && s.GetProperty("text").GetString() == "机器视觉");
        var kinds = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "achievement", "expert" }, kinds);
        // A page is the slice of the whole ranking, with its reasons and the total of all the hits.
        Assert.True(all.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(all.GetProperty("total").GetInt32(), secondPage.GetProperty("total").GetInt32());
        var second = Assert.Single(secondPage.GetProperty("items").EnumerateArray());
        Assert.Equal(all.GetProperty("items")[1].GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(all.GetProperty("items")[1].GetProperty("reasons").GetString(), second.GetProperty("reasons").GetString());
        Assert.Equal(HttpStatusCode.OK, punctuation.StatusCode);
        Assert.Empty(Titles(await Json(punctuation)));
        Assert.Equal(HttpStatusCode.OK, longText.StatusCode);
        Assert.NotEmpty(Titles(await Json(longText)));
        Assert.DoesNotContain(asEnterprise.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == "expert");
        Assert.Contains("基于机器视觉的零件表面瑕疵检测系统", Titles(asEnterprise));
        Assert.Equal(HttpStatusCode.Forbidden, expertsAsEnterprise.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Empty(Titles(otherCounty));
        var recommended = forNeed.GetProperty("achievements")[0];
        Assert.Equal("基于机器视觉的零件表面瑕疵检测系统", recommended.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(recommended.GetProperty("reasons").GetString()));
        Assert.Contains(forNeed.GetProperty("experts").EnumerateArray(), e => e.GetProperty("title").GetString() == "陈视觉");
        Assert.Equal("汽车刹车片表面缺陷图像识别", forAchievement.GetProperty("needs")[0].GetProperty("title").GetString());
        Assert.DoesNotContain("基于机器视觉的零件表面瑕疵检测系统", Titles(oldWord));
        Assert.Contains("刹车片裂纹超声探伤装置", Titles(newWord));
    }

    /// <summary>
    /// The index reads a register only when its watermark moved (ADR 0019): a second search with nothing changed cuts
    /// nothing, and every change after a first search is in the next one — an edit, a return, an import through the
    /// API, and an edit, a deletion, a new published need and an expert's new field written by "another node" (its
    /// own DbContext, never the index).
    /// </summary>
    [Fact]
    public async Task Search_AfterAFirstSearch_SeesEveryChange_ThroughTheApiAndFromAnotherNode_AndCutsOnlyWhatChanged()
    {
        const string Region = "330302";   // 鹿城区
        var staff = await UserAsync("staff", Region);
        var (enterprise, _) = await EnterpriseAsync(Region, "鹿城瓯窑陶瓷有限公司");
        var need = await Json(await staff.PostAsJsonAsync("/api/market/needs", Need("陶瓷窑炉余热回收利用", ["余热回收", "窑炉"], enterprise)));
        var kept = await Json(await staff.PostAsJsonAsync("/api/market/achievements", Achievement("窑炉余热发电技术", ["余热发电"])));
        var edited = await Json(await staff.PostAsJsonAsync("/api/market/achievements", Achievement("余热锅炉清灰装置", ["余热锅炉"])));
        var deleted = await Json(await staff.PostAsJsonAsync("/api/market/achievements", Achievement("余热制冷吸收式机组", ["余热制冷"])));
        var expert = await Json(await staff.PostAsJsonAsync("/api/experts", new { name = "林建国", organisation = "温州大学", regionCode = Region, fields = new[] { "智能装备" }, title = "教授" }));
        var index = app.Factory.Services.GetRequiredService<MarketIndex>();
        async Task<List<string>> Search(string q) => Titles(await Json(await staff.GetAsync($"/api/market/search?q={Uri.EscapeDataString(q)}")));
        static Guid Id(JsonElement e) => Guid.Parse(e.GetProperty("id").GetString()!);

        var first = await Search("余热");
        var again = await Search("余热");
        var cutAgain = index.LastCut;

        var editedNow = await staff.PutAsJsonAsync($"/api/market/achievements/{Id(edited)}", Achievement("窑炉烟气脱硫装置", ["脱硫"], version: edited.GetProperty("version").GetInt32()));
        var returned = await staff.PostAsJsonAsync($"/api/market/needs/{Id(need)}/return", new { reason = "请补充技术指标" });
        var imported = await Json(await staff.PostAsync("/api/market/achievements/import", TestSheets.Upload("科技成果.xlsx", new Dictionary<string, object?>
        {
            ["成果名称"] = "余热蒸汽螺杆膨胀发电机", ["持有单位"] = "浙江工业大学", ["成果简介"] = "低品位余热发电", ["技术领域"] = "新能源与节能", ["关键词"] = "余热发电、螺杆膨胀机",
            ["成熟度"] = "中试", ["专利（号及到期日）"] = "", ["转让价格（元）"] = 800000, ["转化方式"] = "转让",
        })));
        var afterApi = await Search("余热");
        var cutAfterApi = index.LastCut;
        var desulphurisation = await Search("脱硫");

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            var (keptId, deletedId, expertId) = (Id(kept), Id(deleted), Id(expert));
            var keptRow = await db.Achievements.FirstAsync(a => a.Id == keptId);
            keptRow.Title = "窑炉余热有机朗肯循环发电技术";
            db.Achievements.Remove(await db.Achievements.FirstAsync(a => a.Id == deletedId));
            var pooled = await db.Experts.FirstAsync(e => e.Id == expertId);
            pooled.Fields = [.. pooled.Fields, "余热利用"];
            db.TechNeeds.Add(new TechNeed
            {
                EnterpriseId = Guid.Parse(enterprise), EnterpriseName = "鹿城瓯窑陶瓷有限公司", RegionCode = Region, Title = "隧道窑余热烘干坯体", Keywords = ["余热烘干"],
                CooperationMode = "技术开发", Review = "已发布",
            });
            await db.SaveChangesAsync();
        }
        var afterOtherNode = await Search("余热");

        Assert.Superset(new HashSet<string> { "陶瓷窑炉余热回收利用", "窑炉余热发电技术", "余热锅炉清灰装置", "余热制冷吸收式机组" }, first.ToHashSet());
        Assert.DoesNotContain("林建国", first);
        Assert.Equal(first, again);
        Assert.Equal(0, cutAgain);
        Assert.Equal(HttpStatusCode.OK, editedNow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(1, imported.GetProperty("created").GetInt32());
        Assert.DoesNotContain("陶瓷窑炉余热回收利用", afterApi);   // returned: withdrawn from the market
        Assert.DoesNotContain("余热锅炉清灰装置", afterApi);
        Assert.Contains("余热蒸汽螺杆膨胀发电机", afterApi);
        Assert.Equal(2, cutAfterApi);   // the edited and the imported achievement, nothing else
        Assert.Contains("窑炉烟气脱硫装置", desulphurisation);
        Assert.Contains("窑炉余热有机朗肯循环发电技术", afterOtherNode);
        Assert.DoesNotContain("窑炉余热发电技术", afterOtherNode);
        Assert.DoesNotContain("余热制冷吸收式机组", afterOtherNode);
        Assert.Contains("隧道窑余热烘干坯体", afterOtherNode);
        Assert.Contains("林建国", afterOtherNode);
    }

    /// <summary>
    /// Every write path of a need moves its row version and UpdatedAt (the index's watermark rests on the version), and
    /// a broker's verdict changed after a first recommendation list is in the next one.
    /// </summary>
    [Fact]
    public async Task Need_EveryWritePath_BumpsVersionAndUpdatedAt_AndAChangedVerdictIsInTheNextRecommendations()
    {
        const string Region = "330303";   // 龙湾区
        var staff = await UserAsync("staff", Region);
        var (enterprise, uscc) = await EnterpriseAsync(Region, "龙湾瓯江阀门有限公司");
        var owner = await UserAsync("enterprise", Region, enterprise);
        var achievement = Guid.Parse((await Json(await staff.PostAsJsonAsync("/api/market/achievements", Achievement("阀门密封面激光熔覆技术", ["激光熔覆", "密封面"])))).GetProperty("id").GetString()!);
        var states = new List<JsonElement>();
        var filed = await Json(await owner.PostAsJsonAsync("/api/market/needs", Need("阀门密封面耐磨处理", ["密封面", "耐磨"])));
        var id = filed.GetProperty("id").GetString();
        states.Add(filed);
        async Task<JsonElement> Step(Func<Task<HttpResponseMessage>> write)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            var response = await write();
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var now = await Json(await staff.GetAsync($"/api/market/needs/{id}"));
            states.Add(now);
            return now;
        }
        int Version() => states[^1].GetProperty("version").GetInt32();
        async Task<string?> VerdictShown()
        {
            var list = await Json(await staff.GetAsync($"/api/market/needs/{id}/recommendations"));
            var hit = list.GetProperty("achievements").EnumerateArray().First(a => a.GetProperty("id").GetString() == achievement.ToString());
            return hit.TryGetProperty("verdict", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }

        await Step(() => staff.PostAsync($"/api/market/needs/{id}/publish", null));
        var none = await VerdictShown();
        await Step(() => staff.PutAsJsonAsync($"/api/market/needs/{id}", Need("阀门密封面耐磨处理", ["密封面", "耐磨", "堆焊"], version: Version())));
        await Step(() => staff.PostAsync("/api/market/needs/import", TestSheets.Upload("企业技术需求.xlsx", new Dictionary<string, object?>
        {
            ["企业统一社会信用代码"] = uscc, ["需求名称"] = "阀门密封面耐磨处理", ["问题描述"] = "密封面冲蚀磨损快", ["技术领域"] = "新材料", ["关键词"] = "密封面、耐磨",
            ["预算下限（元）"] = 50000, ["预算上限（元）"] = 200000, ["合作方式"] = "技术开发", ["截止日期"] = "2027-03-31",
        })));
        await Step(() => staff.PutAsJsonAsync($"/api/market/needs/{id}/feedback", new { otherKind = "achievement", otherId = achievement, verdict = "confirmed" }));
        var confirmed = await VerdictShown();
        var rejectedNow = await staff.PutAsJsonAsync($"/api/market/needs/{id}/feedback", new { otherKind = "achievement", otherId = achievement, verdict = "rejected" });
        var rejected = await VerdictShown();
        await staff.PutAsJsonAsync($"/api/market/needs/{id}/feedback", new { otherKind = "achievement", otherId = achievement, verdict = (string?)null });
        var withdrawn = await VerdictShown();
        await Step(() => staff.PutAsJsonAsync($"/api/market/needs/{id}", Need("阀门密封面耐磨处理", ["密封面", "耐磨"], status: "已关闭", version: Version())));
        await Step(() => staff.PostAsJsonAsync($"/api/market/needs/{id}/return", new { reason = "需求已关闭" }));

        Assert.Equal(7, states.Count);
        for (var i = 1; i < states.Count; i++)
        {
            Assert.True(states[i].GetProperty("version").GetInt32() > states[i - 1].GetProperty("version").GetInt32(), $"step {i}: version");
            Assert.True(states[i].GetProperty("updatedAt").GetDateTimeOffset() > states[i - 1].GetProperty("updatedAt").GetDateTimeOffset(), $"step {i}: updatedAt");
        }
        Assert.Equal("已关闭", states[^2].GetProperty("status").GetString());
        Assert.Null(none);
        Assert.Equal("confirmed", confirmed);
        Assert.Equal(HttpStatusCode.OK, rejectedNow.StatusCode);
        Assert.Equal("rejected", rejected);
        Assert.Null(withdrawn);
    }

    /// <summary>The pages render in the circuit (no prerendering): here, that each role is let in or sent to 无权访问.</summary>
    [Fact]
    public async Task Pages_OpenForTheBureauAndEnterprises_AndNotForExperts()
    {
        const string Region = "330326";
        var (enterprise, _) = await EnterpriseAsync(Region, "平阳页面测试有限公司");
        var staff = ApiFixture.Unique("mpstaff");
        await app.CreateUserAsync(staff, Region, "staff");
        var expert = ApiFixture.Unique("mpexpert");
        await app.CreateUserAsync(expert, Region, "expert");
        await UserAsync("enterprise", Region, enterprise);
        var bureauBrowser = await app.WithCookie(staff);
        var expertBrowser = await app.WithCookie(expert);

        foreach (var page in new[] { "/market/needs", "/market/achievements", "/market/search" })
        {
            Assert.Equal(HttpStatusCode.OK, (await bureauBrowser.GetAsync(page)).StatusCode);
            var bounced = await expertBrowser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, bounced.StatusCode);
            Assert.StartsWith("/forbidden", bounced.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        }
    }
}
