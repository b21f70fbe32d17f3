using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Kechuang.Web.Tests;

public sealed class SqliteIndicatorApiTests(SqliteApiFixture fixture) : IndicatorApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresIndicatorApiTests(PostgresApiFixture fixture) : IndicatorApiTests<PostgresApiFixture>(fixture)
{
    private readonly PostgresApiFixture _app = fixture;

    /// <summary>
    /// PostgreSQL allots change ids before commit, so a change can commit after a newer id was already read and
    /// cached (another node's import, a slow transaction): the node must still see it at once, because figures are
    /// stamped with change counts, which the late commit raises (ADR 0025). SQLite commits one writer at a time, so
    /// the case cannot arise there.
    /// </summary>
    [Fact]
    public async Task Derived_AChangeCommittedAfterANewerOne_IsSeenAtOnce()
    {
        const string Taishun = "330329";
        var admin = await _app.AsAdmin();
        var year = _app.Clock.TodayInChina().Year - 1;
        async Task<decimal> NewHteAsync()
        {
            var response = await admin.GetAsync($"/api/indicators/report?region={Taishun}&year={year}&month=12");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var row = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
                .Single(r => r.GetProperty("code").GetString() == "new_hte_count");
            return row.GetProperty("derived").ValueKind == JsonValueKind.Null ? 0 : row.GetProperty("derived").GetDecimal();
        }
        async Task<string> EnterpriseAsync(string name)
        {
            var created = await admin.PostAsJsonAsync("/api/enterprises", new { name, uscc = TestCodes.NewUscc(Taishun), regionCode = Taishun, foundedOn = "2016-05-01" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        }
        var late = Guid.Parse(await EnterpriseAsync("泰顺迟提交测试有限公司"));
        var before = await NewHteAsync();

        // The slow transaction takes its change id first …
        using var scope = _app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Kechuang.Data.KechuangDbContext>();
        await using var slow = await db.Database.BeginTransactionAsync();
        db.Add(new Kechuang.Enterprises.Qualification
        {
            EnterpriseId = late, Type = "高新技术企业", Number = "GR" + year + Random.Shared.Next(100000, 999999), IssuedOn = new DateOnly(year, 11, 20),
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        // … another write commits a newer id, and the figure is computed and cached at that id without the slow change.
        await EnterpriseAsync("泰顺先提交测试有限公司");
        Assert.Equal(before, await NewHteAsync());
        await slow.CommitAsync();

        // The newest id is unchanged; the change count of the title's scope has risen with the commit.
        Assert.Equal(before + 1, await NewHteAsync());
    }
}

/// <summary>
/// The indicator module over HTTP. Each test works on indicators of its own, so tests sharing the
/// database never see each other's figures; figures are for last year, whose months have all ended.
/// </summary>
public abstract class IndicatorApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string Pingyang = "330326";
    private const string Cangnan = "330327";
    private const string Wencheng = "330328";
    private const string Ruian = "330381";
    private int Year => app.Clock.TodayInChina().Year - 1;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<string> IndicatorAsync(string kind = "flow", string direction = "higher", string unit = "亿元",
        string source = "reported", string? numerator = null, string? denominator = null)
    {
        var code = "t_" + Guid.NewGuid().ToString("N")[..12];
        var response = await (await app.AsAdmin()).PostAsJsonAsync("/api/indicators", new
        {
            code, name = "测试指标" + code[2..8], unit, kind, direction, source, numeratorCode = numerator, denominatorCode = denominator,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    private async Task PutAsync(string code, string region, int year, int month, decimal value, string? note = null)
    {
        var response = await (await app.AsAdmin()).PutAsJsonAsync($"/api/indicators/{code}/values/{region}/{year}/{month}", new { value, note });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task TargetAsync(string code, string region, int year, decimal value)
    {
        var response = await (await app.AsAdmin()).PutAsJsonAsync($"/api/indicators/{code}/targets/{region}/{year}", new { value });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> RowAsync(string code, string region, int month, int? year = null)
    {
        var response = await (await app.AsAdmin()).GetAsync($"/api/indicators/report?region={region}&year={year ?? Year}&month={month}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Json(response)).EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
    }

    private static decimal? Number(JsonElement row, string name) =>
        row.GetProperty(name).ValueKind == JsonValueKind.Null ? null : row.GetProperty(name).GetDecimal();

    [Fact]
    public async Task Report_FlowWithTarget_GivesCompletionGrowthScheduleAndTexts()
    {
        var code = await IndicatorAsync();
        await TargetAsync(code, Pingyang, Year, 10m);
        await PutAsync(code, Pingyang, Year, 6, 5.35m);
        await PutAsync(code, Pingyang, Year - 1, 6, 4.28m);

        var row = await RowAsync(code, Pingyang, 6);

        Assert.Equal(0.535m, Number(row, "completionRate"));
        Assert.Equal(0.25m, Number(row, "yoyGrowth"));
        Assert.Null(Number(row, "yoyChangePoints"));
        Assert.Equal(0.5m, Number(row, "timeProgress"));
        Assert.True(row.GetProperty("onSchedule").GetBoolean());
        Assert.Equal("53.50%", row.GetProperty("completionText").GetString());
        Assert.Equal("同比增长25.00%", row.GetProperty("yoyText").GetString());
        Assert.Equal("5.35亿元", row.GetProperty("actualText").GetString());
        Assert.Equal(12, row.GetProperty("peerCount").GetInt32());

        var behind = await RowAsync(code, Pingyang, 7);
        Assert.Equal(JsonValueKind.Null, behind.GetProperty("actual").ValueKind);
        Assert.Equal("—", behind.GetProperty("completionText").GetString());
    }

    [Fact]
    public async Task Report_ZeroTarget_IsNotApplicable_NeverAnError()
    {
        var code = await IndicatorAsync(unit: "家");
        await TargetAsync(code, Pingyang, Year, 0m);
        await PutAsync(code, Pingyang, Year, 3, 4m);

        var row = await RowAsync(code, Pingyang, 3);

        Assert.Null(Number(row, "completionRate"));
        Assert.Equal("不适用", row.GetProperty("completionText").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("onSchedule").ValueKind);
        Assert.Equal("4家", row.GetProperty("actualText").GetString());
    }

    [Fact]
    public async Task Report_MissingOrZeroLastYear_HasNoGrowth()
    {
        var code = await IndicatorAsync();
        await PutAsync(code, Pingyang, Year, 5, 3m);
        await PutAsync(code, Cangnan, Year, 5, 3m);
        await PutAsync(code, Cangnan, Year - 1, 5, 0m);

        var missing = await RowAsync(code, Pingyang, 5);
        var zero = await RowAsync(code, Cangnan, 5);

        Assert.Null(Number(missing, "lastYearActual"));
        Assert.Null(Number(missing, "yoyGrowth"));
        Assert.Equal("—", missing.GetProperty("yoyText").GetString());
        Assert.Equal(0m, Number(zero, "lastYearActual"));
        Assert.Null(Number(zero, "yoyGrowth"));
    }

    [Fact]
    public async Task Report_DerivedRatio_IsComputedFromItsParts_AndChangesInPercentagePoints()
    {
        var numerator = await IndicatorAsync();
        var denominator = await IndicatorAsync();
        var ratio = await IndicatorAsync("ratio", unit: "%", source: "derived", numerator: numerator, denominator: denominator);
        await PutAsync(numerator, Pingyang, Year, 12, 3.3m);
        await PutAsync(denominator, Pingyang, Year, 12, 100m);
        await PutAsync(numerator, Pingyang, Year - 1, 12, 2.55m);
        await PutAsync(denominator, Pingyang, Year - 1, 12, 100m);
        await TargetAsync(ratio, Pingyang, Year, 3m);

        var row = await RowAsync(ratio, Pingyang, 12);

        Assert.Equal(3.3m, Number(row, "actual"));
        Assert.Equal(2.55m, Number(row, "lastYearActual"));
        Assert.Equal(0.75m, Number(row, "yoyChangePoints"));
        Assert.Null(Number(row, "yoyGrowth"));
        Assert.Equal(1.1m, Number(row, "completionRate"));
        Assert.Equal("同比提高0.75个百分点", row.GetProperty("yoyText").GetString());
        Assert.Equal("3.30%", row.GetProperty("actualText").GetString());
    }

    [Fact]
    public async Task Report_Ties_ShareARank_AndRegionsWithoutFigureAreNotRanked()
    {
        var code = await IndicatorAsync();
        await PutAsync(code, Pingyang, Year, 4, 10m);
        await PutAsync(code, Cangnan, Year, 4, 10m);
        await PutAsync(code, Wencheng, Year, 4, 5m);

        var peers = await Json(await (await app.AsAdmin()).GetAsync($"/api/indicators/{code}/peers?region={Pingyang}&year={Year}&month=4"));
        var ranks = peers.EnumerateArray().ToDictionary(p => p.GetProperty("regionCode").GetString()!, p => p.GetProperty("row").GetProperty("rank"));

        Assert.Equal(12, ranks.Count);
        Assert.Equal(1, ranks[Pingyang].GetInt32());
        Assert.Equal(1, ranks[Cangnan].GetInt32());
        Assert.Equal(3, ranks[Wencheng].GetInt32());
        Assert.Equal(JsonValueKind.Null, ranks[Ruian].ValueKind);
        Assert.True(peers.EnumerateArray().Single(p => p.GetProperty("regionCode").GetString() == Pingyang).GetProperty("isSelf").GetBoolean());
        // 第n/m with m the three peers that have a figure, not the twelve of the group (docs/domain.md §3, Rank).
        var row = await RowAsync(code, Wencheng, 4);
        Assert.Equal(("第3/3", 3, 12), (row.GetProperty("rankText").GetString(), row.GetProperty("rankedCount").GetInt32(), row.GetProperty("peerCount").GetInt32()));
        Assert.Equal("排名仅在有数据的3个同级地区中计算（同级共12个）", row.GetProperty("rankNote").GetString());
    }

    [Fact]
    public async Task Report_TwoPeersWithFigures_NobodyIsRanked_NorTheRegionWithout()
    {
        var code = await IndicatorAsync();
        await PutAsync(code, Pingyang, Year, 4, 10m);
        await PutAsync(code, Cangnan, Year, 4, 5m);

        var pingyang = await RowAsync(code, Pingyang, 4);
        var wencheng = await RowAsync(code, Wencheng, 4);

        Assert.Equal(JsonValueKind.Null, pingyang.GetProperty("rank").ValueKind);
        Assert.Equal(("—", 2), (pingyang.GetProperty("rankText").GetString(), pingyang.GetProperty("rankedCount").GetInt32()));
        Assert.Equal("有数据的同级地区仅2个（不足3个），不排名", pingyang.GetProperty("rankNote").GetString());
        Assert.Equal(JsonValueKind.Null, wencheng.GetProperty("rank").ValueKind);
        Assert.Equal("本地区无数据，不排名", wencheng.GetProperty("rankNote").GetString());

        // A third peer with a figure makes the ranks; the region without one still has none.
        await PutAsync(code, Ruian, Year, 4, 7m);
        Assert.Equal("第1/3", (await RowAsync(code, Pingyang, 4)).GetProperty("rankText").GetString());
        Assert.Equal("第2/3", (await RowAsync(code, Ruian, 4)).GetProperty("rankText").GetString());
        Assert.Equal(JsonValueKind.Null, (await RowAsync(code, Wencheng, 4)).GetProperty("rank").ValueKind);
    }

    [Fact]
    public async Task Report_LowerIsBetter_RanksTheSmallestFirst_AndInvertsTheSchedule()
    {
        var code = await IndicatorAsync(direction: "lower", unit: "件");
        await TargetAsync(code, Pingyang, Year, 100m);
        await TargetAsync(code, Cangnan, Year, 100m);
        await PutAsync(code, Pingyang, Year, 6, 30m);
        await PutAsync(code, Cangnan, Year, 6, 70m);
        await PutAsync(code, Wencheng, Year, 6, 50m);

        var best = await RowAsync(code, Pingyang, 6);
        var worst = await RowAsync(code, Cangnan, 6);

        Assert.Equal(1, best.GetProperty("rank").GetInt32());
        Assert.Equal(3, worst.GetProperty("rank").GetInt32());
        Assert.Equal("第3/3", worst.GetProperty("rankText").GetString());
        Assert.True(best.GetProperty("onSchedule").GetBoolean());   // 30% used by mid-year: within the allowance
        Assert.False(worst.GetProperty("onSchedule").GetBoolean()); // 70% used by mid-year: over it
    }

    [Fact]
    public async Task PutValue_FlowBelowPreviousMonth_IsAcceptedFlagged_AndEveryCorrectionIsKept()
    {
        var code = await IndicatorAsync(unit: "项");
        await PutAsync(code, Pingyang, Year, 3, 100m);
        var admin = await app.AsAdmin();

        var lower = await Json(await admin.PutAsJsonAsync($"/api/indicators/{code}/values/{Pingyang}/{Year}/4", new { value = 90m }));
        Assert.True(lower.GetProperty("belowPreviousMonth").GetBoolean());
        Assert.Contains("请填写说明", lower.GetProperty("warning").GetString());

        var explained = await Json(await admin.PutAsJsonAsync($"/api/indicators/{code}/values/{Pingyang}/{Year}/4", new { value = 95m, note = "统计局核减" }));
        Assert.True(explained.GetProperty("belowPreviousMonth").GetBoolean());
        Assert.Equal("统计局核减", explained.GetProperty("note").GetString());

        var history = await Json(await admin.GetAsync($"/api/indicators/{code}/values/{Pingyang}/{Year}/4/history"));
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal(90m, history[0].GetProperty("oldValue").GetDecimal());
        Assert.Equal(95m, history[0].GetProperty("newValue").GetDecimal());
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("oldValue").ValueKind);

        // Raising March above April moves nothing, lowering it clears April's flag.
        await PutAsync(code, Pingyang, Year, 3, 94m);
        var row = await RowAsync(code, Pingyang, 4);
        Assert.False(row.GetProperty("correction").GetBoolean());
    }

    [Fact]
    public async Task Write_OutsideTheCallersCounty_IsForbidden_AndWritesNothing()
    {
        var code = await IndicatorAsync();
        var user = ApiFixture.Unique("py");
        await app.CreateUserAsync(user, Pingyang, "staff");
        var county = await app.As(user);

        var other = await county.PutAsJsonAsync($"/api/indicators/{code}/values/{Cangnan}/{Year}/5", new { value = 1m });
        var otherTarget = await county.PutAsJsonAsync($"/api/indicators/{code}/targets/{Cangnan}/{Year}", new { value = 1m });
        var own = await county.PutAsJsonAsync($"/api/indicators/{code}/values/{Pingyang}/{Year}/5", new { value = 2m });
        var matrix = await county.GetAsync($"/api/indicators/matrix?parent=330300&year={Year}&month=5");
        var catalogue = await county.PostAsJsonAsync("/api/indicators", new { code = "x_" + code, name = "越权", unit = "家", kind = "flow" });

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherTarget.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, matrix.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, catalogue.StatusCode);
        var row = await RowAsync(code, Cangnan, 5);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("actual").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("target").ValueKind);
    }

    [Fact]
    public async Task Roles_LeadersRead_ExpertsAndCommissionersAreRefused()
    {
        var code = await IndicatorAsync();
        var leader = ApiFixture.Unique("ld");
        var expert = ApiFixture.Unique("ex");
        await app.CreateUserAsync(leader, "330300", "leader");
        await app.CreateUserAsync(expert, Pingyang, "expert");
        var asLeader = await app.As(leader);
        var asExpert = await app.As(expert);

        Assert.Equal(HttpStatusCode.OK, (await asLeader.GetAsync($"/api/indicators/matrix?parent=330300&year={Year}&month=3")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asLeader.PutAsJsonAsync($"/api/indicators/{code}/values/{Pingyang}/{Year}/3", new { value = 1m })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asExpert.GetAsync($"/api/indicators/report?region={Pingyang}&year={Year}&month=3")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asExpert.GetAsync("/api/indicators")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/indicators")).StatusCode);
    }

    [Fact]
    public async Task BadInput_UnknownIndicatorOrRegion_MonthOutOfRange_MissingValue()
    {
        var code = await IndicatorAsync();
        var admin = await app.AsAdmin();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/indicators/no_such_code/values/{Pingyang}/{Year}/3", new { value = 1m })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/indicators/{code}/values/339999/{Year}/3", new { value = 1m })).StatusCode);
        var month = await admin.PutAsJsonAsync($"/api/indicators/{code}/values/{Pingyang}/{Year}/13", new { value = 1m });
        Assert.Equal(HttpStatusCode.BadRequest, month.StatusCode);
        Assert.Contains("1–12", (await Json(month)).GetProperty("errors").GetProperty("month")[0].GetString());
        var missing = await admin.PutAsJsonAsync($"/api/indicators/{code}/values/{Pingyang}/{Year}/3", new { note = "只有说明" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await Json(missing)).GetProperty("errors").TryGetProperty("value", out _));
        var negative = await admin.PutAsJsonAsync($"/api/indicators/{code}/targets/{Pingyang}/{Year}", new { value = -1m });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/indicators/report?region={Pingyang}&year={Year}&month=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/indicators/report?region=12ab&year={Year}&month=2")).StatusCode);
    }

    [Fact]
    public async Task Catalogue_AssessedFlag_RoundTrips_AndTheReportCarriesIt()
    {
        var admin = await app.AsAdmin();
        var code = "t_" + Guid.NewGuid().ToString("N")[..12];

        var created = await admin.PostAsJsonAsync("/api/indicators", new { code, name = "参考" + code[2..8], unit = "亿元", kind = "flow", assessed = false });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False((await Json(created)).GetProperty("assessed").GetBoolean());
        var kept = await Json(await admin.PutAsJsonAsync($"/api/indicators/{code}", new { name = "改名" + code[2..8], unit = "亿元", kind = "flow" }));
        Assert.False(kept.GetProperty("assessed").GetBoolean());
        var assessed = await Json(await admin.PutAsJsonAsync($"/api/indicators/{code}", new { name = "改名" + code[2..8], unit = "亿元", kind = "flow", assessed = true }));
        Assert.True(assessed.GetProperty("assessed").GetBoolean());
        var defaulted = await Json(await admin.PostAsJsonAsync("/api/indicators", new { code = code + "_a", name = "考核" + code[2..8], unit = "家", kind = "flow" }));
        Assert.True(defaulted.GetProperty("assessed").GetBoolean());

        var catalogue = (await Json(await admin.GetAsync("/api/indicators"))).EnumerateArray().ToList();
        Assert.False(catalogue.Single(i => i.GetProperty("code").GetString() == "gdp").GetProperty("assessed").GetBoolean());
        Assert.True(catalogue.Single(i => i.GetProperty("code").GetString() == code).GetProperty("assessed").GetBoolean());
        Assert.False((await RowAsync("gdp", Pingyang, 12)).GetProperty("assessed").GetBoolean());
        Assert.True((await RowAsync(code, Pingyang, 12)).GetProperty("assessed").GetBoolean());
    }

    [Fact]
    public async Task Catalogue_ValidatesEntries_AndAdminsEditThem()
    {
        var admin = await app.AsAdmin();
        var code = await IndicatorAsync();

        var bad = await admin.PostAsJsonAsync("/api/indicators", new { code = "Bad Code", name = "", unit = "家", kind = "level" });
        var errors = (await Json(bad)).GetProperty("errors");
        var duplicate = await admin.PostAsJsonAsync("/api/indicators", new { code, name = "重复", unit = "家", kind = "flow" });
        var noCalculator = await admin.PostAsJsonAsync("/api/indicators", new { code = code + "_d", name = "无来源", unit = "家", kind = "flow", source = "derived" });
        var badRatio = await admin.PostAsJsonAsync("/api/indicators", new { code = code + "_r", name = "比率", unit = "%", kind = "ratio", source = "derived", numeratorCode = "nope", denominatorCode = code });
        var renamed = await admin.PutAsJsonAsync($"/api/indicators/{code}", new { name = "改名后的指标", unit = "万元", kind = "flow", direction = "lower" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(errors.TryGetProperty("code", out _) && errors.TryGetProperty("name", out _) && errors.TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noCalculator.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRatio.StatusCode);
        Assert.Contains("nope", (await Json(badRatio)).GetProperty("errors").GetProperty("numeratorCode")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var listed = (await Json(await admin.GetAsync("/api/indicators"))).EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);
        Assert.Equal("改名后的指标", listed.GetProperty("name").GetString());
        Assert.Equal("lower", listed.GetProperty("direction").GetString());
        Assert.Contains((await Json(await admin.GetAsync("/api/indicators"))).EnumerateArray(), i => i.GetProperty("code").GetString() == "tech_contract_turnover");
    }

    [Fact]
    public async Task Derived_NewHighTechEnterprises_FollowTheQualifications_AndAReportedFigureThatDisagreesIsFlagged()
    {
        var admin = await app.AsAdmin();
        var before = Number(await RowAsync("new_hte_count", Wencheng, 12), "derived") ?? 0;
        var created = await Json(await admin.PostAsJsonAsync("/api/enterprises", new
        {
            name = "文成派生指标测试有限公司", uscc = TestCodes.NewUscc(Wencheng), regionCode = Wencheng, foundedOn = "2015-03-01",
        }));
        var id = created.GetProperty("id").GetString();
        var title = await admin.PostAsJsonAsync($"/api/enterprises/{id}/qualifications", new
        {
            type = "高新技术企业", number = "GR" + Year + Random.Shared.Next(100000, 999999), issuedOn = $"{Year}-03-15",
        });
        Assert.Equal(HttpStatusCode.Created, title.StatusCode);

        Assert.Equal(before, Number(await RowAsync("new_hte_count", Wencheng, 2), "derived") ?? 0);
        var december = await RowAsync("new_hte_count", Wencheng, 12);
        Assert.Equal(before + 1, Number(december, "derived"));
        Assert.Equal(before + 1, Number(december, "actual"));

        await PutAsync("new_hte_count", Wencheng, Year, 12, before + 5);
        var both = await RowAsync("new_hte_count", Wencheng, 12);
        Assert.Equal(before + 5, Number(both, "reported"));
        Assert.Equal(before + 1, Number(both, "derived"));
        Assert.True(both.GetProperty("differs").GetBoolean());
        Assert.Equal(before + 1, Number(both, "actual"));
    }

    [Fact]
    public async Task Matrix_ListsEveryCountyWithEveryIndicator()
    {
        var code = await IndicatorAsync();
        await PutAsync(code, Ruian, Year, 8, 7m);

        var matrix = await Json(await (await app.AsAdmin()).GetAsync($"/api/indicators/matrix?parent=330300&year={Year}&month=8"));

        var regions = matrix.GetProperty("regions");
        Assert.Equal(12, regions.GetArrayLength());
        var indicators = matrix.GetProperty("indicators").GetArrayLength();
        Assert.All(regions.EnumerateArray(), r => Assert.Equal(indicators, r.GetProperty("rows").GetArrayLength()));
        var ruian = regions.EnumerateArray().Single(r => r.GetProperty("code").GetString() == Ruian);
        Assert.Equal("瑞安市", ruian.GetProperty("name").GetString());
        Assert.Equal(7m, ruian.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code).GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task Matrix_AllTwelveReport_RanksAmongTwelve_TiesShare()
    {
        var code = await IndicatorAsync(unit: "件");
        string[] counties = ["330302", "330303", "330304", "330305", "330324", Pingyang, Cangnan, Wencheng, "330329", Ruian, "330382", "330383"];
        for (var i = 0; i < counties.Length; i++)
        {
            await PutAsync(code, counties[i], Year, 8, counties[i] == Ruian ? 10m : 12 - i);   // 瑞安 ties with 瓯海 at 10
        }

        var matrix = await Json(await (await app.AsAdmin()).GetAsync($"/api/indicators/matrix?parent=330300&year={Year}&month=8"));

        var texts = matrix.GetProperty("regions").EnumerateArray().ToDictionary(
            r => r.GetProperty("code").GetString()!,
            r => r.GetProperty("rows").EnumerateArray().Single(x => x.GetProperty("code").GetString() == code).GetProperty("rankText").GetString());
        // 12 (鹿城), 11 (龙湾) … with 瑞安's 10 tying 瓯海's 10: both 3rd, then 洞头 9 is 5th, 龙港 (1) last.
        Assert.Equal(("第1/12", "第2/12", "第3/12", "第3/12", "第5/12", "第12/12"),
            (texts["330302"], texts["330303"], texts["330304"], texts[Ruian], texts["330305"], texts["330383"]));
    }

    [Fact]
    public async Task Trend_GivesEveryMonthOfThisAndLastYear()
    {
        var code = await IndicatorAsync();
        await PutAsync(code, Pingyang, Year, 1, 1m);
        await PutAsync(code, Pingyang, Year, 2, 2.5m);
        await PutAsync(code, Pingyang, Year - 1, 2, 2m);

        var trend = await Json(await (await app.AsAdmin()).GetAsync($"/api/indicators/{code}/trend?region={Pingyang}&year={Year}"));

        Assert.Equal(12, trend.GetProperty("thisYear").GetArrayLength());
        Assert.Equal(2.5m, trend.GetProperty("thisYear")[1].GetProperty("actual").GetDecimal());
        Assert.Equal(2m, trend.GetProperty("lastYear")[1].GetProperty("actual").GetDecimal());
        Assert.Equal(JsonValueKind.Null, trend.GetProperty("lastYear")[0].GetProperty("actual").ValueKind);
    }

    private static MultipartFormDataContent Upload(params Dictionary<string, object?>[] rows)
    {
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.ToList());
        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", "月报.xlsx" } };
    }

    private async Task<string> NameAsync(string code) =>
        (await Json(await (await app.AsAdmin()).GetAsync("/api/indicators"))).EnumerateArray()
            .Single(i => i.GetProperty("code").GetString() == code).GetProperty("name").GetString()!;

    [Fact]
    public async Task Import_AllOrNothing_ReportsEveryBadCell_ThenWritesTheGoodSheet()
    {
        var first = await IndicatorAsync();
        var second = await IndicatorAsync(unit: "件");
        var user = ApiFixture.Unique("ci");
        await app.CreateUserAsync(user, "330300", "staff");
        var city = await app.As(user);
        var (a, b) = (await NameAsync(first), await NameAsync(second) + "（件）");

        var bad = await Json(await city.PostAsync($"/api/indicators/import?year={Year}&month=9", Upload(
            new() { ["地区代码"] = Pingyang, ["地区名称"] = "平阳县", [a] = 1.5, [b] = 10 },
            new() { ["地区代码"] = "330102", ["地区名称"] = "杭州上城", [a] = 2, [b] = "十" },
            new() { ["地区代码"] = Cangnan, ["地区名称"] = "苍南县", [a] = -3, [b] = 7 })));
        Assert.False(bad.GetProperty("written").GetBoolean());
        var errors = bad.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "地区代码"), errors);
        Assert.Contains((3, b), errors);
        Assert.Contains((4, a), errors);
        Assert.Null(Number(await RowAsync(first, Pingyang, 9), "actual"));

        var unknown = await city.PostAsync($"/api/indicators/import?year={Year}&month=9", Upload(
            new Dictionary<string, object?> { ["地区代码"] = Pingyang, ["没有这个指标"] = 1 }));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("没有这个指标", (await Json(unknown)).GetProperty("errors").GetProperty("file")[0].GetString());

        var good = Upload(
            new() { ["地区代码"] = Pingyang, [a] = 1.5, [b] = 10 },
            new() { ["地区代码"] = Cangnan, [a] = 2.25, [b] = null });
        var dry = await Json(await city.PostAsync($"/api/indicators/import?year={Year}&month=9&dryRun=true", good));
        Assert.Equal(3, dry.GetProperty("created").GetInt32());
        Assert.Null(Number(await RowAsync(first, Pingyang, 9), "actual"));

        var done = await Json(await city.PostAsync($"/api/indicators/import?year={Year}&month=9", Upload(
            new() { ["地区代码"] = Pingyang, [a] = 1.5, [b] = 10 },
            new() { ["地区代码"] = Cangnan, [a] = 2.25, [b] = null })));
        Assert.True(done.GetProperty("written").GetBoolean());
        Assert.Equal(1.5m, Number(await RowAsync(first, Pingyang, 9), "actual"));
        Assert.Equal(2.25m, Number(await RowAsync(first, Cangnan, 9), "actual"));
        Assert.Null(Number(await RowAsync(second, Cangnan, 9), "actual"));
        var history = await Json(await city.GetAsync($"/api/indicators/{first}/values/{Pingyang}/{Year}/9/history"));
        Assert.Equal("Excel导入", history[0].GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Export_WritesTheAssessmentTableWithTheSameTexts()
    {
        var code = await IndicatorAsync();
        await TargetAsync(code, Pingyang, Year, 8m);
        await PutAsync(code, Pingyang, Year, 12, 10m);
        await PutAsync(code, Cangnan, Year, 12, 12m);
        await PutAsync(code, Wencheng, Year, 12, 3m);
        var name = await NameAsync(code);

        var response = await (await app.AsAdmin()).GetAsync($"/api/indicators/report.xlsx?region={Pingyang}&year={Year}&month=12");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => (string?)r["考核指标"] == name);
        Assert.Equal("10.00亿元", row["完成情况"]);
        Assert.Equal("125.00%", row["完成率"]);
        // Three of the twelve counties have a figure: 第2/3, not 第1/12 (docs/domain.md §3, Rank).
        Assert.Equal("第2/3", row["排名"]);
    }
}
