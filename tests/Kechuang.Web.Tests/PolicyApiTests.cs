using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Web.Tests.Support;
using MiniExcelLibs;

namespace Kechuang.Web.Tests;

public sealed class SqlitePolicyApiTests(SqliteApiFixture fixture) : PolicyApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresPolicyApiTests(PostgresApiFixture fixture) : PolicyApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 政策兑现 (docs/domain.md §7.5): clauses as expressions checked before they are saved, the beneficiaries computed from the
/// register with a trace that adds up to each amount, unknowns with their reasons, the 免申即享 list through 公示, objection,
/// approval and payment, applications, editions, the yearly total, who may see what, and the summary sentence. Each test
/// uses its own county, so the register's enterprises of one never qualify under another's clause.
/// </summary>
public abstract class PolicyApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string FirstError(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    private static object Clause(string code, string region, string condition, string amount, decimal? cap = null, decimal? budget = null,
        string overBudget = "prorate", bool autoGrant = true, int year = 2025) =>
        new { code, name = "测试条款" + code, document = "平政发〔2025〕1号", regionCode = region, year, condition, amount, cap, budget, overBudget, autoGrant };

    private static string Code() => "T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>An enterprise of <paramref name="region"/> with 2025 facts (rd, sales, staff) and optionally 2024's and a 2025 HTE certificate.</summary>
    private async Task<(string Id, string Uscc)> EnterpriseAsync(string region, decimal? rd = null, decimal? sales = null, int staff = 50,
        decimal? rdPrev = null, string? hteIssuedOn = null)
    {
        var admin = await app.AsAdmin();
        var uscc = TestCodes.NewUscc(region);
        var created = await Json(await admin.PostAsJsonAsync("/api/enterprises", new { name = "政策测试企业" + ApiFixture.Unique("e"), uscc, regionCode = region, foundedOn = "2015-03-01" }));
        var id = created.GetProperty("id").GetString()!;
        if (rd is not null)
        {
            var put = await admin.PutAsJsonAsync($"/api/enterprises/{id}/facts/2025", new { staff, techStaff = Math.Min(10, staff), salesRevenue = sales ?? 10_000_000m, totalIncome = sales ?? 10_000_000m, rdExpense = rd, rdExpenseDomestic = rd, totalCostsAndExpenses = 9_000_000m, totalAssets = 20_000_000m, highTechIncome = 1_000_000m });
            Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        }
        if (rdPrev is not null)
        {
            var put = await admin.PutAsJsonAsync($"/api/enterprises/{id}/facts/2024", new { staff, techStaff = Math.Min(10, staff), salesRevenue = 8_000_000m, totalIncome = 8_000_000m, rdExpense = rdPrev, rdExpenseDomestic = rdPrev, totalCostsAndExpenses = 7_000_000m, totalAssets = 20_000_000m, highTechIncome = 1_000_000m });
            Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        }
        if (hteIssuedOn is not null)
        {
            var title = await admin.PostAsJsonAsync($"/api/enterprises/{id}/qualifications", new { type = "高新技术企业", number = "GR" + ApiFixture.Unique("q"), issuedOn = hteIssuedOn });
            Assert.Equal(HttpStatusCode.Created, title.StatusCode);
        }
        return (id, uscc);
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/policies", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static async Task<List<JsonElement>> BeneficiariesAsync(HttpClient client, string code, int year = 2025)
    {
        var response = await client.GetAsync($"/api/policies/{code}/beneficiaries?year={year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await Json(response)).EnumerateArray()];
    }

    /// <summary>The trace adds up: the formula's amount plus every change equals the amount granted.</summary>
    private static void AssertTraceAddsUp(JsonElement beneficiary)
    {
        var trace = beneficiary.GetProperty("trace").EnumerateArray().ToList();
        var start = trace.Single(t => t.GetProperty("step").GetString() == "计算").GetProperty("value").GetDecimal();
        var changes = trace.Where(t => t.GetProperty("change").ValueKind == JsonValueKind.Number).Sum(t => t.GetProperty("change").GetDecimal());
        var final = trace.Last();
        Assert.Equal("金额", final.GetProperty("step").GetString());
        Assert.Equal(beneficiary.GetProperty("amount").GetDecimal(), final.GetProperty("value").GetDecimal());
        Assert.Equal(beneficiary.GetProperty("amount").GetDecimal(), start + changes);
    }

    [Fact]
    public async Task Create_Returns201_WithTheClause()
    {
        var staff = await app.As(await NewUserAsync("staff", "330326"));
        var code = Code();

        var created = await CreateAsync(staff, Clause(code, "330326", "rd >= 3000000 && hte_valid", "Min(rd * 0.05, 500000)", cap: 400_000m, budget: 2_000_000m));

        Assert.Equal(code, created.GetProperty("code").GetString());
        Assert.Equal(1, created.GetProperty("edition").GetInt32());
        Assert.Equal(400_000m, created.GetProperty("cap").GetDecimal());
        Assert.Equal("prorate", created.GetProperty("overBudget").GetString());
        Assert.True(created.GetProperty("autoGrant").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync("/api/policies", Clause(code, "330326", "hte_new", "100000"))).StatusCode);
    }

    [Theory]
    [InlineData("rd >= 3000000 && (sales", "amount_ok", "condition", "括号不成对")]
    [InlineData("revenue > 1", "1", "condition", "未知变量 revenue")]
    [InlineData("rd > 'abc'", "1", "condition", "不能写文字“abc”")]
    [InlineData("rd + 1", "1", "condition", "条件应得出“是/否”")]
    [InlineData("hte_new", "hte_valid", "amount", "金额应得出数字")]
    [InlineData("rd && hte_new", "1", "condition", "&& 两边应为“是/否”条件")]
    [InlineData("hte_new", "Sqrt(rd)", "amount", "未知函数 Sqrt")]
    public async Task Create_BadExpression_Is400NamingTheProblem(string condition, string amount, string field, string expected)
    {
        var staff = await app.AsAdmin();

        var response = await staff.PostAsJsonAsync("/api/policies", Clause(Code(), "330326", condition, amount == "amount_ok" ? "100" : amount));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, FirstError(await Json(response), field), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BadAmounts_AndOtherCountyStaff_AreRefused()
    {
        var admin = await app.AsAdmin();
        var other = await app.As(await NewUserAsync("staff", "330302"));

        var negative = await admin.PostAsJsonAsync("/api/policies", Clause(Code(), "330326", "hte_new", "100", cap: -5m));
        var absurd = await admin.PostAsJsonAsync("/api/policies", Clause(Code(), "330326", "hte_new", "100", budget: 99_000_000_000m));
        var outside = await other.PostAsJsonAsync("/api/policies", Clause(Code(), "330326", "hte_new", "100"));

        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("封顶金额应大于0", FirstError(await Json(negative), "cap"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, absurd.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
    }

    [Fact]
    public async Task Beneficiaries_ThresholdMetExactly_CapHit_Unknowns_AndTheTraceAddsUp()
    {
        const string Region = "330327";   // 苍南县
        var admin = await app.AsAdmin();
        var exact = await EnterpriseAsync(Region, rd: 3_000_000m, hteIssuedOn: "2023-11-20");        // meets rd >= 3,000,000 exactly
        var big = await EnterpriseAsync(Region, rd: 12_345_678.91m, hteIssuedOn: "2024-12-01");      // 5% = 617,283.9455 → cap 500,000
        var below = await EnterpriseAsync(Region, rd: 2_999_999.99m, hteIssuedOn: "2024-12-01");     // one fen short: left out
        var noFacts = await EnterpriseAsync(Region, hteIssuedOn: "2024-12-01");                       // no 2025 facts: unknown
        var noTitle = await EnterpriseAsync(Region, rd: 9_000_000m);                                  // no HTE: left out
        var code = Code();
        await CreateAsync(admin, Clause(code, Region, "hte_valid && rd >= 3000000", "rd * 0.05", cap: 500_000m));

        var rows = await BeneficiariesAsync(admin, code);

        Assert.Equal(3, rows.Count);
        var byId = rows.ToDictionary(r => r.GetProperty("enterpriseId").GetString()!);
        Assert.Equal(150_000m, byId[exact.Id].GetProperty("amount").GetDecimal());
        Assert.Equal(500_000m, byId[big.Id].GetProperty("amount").GetDecimal());
        Assert.Equal("eligible", byId[big.Id].GetProperty("status").GetString());
        Assert.Equal(big.Uscc, byId[big.Id].GetProperty("uscc").GetString());
        Assert.Contains(byId[big.Id].GetProperty("trace").EnumerateArray(), t => t.GetProperty("step").GetString() == "封顶");
        Assert.Equal("unknown", byId[noFacts.Id].GetProperty("status").GetString());
        Assert.Equal(0m, byId[noFacts.Id].GetProperty("amount").GetDecimal());
        Assert.Contains("缺少2025年度企业数据：研发费用（rd）", byId[noFacts.Id].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(below.Id, byId.Keys);
        Assert.DoesNotContain(noTitle.Id, byId.Keys);
        AssertTraceAddsUp(byId[exact.Id]);
        AssertTraceAddsUp(byId[big.Id]);
        var rdLine = byId[exact.Id].GetProperty("trace").EnumerateArray().First(t => t.GetProperty("variable").GetString() == "rd");
        Assert.Equal(3_000_000m, rdLine.GetProperty("value").GetDecimal());
        Assert.Equal("2025年度企业数据", rdLine.GetProperty("source").GetString());
        Assert.NotEqual(JsonValueKind.Null, rdLine.GetProperty("recordId").ValueKind);
    }

    [Fact]
    public async Task Beneficiaries_DivisionByZero_IsUnknown_AndGrowthReadsLastYear()
    {
        const string Region = "330328";   // 文成县
        var admin = await app.AsAdmin();
        var zeroStaff = await EnterpriseAsync(Region, rd: 1_000_000m, staff: 0, rdPrev: 800_000m);
        var grew = await EnterpriseAsync(Region, rd: 1_000_000m, staff: 40, rdPrev: 800_000m);
        var noPrevious = await EnterpriseAsync(Region, rd: 1_000_000m, staff: 40);
        var code = Code();
        await CreateAsync(admin, Clause(code, Region, "rd > rd_prev", "(rd - rd_prev) * 0.1 + rd / staff / 100"));

        var rows = (await BeneficiariesAsync(admin, code)).ToDictionary(r => r.GetProperty("enterpriseId").GetString()!);

        Assert.Equal("unknown", rows[zeroStaff.Id].GetProperty("status").GetString());
        Assert.Contains("除数为零", rows[zeroStaff.Id].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(20_250m, rows[grew.Id].GetProperty("amount").GetDecimal());          // 200,000 × 0.1 + 1,000,000 / 40 / 100
        Assert.Contains("缺少2024年度企业数据：上年研发费用（rd_prev）", rows[noPrevious.Id].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beneficiaries_OverBudget_ProratedToTheFen_NeverAboveTheBudget()
    {
        const string Region = "330329";   // 泰顺县
        var admin = await app.AsAdmin();
        for (var i = 0; i < 3; i++)
        {
            await EnterpriseAsync(Region, rd: 1_000_000m);
        }
        var code = Code();
        await CreateAsync(admin, Clause(code, Region, "rd > 0", "100000", budget: 100_000m));

        var rows = await BeneficiariesAsync(admin, code);

        Assert.Equal(3, rows.Count);
        Assert.Equal(100_000m, rows.Sum(r => r.GetProperty("amount").GetDecimal()));
        Assert.Equal([33_333.33m, 33_333.33m, 33_333.34m], rows.Select(r => r.GetProperty("amount").GetDecimal()).Order());
        foreach (var row in rows)
        {
            AssertTraceAddsUp(row);
        }
    }

    [Fact]
    public async Task FreeList_Published_Objection_Approved_Paid_FeedsTheSummary()
    {
        const string Region = "330381";   // 瑞安市
        var staff = await app.As(await NewUserAsync("staff", Region));
        var admin = await app.AsAdmin();
        var first = await EnterpriseAsync(Region, hteIssuedOn: "2025-10-20");
        var second = await EnterpriseAsync(Region, hteIssuedOn: "2025-11-30");
        await EnterpriseAsync(Region, hteIssuedOn: "2024-11-30");                                    // recognised the year before
        var code = Code();
        await CreateAsync(staff, Clause(code, Region, "hte_new", "100000"));

        var draft = await Json(await staff.PostAsync($"/api/policies/{code}/awards/draft?year=2025", null));
        var tooEarly = await staff.PostAsJsonAsync($"/api/policies/{code}/awards/approve", new { year = 2025, approvedOn = "2026-01-09" });
        var published = await staff.PostAsJsonAsync($"/api/policies/{code}/awards/publish", new { year = 2025, from = "2026-01-05", to = "2026-01-11" });
        var awards = (await Json(await staff.GetAsync($"/api/policies/{code}/awards?year=2025"))).GetProperty("items").EnumerateArray().ToList();
        var objected = awards.Single(a => a.GetProperty("enterpriseId").GetString() == second.Id).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/policy-awards/{objected}/objection", new { text = "该企业证书年份有误", receivedOn = "2026-01-07" })).StatusCode);
        var waiting = await staff.PostAsJsonAsync($"/api/policies/{code}/awards/approve", new { year = 2025, approvedOn = "2026-01-15" });
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/policy-awards/{objected}/objection/answer", new { upheld = false, answer = "经核实证书于2025年颁发，异议不成立" })).StatusCode);
        var approved = await staff.PostAsJsonAsync($"/api/policies/{code}/awards/approve", new { year = 2025, approvedOn = "2026-01-15" });
        awards = (await Json(await staff.GetAsync($"/api/policies/{code}/awards?year=2025"))).GetProperty("items").EnumerateArray().ToList();
        foreach (var award in awards)
        {
            var paid = await staff.PostAsJsonAsync($"/api/policy-awards/{award.GetProperty("id").GetString()}/payment",
                new { paidOn = "2026-02-10", amount = 100000, voucherNo = "记-2026-0" + award.GetProperty("uscc").GetString()![^3..] });
            Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        }
        var again = await staff.PostAsJsonAsync($"/api/policy-awards/{awards[0].GetProperty("id").GetString()}/payment", new { paidOn = "2026-02-10", voucherNo = "记-1" });
        var detail = await Json(await staff.GetAsync($"/api/policies/{code}"));

        Assert.Equal(2, draft.GetProperty("listed").GetInt32());
        Assert.Equal(200_000m, draft.GetProperty("total").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, waiting.StatusCode);
        Assert.Contains("异议未处理", (await Json(waiting)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.All(awards, a => Assert.Equal("已批准", a.GetProperty("status").GetString()));
        Assert.Equal(200_000m, detail.GetProperty("clause").GetProperty("spending").GetProperty("paid").GetDecimal());
        Assert.Equal(2, detail.GetProperty("awardsByStatus").GetProperty("已兑现").GetInt32());
        Assert.Contains(first.Id, awards.Select(a => a.GetProperty("enterpriseId").GetString()));

        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year=2026&period=H1"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "policies");
        var sentence = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Contains("兑现各类科技创新奖励扶持资金20.00万元，惠及企业2家。", sentence, StringComparison.Ordinal);
    }

    /// <summary>A list in its 公示 period is on the public board without a login (docs/domain.md §7.11): names and amounts only.</summary>
    [Fact]
    public async Task PublishedList_IsOnThePublicBoard_DraftsAreNot()
    {
        const string Region = "330324";   // 永嘉县: no other clause of this class
        var staff = await app.As(await NewUserAsync("staff", Region));
        var first = await EnterpriseAsync(Region, hteIssuedOn: "2025-10-20");
        var name = (await Json(await staff.GetAsync($"/api/enterprises/{first.Id}"))).GetProperty("name").GetString();
        var code = Code();
        var draftOnly = Code();
        await CreateAsync(staff, Clause(code, Region, "hte_new", "100000"));
        await CreateAsync(staff, Clause(draftOnly, Region, "hte_new", "50000"));
        await staff.PostAsync($"/api/policies/{code}/awards/draft?year=2025", null);
        await staff.PostAsync($"/api/policies/{draftOnly}/awards/draft?year=2025", null);
        var today = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date;
        var published = await staff.PostAsJsonAsync($"/api/policies/{code}/awards/publish",
            new { year = 2025, from = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = today.AddDays(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(published.StatusCode == HttpStatusCode.OK, await published.Content.ReadAsStringAsync());

        var board = await Json(await app.Anonymous().GetAsync("/api/public/notices"));

        var lists = board.GetProperty("awards").EnumerateArray().ToList();
        var list = Assert.Single(lists, l => l.GetProperty("code").GetString() == code);
        Assert.DoesNotContain(lists, l => l.GetProperty("code").GetString() == draftOnly);
        var line = Assert.Single(list.GetProperty("awards").EnumerateArray(), a => a.GetProperty("enterpriseName").GetString() == name);
        Assert.Equal(100_000m, line.GetProperty("amount").GetDecimal());
        Assert.False(line.TryGetProperty("trace", out _));
        Assert.False(line.TryGetProperty("uscc", out _));
        Assert.Equal(2025, list.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Edit_AfterPayouts_AddsAnEdition_OldPayoutsKeepTheirs()
    {
        const string Region = "330382";   // 乐清市
        var staff = await app.As(await NewUserAsync("staff", Region));
        await EnterpriseAsync(Region, hteIssuedOn: "2025-10-20");
        var code = Code();
        var created = await CreateAsync(staff, Clause(code, Region, "hte_new", "100000"));
        await staff.PostAsync($"/api/policies/{code}/awards/draft?year=2025", null);
        await staff.PostAsJsonAsync($"/api/policies/{code}/awards/publish", new { year = 2025, from = "2026-01-05", to = "2026-01-11" });
        await staff.PostAsJsonAsync($"/api/policies/{code}/awards/approve", new { year = 2025, approvedOn = "2026-01-15" });
        var award = (await Json(await staff.GetAsync($"/api/policies/{code}/awards?year=2025"))).GetProperty("items")[0];
        await staff.PostAsJsonAsync($"/api/policy-awards/{award.GetProperty("id").GetString()}/payment", new { paidOn = "2026-02-10", voucherNo = "记-9" });

        var stale = await staff.PutAsJsonAsync($"/api/policies/{code}",
            new { code, name = "改", regionCode = Region, year = 2025, condition = "hte_new", amount = "200000", version = created.GetProperty("version").GetInt32() + 5 });
        var edited = await staff.PutAsJsonAsync($"/api/policies/{code}", new
        {
            code, name = "新认定高企奖励（修订）", regionCode = Region, year = 2025, condition = "hte_new", amount = "200000",
            version = created.GetProperty("version").GetInt32(),
        });
        var detail = await Json(await staff.GetAsync($"/api/policies/{code}"));
        var paid = await Json(await staff.GetAsync($"/api/policy-awards/{award.GetProperty("id").GetString()}"));
        var now = await BeneficiariesAsync(staff, code);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(2, (await Json(edited)).GetProperty("edition").GetInt32());
        Assert.Equal(2, detail.GetProperty("editions").GetArrayLength());
        Assert.Equal(1, detail.GetProperty("editions")[1].GetProperty("awards").GetInt32());
        Assert.Equal(1, paid.GetProperty("edition").GetInt32());
        Assert.Equal(100_000m, paid.GetProperty("amount").GetDecimal());
        Assert.Equal(100_000m, paid.GetProperty("paidAmount").GetDecimal());
        Assert.Equal(200_000m, now.Single().GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.DeleteAsync($"/api/policies/{code}")).StatusCode);
    }

    [Fact]
    public async Task Ceiling_CapsTheYearlyTotal_ExceptExemptClauses()
    {
        const string Region = "330383";   // 龙港市
        var staff = await app.As(await NewUserAsync("staff", Region));
        var enterprise = await EnterpriseAsync(Region, rd: 5_000_000m, hteIssuedOn: "2025-10-20");
        var (granted, capped, exempt) = (Code(), Code(), Code());
        await CreateAsync(staff, Clause(granted, Region, "hte_new", "250000"));
        await CreateAsync(staff, Clause(capped, Region, "rd > 0", "rd * 0.02"));          // 100,000 wanted
        await CreateAsync(staff, Clause(exempt, Region, "rd > 0", "50000"));
        var ceiling = await staff.PutAsJsonAsync("/api/policy-ceilings", new { regionCode = Region, year = 2025, amount = 300_000m, exemptions = exempt });
        Assert.Equal(HttpStatusCode.OK, ceiling.StatusCode);
        await staff.PostAsync($"/api/policies/{granted}/awards/draft?year=2025", null);    // 250,000 listed under the total

        var cappedRow = (await BeneficiariesAsync(staff, capped)).Single();
        var exemptRow = (await BeneficiariesAsync(staff, exempt)).Single();

        Assert.Equal(enterprise.Id, cappedRow.GetProperty("enterpriseId").GetString());
        Assert.Equal(50_000m, cappedRow.GetProperty("amount").GetDecimal());
        Assert.Contains(cappedRow.GetProperty("trace").EnumerateArray(), t => t.GetProperty("step").GetString() == "总额度");
        AssertTraceAddsUp(cappedRow);
        Assert.Equal(50_000m, exemptRow.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Enterprise_PreviewsAndApplies_SeesOnlyItsOwn()
    {
        const string Region = "330303";   // 龙湾区
        var admin = await app.AsAdmin();
        var staff = await app.As(await NewUserAsync("staff", Region));
        var own = await EnterpriseAsync(Region, rd: 4_000_000m);
        var other = await EnterpriseAsync(Region, rd: 4_000_000m);
        var user = await EnterpriseUserAsync(own.Id, Region);
        var otherUser = await EnterpriseUserAsync(other.Id, Region);
        var stranger = await app.As(await NewUserAsync("staff", "330304"));
        var code = Code();
        await CreateAsync(admin, Clause(code, Region, "rd >= 3000000", "rd * 0.03", autoGrant: false));

        var preview = await Json(await user.GetAsync($"/api/policies/{code}/preview?year=2025"));
        var applied = await user.PostAsJsonAsync($"/api/policies/{code}/applications", new { year = 2025 });
        var twice = await user.PostAsJsonAsync($"/api/policies/{code}/applications", new { year = 2025 });
        var awardId = (await Json(applied)).GetProperty("id").GetString();
        var draft = await Json(await staff.PostAsync($"/api/policies/{code}/awards/draft?year=2025", null));

        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        Assert.True(preview.GetProperty("qualifies").GetBoolean());
        Assert.Equal(120_000m, preview.GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(1, draft.GetProperty("listed").GetInt32());                              // only the applicant, not the other
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"/api/policy-awards/{awardId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUser.GetAsync($"/api/policy-awards/{awardId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/policy-awards/{awardId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/policies/{code}/beneficiaries?year=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"/api/policies/{code}/beneficiaries?year=2025")).StatusCode);
        Assert.Equal(0, (await Json(await otherUser.GetAsync("/api/policy-awards/mine"))).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Json(await user.GetAsync("/api/policy-awards/mine"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Export_WritesTheTraceColumns()
    {
        const string Region = "330304";   // 瓯海区
        var admin = await app.AsAdmin();
        await EnterpriseAsync(Region, rd: 4_000_000m);
        var code = Code();
        await CreateAsync(admin, Clause(code, Region, "rd >= 3000000", "rd * 0.03"));

        var response = await admin.GetAsync($"/api/policies/{code}/beneficiaries/export?year=2025");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Single(rows);
        Assert.Equal(120_000m, Convert.ToDecimal(rows[0]["兑现金额（元）"], CultureInfo.InvariantCulture));
        Assert.Equal(4_000_000m, Convert.ToDecimal(rows[0]["rd"], CultureInfo.InvariantCulture));
        Assert.Equal("2025年度企业数据", rows[0]["rd 来源"]);
    }

    private async Task<string> NewUserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role);
        await app.CreateUserAsync(name, region, role);
        return name;
    }

    private async Task<HttpClient> EnterpriseUserAsync(string enterpriseId, string region)
    {
        var admin = await app.AsAdmin();
        var name = ApiFixture.Unique("ent");
        var user = await admin.PostAsJsonAsync("/api/users", new
        {
            userName = name, displayName = "企业填报员", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId,
        });
        user.EnsureSuccessStatusCode();
        return await app.As(name);
    }
}
