using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteCultivationApiTests(SqliteApiFixture fixture) : CultivationApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresCultivationApiTests(PostgresApiFixture fixture) : CultivationApiTests<PostgresApiFixture>(fixture);

/// <summary>Evaluations, the cultivation view, the pool and the reminders over HTTP.</summary>
public abstract class CultivationApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static readonly Random Random = new();
    private int LastYear => app.Clock.TodayInChina().Year - 1;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>An enterprise with three years of figures that pass every HTE condition except, optionally, tech staff.</summary>
    private async Task<string> CreateWithFactsAsync(string name, int techStaffPerHundred, bool expertScores = true, bool reportIp = true, int classOneIp = 2, int classTwoIp = 6)
    {
        var admin = await app.AsAdmin();
        var uscc = TestCodes.NewUscc();
        var created = await admin.PostAsJsonAsync("/api/enterprises", new { name, uscc, regionCode = "330326", foundedOn = "2015-03-01", technologyField = "新材料" });
        var id = (await Json(created)).GetProperty("id").GetString()!;
        for (var year = LastYear - 2; year <= LastYear; year++)
        {
            var sales = 40_000_000m + (year - LastYear + 2) * 8_000_000m;
            var response = await admin.PutAsJsonAsync($"/api/enterprises/{id}/facts/{year}", new
            {
                staff = 100,
                techStaff = techStaffPerHundred,
                salesRevenue = sales,
                totalIncome = sales,
                highTechIncome = sales * 0.8m,
                rdExpense = sales * 0.06m,
                rdExpenseDomestic = sales * 0.06m,
                totalCostsAndExpenses = sales * 0.7m,
                totalAssets = 60_000_000m,
                netAssets = 20_000_000m + (year - LastYear + 2) * 6_000_000m,
                classOneIp = reportIp ? classOneIp : (int?)null,
                classTwoIp = reportIp ? classTwoIp : (int?)null,
                conversions = 6,
                majorViolation = false,
                ipAdvancement = expertScores ? 7 : (int?)null,
                ipCoreRole = expertScores ? 7 : (int?)null,
                ipOwnRd = true,
                rdManagement = expertScores ? 16 : (int?)null,
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        return id;
    }

    [Fact]
    public async Task Hte_StrongEnterprise_IsEligibleWithEveryConditionPassed()
    {
        var id = await CreateWithFactsAsync("强企业", techStaffPerHundred: 30);

        var result = await Json(await (await app.AsAdmin()).GetAsync($"/api/enterprises/{id}/evaluations/hte?year={LastYear}"));

        Assert.Equal("eligible", result.GetProperty("verdict").GetString());
        Assert.True(result.GetProperty("scoreMin").GetInt32() >= 71);
        var codes = result.GetProperty("conditions").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Equal(["registeredOneYear", "coreIp", "supportedField", "techStaffShare", "rdExpenseRatio", "rdDomesticShare", "highTechIncomeShare", "innovationScore", "noMajorViolation"], codes);
        Assert.All(result.GetProperty("conditions").EnumerateArray(), c => Assert.True(c.GetProperty("passed").GetBoolean()));
    }

    [Fact]
    public async Task Hte_TooFewTechStaff_IsIneligible_AndSaysHowManyMore()
    {
        var id = await CreateWithFactsAsync("人手不足企业", techStaffPerHundred: 9);

        var result = await Json(await (await app.AsAdmin()).GetAsync($"/api/enterprises/{id}/evaluations/hte?year={LastYear}"));
        var staff = result.GetProperty("conditions").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "techStaffShare");

        Assert.Equal("ineligible", result.GetProperty("verdict").GetString());
        Assert.False(staff.GetProperty("passed").GetBoolean());
        Assert.Equal(0.09m, staff.GetProperty("actual").GetDecimal());
        Assert.Equal(0.1m, staff.GetProperty("required").GetDecimal());
        Assert.Equal(1m, staff.GetProperty("gap").GetDecimal());
    }

    [Fact]
    public async Task Hte_WithoutExpertScores_IsARange()
    {
        var id = await CreateWithFactsAsync("待评企业", techStaffPerHundred: 30, expertScores: false);

        var result = await Json(await (await app.AsAdmin()).GetAsync($"/api/enterprises/{id}/evaluations/hte?year={LastYear}"));

        Assert.True(result.GetProperty("scoreMin").GetInt32() < result.GetProperty("scoreMax").GetInt32());
    }

    [Fact]
    public async Task TechSme_HasThreeScoredParts()
    {
        var id = await CreateWithFactsAsync("科小企业", techStaffPerHundred: 30);

        var result = await Json(await (await app.AsAdmin()).GetAsync($"/api/enterprises/{id}/evaluations/techsme?year={LastYear}"));

        Assert.Equal(["techStaff", "rd", "ip"], result.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.Equal(100, result.GetProperty("score").GetInt32());
        Assert.Equal("eligible", result.GetProperty("verdict").GetString());
    }

    /// <summary>A patent of <paramref name="enterprise"/>: a new application number of the year and kind digit, check digit computed.</summary>
    private async Task<string> PatentAsync(string enterprise, char type, string appliedOn, string grantedOn, string? lapsedOn = null)
    {
        var digits = appliedOn[..4] + type + Random.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        var number = digits + "." + PatentNumber.CheckDigit(digits);
        var response = await (await app.AsAdmin()).PostAsJsonAsync("/api/patents", new
        {
            enterpriseId = enterprise, number, appliedOn, grantedOn, lapsedOn, status = lapsedOn is null ? "已授权" : "已失效",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return number;
    }

    private static JsonElement Part(JsonElement evaluation, string list, string code) =>
        evaluation.GetProperty(list).EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);

    [Fact]
    public async Task Ip_NotReported_IsCountedFromValidPatentsOfTheRegister_AndSaysSo()
    {
        var id = await CreateWithFactsAsync("专利登记簿企业", techStaffPerHundred: 30, reportIp: false);
        var invention = await PatentAsync(id, '1', "2021-03-01", "2023-05-10");
        var utility = await PatentAsync(id, '2', "2022-04-01", "2022-11-20");
        var lapsed = await PatentAsync(id, '1', "2019-02-01", "2021-06-01", lapsedOn: "2024-03-01");
        var late = await PatentAsync(id, '2', "2024-08-01", "2025-03-15");
        var admin = await app.AsAdmin();

        var sme = await Json(await admin.GetAsync($"/api/enterprises/{id}/evaluations/techsme?year={LastYear}"));
        var asOf = await Json(await admin.GetAsync($"/api/enterprises/{id}/evaluations/hte?year={LastYear}&asOf=2025-01-31"));

        var ip = Part(sme, "parts", "ip");
        Assert.Equal(30, ip.GetProperty("points").GetInt32());
        var text = ip.GetProperty("basis").GetString()!;
        Assert.Contains("专利登记簿", text);
        Assert.Contains("Ⅰ类知识产权 1 件、Ⅱ类 2 件", text);
        Assert.Contains(invention, text);
        Assert.DoesNotContain(lapsed, text);
        var core = Part(asOf, "conditions", "coreIp");
        var coreText = core.GetProperty("message").GetString()!;
        Assert.Equal(2m, core.GetProperty("actual").GetDecimal());
        Assert.Contains("专利登记簿2025年1月31日有效", coreText);
        Assert.Contains(utility, coreText);
        Assert.DoesNotContain(late, coreText);
    }

    [Fact]
    public async Task Ip_Reported_WinsOverTheRegister_EvenAsZero()
    {
        var id = await CreateWithFactsAsync("已填报零件企业", techStaffPerHundred: 30, classOneIp: 0, classTwoIp: 0);
        await PatentAsync(id, '1', "2021-03-01", "2023-05-10");
        var admin = await app.AsAdmin();

        var sme = await Json(await admin.GetAsync($"/api/enterprises/{id}/evaluations/techsme?year={LastYear}"));
        var hte = await Json(await admin.GetAsync($"/api/enterprises/{id}/evaluations/hte?year={LastYear}"));

        var ip = Part(sme, "parts", "ip");
        Assert.Equal(0, ip.GetProperty("points").GetInt32());
        Assert.DoesNotContain("专利登记簿", ip.GetProperty("basis").GetString()!);
        Assert.False(Part(hte, "conditions", "coreIp").GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task Evaluation_FutureYear_Is400()
    {
        var id = await CreateWithFactsAsync("年份企业", techStaffPerHundred: 30);

        var response = await (await app.AsAdmin()).GetAsync($"/api/enterprises/{id}/evaluations/hte?year={LastYear + 5}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CultivationView_PutsTheClosestFirst_AndExportsExcel()
    {
        var near = await CreateWithFactsAsync("差一点企业" + Random.Next(1000), techStaffPerHundred: 9);
        var ready = await CreateWithFactsAsync("已达标企业" + Random.Next(1000), techStaffPerHundred: 30);
        var admin = await app.AsAdmin();

        var view = await Json(await admin.GetAsync($"/api/cultivation/evaluations?regionCode=330326&year={LastYear}&pageSize=200"));
        var ids = view.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("enterpriseId").GetString()).ToList();
        var excel = await admin.GetAsync($"/api/cultivation/evaluations.xlsx?regionCode=330326&year={LastYear}");

        Assert.True(ids.IndexOf(ready) < ids.IndexOf(near));
        Assert.True(view.GetProperty("hteEligible").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        var bytes = await excel.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]); // a zip: an xlsx
    }

    [Fact]
    public async Task CultivationView_WithoutFigures_SaysSoAndComesAfterTheEvaluated()
    {
        var admin = await app.AsAdmin();
        var uscc = TestCodes.NewUscc();
        var empty = (await Json(await admin.PostAsJsonAsync("/api/enterprises", new { name = "无数据企业", uscc, regionCode = "330326", foundedOn = "2015-03-01" })))
            .GetProperty("id").GetString();
        var weak = await CreateWithFactsAsync("人手不足企业二", techStaffPerHundred: 5);

        var rows = (await Json(await admin.GetAsync($"/api/cultivation/evaluations?regionCode=330326&year={LastYear}&pageSize=200")))
            .GetProperty("rows").EnumerateArray().ToList();
        var emptyRow = rows.Single(r => r.GetProperty("enterpriseId").GetString() == empty);
        var ids = rows.Select(r => r.GetProperty("enterpriseId").GetString()).ToList();

        Assert.True(emptyRow.GetProperty("hteFactsMissing").GetBoolean());
        Assert.True(ids.IndexOf(weak) < ids.IndexOf(empty));
    }

    [Fact]
    public async Task Pool_AddMoveAndList_DuplicateIs409_EnterpriseUserIs403()
    {
        var id = await CreateWithFactsAsync("培育企业", techStaffPerHundred: 12);
        var admin = await app.AsAdmin();
        var year = app.Clock.TodayInChina().Year;

        var added = await Json(await admin.PostAsJsonAsync("/api/cultivation/pool", new { enterpriseId = id, year, target = "高新技术企业", stage = "候选", notes = "研发费用需归集" }));
        var duplicate = await admin.PostAsJsonAsync("/api/cultivation/pool", new { enterpriseId = id, year, target = "高新技术企业", stage = "候选" });
        var moved = await admin.PutAsJsonAsync($"/api/cultivation/pool/{added.GetProperty("id").GetString()}", new { stage = "辅导中", notes = "已对接中介", version = 0 });
        var badStage = await admin.PutAsJsonAsync($"/api/cultivation/pool/{added.GetProperty("id").GetString()}", new { stage = "完成", version = 1 });
        var pool = await Json(await admin.GetAsync($"/api/cultivation/pool?year={year}&stage=辅导中"));
        var userName = ApiFixture.Unique("entp");
        await admin.PostAsJsonAsync("/api/users", new { userName, displayName = "企业", password = "Passw0rd-1", regionCode = "330326", roles = new[] { "enterprise" }, enterpriseId = id });
        var enterpriseUser = await app.As(userName);

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badStage.StatusCode);
        Assert.Contains(pool.EnumerateArray(), p => p.GetProperty("enterpriseId").GetString() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterpriseUser.GetAsync("/api/cultivation/pool")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await enterpriseUser.GetAsync($"/api/enterprises/{id}/evaluations/hte")).StatusCode);
    }

    [Fact]
    public async Task Reminders_ListHteCertificatesExpiringWithinSixMonths()
    {
        var soon = await CreateWithFactsAsync("即将到期企业", techStaffPerHundred: 30);
        var later = await CreateWithFactsAsync("还早企业", techStaffPerHundred: 30);
        var admin = await app.AsAdmin();
        var today = app.Clock.TodayInChina();
        var soonIssued = today.AddYears(-3).AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var laterIssued = today.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await admin.PostAsJsonAsync($"/api/enterprises/{soon}/qualifications", new { type = "高新技术企业", number = "GR-SOON-" + Random.Next(99999), issuedOn = soonIssued });
        await admin.PostAsJsonAsync($"/api/enterprises/{later}/qualifications", new { type = "高新技术企业", number = "GR-LATER-" + Random.Next(99999), issuedOn = laterIssued });

        var reminders = await Json(await admin.GetAsync("/api/cultivation/reminders"));

        Assert.Contains(reminders.EnumerateArray(), r => r.GetProperty("enterpriseId").GetString() == soon && r.GetProperty("message").GetString()!.Contains("重新认定"));
        Assert.DoesNotContain(reminders.EnumerateArray(), r => r.GetProperty("enterpriseId").GetString() == later);
    }
}
