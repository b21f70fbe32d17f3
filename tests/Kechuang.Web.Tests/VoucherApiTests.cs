using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteVoucherApiTests(SqliteApiFixture fixture) : VoucherApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresVoucherApiTests(PostgresApiFixture fixture) : VoucherApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 创新券 and 科技金融 (docs/domain.md §7.4): the API contract with hand-worked amounts (share, balance and yearly caps,
/// rounding to the fen half up), each refusal, who sees what, two redemptions at once, the 免申即享 issue, the finance
/// summaries, and the summary sentences and indicators. Dates count from the fixture's clock: Y is last year, ended.
/// </summary>
public abstract class VoucherApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private DateOnly Today => app.Clock.TodayInChina();

    /// <summary>Last year: ended, so the summary and the indicators read all of it.</summary>
    private int Y => Today.Year - 1;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string InY(string monthDay) => $"{Y}-{monthDay}";

    private string Valid => $"{Y + 2}-12-31";

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<string> Reason(HttpResponseMessage response) => (await response.Content.ReadAsStringAsync());

    private async Task<(string Id, string Uscc)> EnterpriseAsync(HttpClient admin, string region)
    {
        var uscc = TestCodes.NewUscc(region);
        var e = await Created(await admin.PostAsJsonAsync("/api/enterprises", new { name = "创新券测试企业" + ApiFixture.Unique("e"), uscc, regionCode = region, foundedOn = "2018-05-20" }));
        return (e.GetProperty("id").GetString()!, uscc);
    }

    private async Task<HttpClient> EnterpriseUserAsync(HttpClient admin, string region, string enterpriseId)
    {
        var name = ApiFixture.Unique("ent");
        (await admin.PostAsJsonAsync("/api/users", new
        {
            userName = name, displayName = "企业填报员", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId,
        })).EnsureSuccessStatusCode();
        return await app.As(name);
    }

    private async Task<HttpClient> StaffAsync(string region)
    {
        var name = ApiFixture.Unique("staff");
        await app.CreateUserAsync(name, region, "staff");
        return await app.As(name);
    }

    private static async Task<string> ProviderAsync(HttpClient client, string? uscc = null, string region = "330326") =>
        (await Created(await client.PostAsJsonAsync("/api/voucher-providers", new { uscc = uscc ?? TestCodes.NewUscc(region), name = "检测服务机构" + ApiFixture.Unique("p") })))
            .GetProperty("id").GetString()!;

    private async Task<JsonElement> VoucherAsync(HttpClient client, string enterpriseId, decimal amount, string? validUntil = null, string? programmeId = null) =>
        await Created(await client.PostAsJsonAsync("/api/vouchers", new { enterpriseId, amount, validUntil = validUntil ?? Valid, programmeId }));

    private Task<HttpResponseMessage> RedeemAsync(HttpClient client, string voucher, string provider, decimal contractAmount, string? servedOn = null, string? invoice = null) =>
        client.PostAsJsonAsync($"/api/vouchers/{voucher}/redemptions", new { providerId = provider, contractAmount, invoiceNo = invoice ?? ApiFixture.Unique("FP"), servedOn = servedOn ?? Day(Today) });

    [Fact]
    public async Task Redeem_WithoutProgramme_HalfTheContract_ToTheFen_ThenTheBalance()
    {
        var staff = await StaffAsync("330326");   // 平阳县
        var admin = await app.AsAdmin();
        var (enterprise, _) = await EnterpriseAsync(admin, "330326");
        var provider = await ProviderAsync(staff);
        var voucher = await VoucherAsync(staff, enterprise, 1000m);
        var id = voucher.GetProperty("id").GetString()!;

        // 0.5 × 333.33 = 166.665 → 166.67 (half up); then 0.5 × 2000 = 1000 > balance 833.33; then nothing left.
        var first = await Created(await RedeemAsync(staff, id, provider, 333.33m));
        var second = await Created(await RedeemAsync(staff, id, provider, 2000m));
        var third = await RedeemAsync(staff, id, provider, 100m);
        var detail = await Json(await staff.GetAsync($"/api/vouchers/{id}"));

        Assert.Equal(1000m, voucher.GetProperty("balance").GetDecimal());
        Assert.Equal((166.67m, 833.33m), (first.GetProperty("covered").GetDecimal(), first.GetProperty("balance").GetDecimal()));
        Assert.Equal((833.33m, 0m), (second.GetProperty("covered").GetDecimal(), second.GetProperty("balance").GetDecimal()));
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Contains("余额为0", await Reason(third), StringComparison.Ordinal);
        Assert.Equal([1000m, -166.67m, -833.33m], detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("change").GetDecimal()));
        Assert.Equal([1000m, 833.33m, 0m], detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("balanceAfter").GetDecimal()));
        Assert.Equal(1000m, detail.GetProperty("voucher").GetProperty("redeemed").GetDecimal());
        Assert.Equal(2, detail.GetProperty("redemptions").GetArrayLength());
    }

    [Fact]
    public async Task Redeem_UnderAProgramme_ItsShare_AndTheEnterprisesYearlyCapAcrossVouchers()
    {
        var staff = await StaffAsync("330327");   // 苍南县
        var admin = await app.AsAdmin();
        var (enterprise, _) = await EnterpriseAsync(admin, "330327");
        var provider = await ProviderAsync(staff, region: "330327");
        var programme = (await Created(await staff.PostAsJsonAsync("/api/voucher-programmes", new
        {
            name = "苍南县科技创新券", year = Y, total = 100_000m, perEnterpriseLimit = 1500m, share = 0.3m, validFrom = InY("01-01"), validUntil = Valid,
        }))).GetProperty("id").GetString()!;
        var a = (await VoucherAsync(staff, enterprise, 1000m, programmeId: programme)).GetProperty("id").GetString()!;
        var b = (await VoucherAsync(staff, enterprise, 1000m, programmeId: programme)).GetProperty("id").GetString()!;

        var onA = await Created(await RedeemAsync(staff, a, provider, 3000m, InY("06-01")));      // 0.3 × 3000 = 900
        var onB = await Created(await RedeemAsync(staff, b, provider, 3000m, InY("07-01")));      // 900, but only 1500 − 900 = 600 left this year
        var capped = await RedeemAsync(staff, b, provider, 100m, InY("08-01"));                   // the year's cap is spent
        var nextYear = await Created(await RedeemAsync(staff, b, provider, 100m, Day(Today)));  // a new year: 0.3 × 100 = 30
        var tooBig = await staff.PostAsJsonAsync("/api/vouchers", new { enterpriseId = enterprise, amount = 2000m, validUntil = Valid, programmeId = programme });

        Assert.Equal(900m, onA.GetProperty("covered").GetDecimal());
        Assert.Equal((600m, 400m), (onB.GetProperty("covered").GetDecimal(), onB.GetProperty("balance").GetDecimal()));
        Assert.Equal(HttpStatusCode.Conflict, capped.StatusCode);
        Assert.Contains("年在本专项的兑现额度已用完", await Reason(capped), StringComparison.Ordinal);
        Assert.Equal((30m, 370m), (nextYear.GetProperty("covered").GetDecimal(), nextYear.GetProperty("balance").GetDecimal()));
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        var listed = await Json(await staff.GetAsync($"/api/voucher-programmes?year={Y}"));
        var row = listed.EnumerateArray().Single(p => p.GetProperty("id").GetString() == programme);
        Assert.Equal((2000m, 1530m, 2), (row.GetProperty("issued").GetDecimal(), row.GetProperty("redeemed").GetDecimal(), row.GetProperty("vouchers").GetInt32()));
    }

    [Fact]
    public async Task Refusals_Expired_SameUscc_DeclaredRelation_InvoiceTwice_BadAmounts()
    {
        var staff = await StaffAsync("330328");   // 文成县
        var admin = await app.AsAdmin();
        var (enterprise, uscc) = await EnterpriseAsync(admin, "330328");
        var provider = await ProviderAsync(staff, region: "330328");
        var self = await ProviderAsync(staff, uscc);
        var related = await ProviderAsync(staff, region: "330328");
        var read = await Json(await staff.GetAsync($"/api/voucher-providers/{related}"));
        var relatedUscc = read.GetProperty("uscc").GetString();
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/voucher-providers/{related}", new
        {
            uscc = relatedUscc, name = "关联检测公司", relations = new[] { new { enterpriseId = enterprise, kind = "参股" } }, version = read.GetProperty("version").GetInt32(),
        })).StatusCode);
        var expired = (await VoucherAsync(staff, enterprise, 500m, InY("12-31"))).GetProperty("id").GetString()!;
        var voucher = (await VoucherAsync(staff, enterprise, 5000m)).GetProperty("id").GetString()!;

        var late = await RedeemAsync(staff, expired, provider, 100m, InY("12-20"));
        var same = await RedeemAsync(staff, voucher, self, 100m);
        var relation = await RedeemAsync(staff, voucher, related, 100m);
        var once = await RedeemAsync(staff, voucher, provider, 100m, invoice: "25332000000012345678");
        var twice = await RedeemAsync(staff, voucher, provider, 100m, invoice: "25332000000012345678");
        var zero = await RedeemAsync(staff, voucher, provider, 0m);
        var absurd = await RedeemAsync(staff, voucher, provider, 1_000_000_000m);
        var future = await RedeemAsync(staff, voucher, provider, 100m, Day(Today.AddDays(20)));
        var negative = await staff.PostAsJsonAsync("/api/vouchers", new { enterpriseId = enterprise, amount = -5m, validUntil = Valid });
        var badUscc = await staff.PostAsJsonAsync("/api/voucher-providers", new { uscc = "91330328MA2ABCDE1X", name = "错码机构" });
        var detail = await Json(await staff.GetAsync($"/api/vouchers/{voucher}"));

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains($"已于{Y}年12月31日到期", await Reason(late), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        Assert.Contains("统一社会信用代码相同", await Reason(same), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, relation.StatusCode);
        Assert.Contains("关联关系（参股）", await Reason(relation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, once.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("不能重复兑现", await Reason(twice), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("服务合同金额应大于0元", await Reason(zero), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, absurd.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badUscc.StatusCode);
        Assert.Equal(4950m, detail.GetProperty("voucher").GetProperty("balance").GetDecimal());   // only the one good redemption
    }

    [Fact]
    public async Task Scoping_EnterpriseSeesOnlyItsOwn_AppliesAndIsApproved_ProviderSeesItsOwnRedemptions()
    {
        var staff = await StaffAsync("330329");   // 泰顺县
        var other = await StaffAsync("330302");   // 鹿城区
        var admin = await app.AsAdmin();
        var (mine, _) = await EnterpriseAsync(admin, "330329");
        var (theirs, _) = await EnterpriseAsync(admin, "330329");
        var (providerEnterprise, providerUscc) = await EnterpriseAsync(admin, "330329");
        var user = await EnterpriseUserAsync(admin, "330329", mine);
        var providerUser = await EnterpriseUserAsync(admin, "330329", providerEnterprise);
        var provider = await ProviderAsync(staff, providerUscc);
        var otherProvider = await ProviderAsync(staff, region: "330329");
        var theirVoucher = (await VoucherAsync(staff, theirs, 800m)).GetProperty("id").GetString()!;
        await Created(await RedeemAsync(staff, theirVoucher, provider, 200m));
        await Created(await RedeemAsync(staff, theirVoucher, otherProvider, 300m));

        var applied = await VoucherAsync(user, mine, 2000m);
        var forOthers = await user.PostAsJsonAsync("/api/vouchers", new { enterpriseId = theirs, amount = 100m, validUntil = Valid });
        var opened = await user.GetAsync($"/api/vouchers/{theirVoucher}");
        var fromElsewhere = await other.GetAsync($"/api/vouchers/{theirVoucher}");
        var redeemByEnterprise = await RedeemAsync(user, applied.GetProperty("id").GetString()!, provider, 100m);
        var list = await Json(await user.GetAsync("/api/vouchers"));
        var approved = await Json(await staff.PostAsJsonAsync($"/api/vouchers/{applied.GetProperty("id").GetString()}/decide", new { approve = true }));
        var own = await Json(await providerUser.GetAsync("/api/voucher-providers/mine/redemptions"));
        var notProvider = await Json(await user.GetAsync("/api/voucher-providers/mine/redemptions"));
        var staffMine = await staff.GetAsync("/api/voucher-providers/mine/redemptions");

        Assert.Equal(("待审核", 0m), (applied.GetProperty("status").GetString(), applied.GetProperty("balance").GetDecimal()));
        Assert.Equal(HttpStatusCode.Forbidden, forOthers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fromElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, redeemByEnterprise.StatusCode);
        Assert.Equal([mine], list.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("enterpriseId").GetString()));
        Assert.Equal(("有效", 2000m), (approved.GetProperty("status").GetString(), approved.GetProperty("balance").GetDecimal()));
        Assert.Equal([100m], own.EnumerateArray().Select(r => r.GetProperty("covered").GetDecimal()));
        Assert.Empty(notProvider.EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, staffMine.StatusCode);
    }

    [Fact]
    public async Task TwoRedemptionsAtOnce_CannotOverspendTheVoucher()
    {
        var staff = await StaffAsync("330324");   // 永嘉县
        var admin = await app.AsAdmin();
        var (enterprise, _) = await EnterpriseAsync(admin, "330324");
        var provider = await ProviderAsync(staff, region: "330324");
        var id = (await VoucherAsync(staff, enterprise, 1000m)).GetProperty("id").GetString()!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RedeemAsync(staff, id, provider, 800m)));   // 400 each
        var covered = 0m;
        foreach (var answer in answers.Where(a => a.StatusCode == HttpStatusCode.Created))
        {
            covered += (await Json(answer)).GetProperty("covered").GetDecimal();
        }
        var detail = await Json(await staff.GetAsync($"/api/vouchers/{id}"));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        Assert.True(covered <= 1000m);
        Assert.Equal(1000m - covered, detail.GetProperty("voucher").GetProperty("balance").GetDecimal());
        Assert.Equal(covered, detail.GetProperty("redemptions").EnumerateArray().Sum(r => r.GetProperty("covered").GetDecimal()));
    }

    [Fact]
    public async Task RedemptionsOnSeveralVouchersAtOnce_CannotPassTheYearlyCap_NorIssuesTheTotal()
    {
        var staff = await StaffAsync("330305");   // 洞头区
        var admin = await app.AsAdmin();
        var (enterprise, _) = await EnterpriseAsync(admin, "330305");
        var provider = await ProviderAsync(staff, region: "330305");
        var programme = (await Created(await staff.PostAsJsonAsync("/api/voucher-programmes", new
        {
            name = "洞头区科技创新券", year = Y, total = 6000m, perEnterpriseLimit = 1000m, share = 0.5m, validFrom = InY("01-01"), validUntil = Valid,
        }))).GetProperty("id").GetString()!;
        var vouchers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            vouchers.Add((await VoucherAsync(staff, enterprise, 1000m, programmeId: programme)).GetProperty("id").GetString()!);
        }

        // Five vouchers of 1,000 each, one enterprise whose yearly cap is 1,000: five redemptions of 400 at once.
        var answers = await Task.WhenAll(vouchers.Select(v => RedeemAsync(staff, v, provider, 800m, InY("06-01"))));
        var covered = 0m;
        foreach (var answer in answers.Where(a => a.StatusCode == HttpStatusCode.Created))
        {
            covered += (await Json(answer)).GetProperty("covered").GetDecimal();
        }
        // The programme's total is 6,000 with 5,000 issued: three issues of 600 at once, at most one fits.
        var issues = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            staff.PostAsJsonAsync("/api/vouchers", new { enterpriseId = enterprise, amount = 600m, validUntil = Valid, programmeId = programme })));
        var row = (await Json(await staff.GetAsync($"/api/voucher-programmes?year={Y}"))).EnumerateArray().Single(p => p.GetProperty("id").GetString() == programme);

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        Assert.All(issues, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        Assert.InRange(covered, 400m, 1000m);
        Assert.Equal(covered, row.GetProperty("redeemed").GetDecimal());
        Assert.InRange(row.GetProperty("issued").GetDecimal(), 5000m, 6000m);
        Assert.True(issues.Count(a => a.StatusCode == HttpStatusCode.Created) <= 1);
    }

    [Fact]
    public async Task IssueToTechSmes_OncePerEnterprise_OnlyValidTitles()
    {
        var staff = await StaffAsync("330383");   // 龙港市
        var admin = await app.AsAdmin();
        var (sme, _) = await EnterpriseAsync(admin, "330383");
        var (lapsed, _) = await EnterpriseAsync(admin, "330383");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/enterprises/{sme}/qualifications", new { type = "科技型中小企业", number = ApiFixture.Unique("KX"), issuedOn = Day(Today.AddDays(-30)) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/enterprises/{lapsed}/qualifications", new { type = "科技型中小企业", number = ApiFixture.Unique("KX"), issuedOn = Day(Today.AddYears(-2)) })).StatusCode);
        var programme = (await Created(await staff.PostAsJsonAsync("/api/voucher-programmes", new
        {
            name = "龙港市科技型中小企业创新券", year = Today.Year, total = 50_000m, perEnterpriseLimit = 20_000m, validFrom = $"{Today.Year}-01-01", validUntil = Valid, autoAmount = 10_000m,
        }))).GetProperty("id").GetString()!;

        var first = await Json(await staff.PostAsync($"/api/voucher-programmes/{programme}/issue-techsme", null));
        var again = await Json(await staff.PostAsync($"/api/voucher-programmes/{programme}/issue-techsme", null));
        var vouchers = await Json(await staff.GetAsync($"/api/vouchers?programmeId={programme}"));

        Assert.Equal((1, 10_000m), (first.GetProperty("issued").GetInt32(), first.GetProperty("amount").GetDecimal()));
        Assert.Equal((0, 1), (again.GetProperty("issued").GetInt32(), again.GetProperty("alreadyHeld").GetInt32()));
        var only = Assert.Single(vouchers.GetProperty("items").EnumerateArray());
        Assert.Equal((sme, "免申即享", 0.5m), (only.GetProperty("enterpriseId").GetString(), only.GetProperty("source").GetString(),
            (await Json(await staff.GetAsync($"/api/voucher-programmes?year={Today.Year}"))).EnumerateArray().Single(p => p.GetProperty("id").GetString() == programme).GetProperty("share").GetDecimal()));
    }

    [Fact]
    public async Task Finance_SummaryByBankAndMonth_SubsidyUnderItsLoansBank_BadInput()
    {
        var staff = await StaffAsync("330382");   // 乐清市
        var admin = await app.AsAdmin();
        var (a, _) = await EnterpriseAsync(admin, "330382");
        var (b, _) = await EnterpriseAsync(admin, "330382");
        var loan = await Created(await staff.PostAsJsonAsync("/api/finance/records", new { kind = "科技贷", enterpriseId = a, institution = "乐清农商银行", amount = 3_000_000m, rate = 3.5m, startOn = InY("03-10"), endOn = $"{Y + 1}-03-09" }));
        await Created(await staff.PostAsJsonAsync("/api/finance/records", new { kind = "loan", enterpriseId = b, institution = "乐清农商银行", product = "人才贷", amount = 1_000_000m, rate = 4.0m, startOn = InY("03-20") }));
        await Created(await staff.PostAsJsonAsync("/api/finance/records", new { kind = "科技贷", enterpriseId = b, institution = "工商银行乐清支行", amount = 2_000_000m, rate = 3.2m, startOn = InY("11-05") }));
        await Created(await staff.PostAsJsonAsync("/api/finance/records", new { kind = "贴息", enterpriseId = a, institution = "乐清市科技局", amount = 31_500m, startOn = InY("12-01"), loanId = loan.GetProperty("id").GetString(), policyCode = "LQ-2025-07" }));
        await Created(await staff.PostAsJsonAsync("/api/finance/records", new { kind = "科技保险", enterpriseId = b, institution = "人保财险乐清支公司", product = "研发费用损失保险", amount = 500_000m, premium = 6_000m, startOn = InY("11-20") }));

        var summary = await Json(await staff.GetAsync($"/api/finance/summary?year={Y}&region=330382"));
        var badKind = await staff.PostAsJsonAsync("/api/finance/records", new { kind = "理财", enterpriseId = a, institution = "某行", amount = 1m, startOn = InY("01-01") });
        var badRate = await staff.PostAsJsonAsync("/api/finance/records", new { kind = "科技贷", enterpriseId = a, institution = "某行", amount = 1000m, rate = 36m, startOn = InY("01-01") });
        var negative = await staff.PostAsJsonAsync("/api/finance/records", new { kind = "科技贷", enterpriseId = a, institution = "某行", amount = -1000m, startOn = InY("01-01") });
        var wrongLoan = await staff.PostAsJsonAsync("/api/finance/records", new { kind = "贴息", enterpriseId = b, institution = "科技局", amount = 10m, startOn = InY("12-01"), loanId = loan.GetProperty("id").GetString() });
        var deleteLoan = await staff.DeleteAsync($"/api/finance/records/{loan.GetProperty("id").GetString()}");
        var enterprise = await EnterpriseUserAsync(admin, "330382", a);
        var denied = await enterprise.GetAsync("/api/finance/records");
        var export = await staff.GetAsync($"/api/finance/records/export?year={Y}");

        Assert.Equal((3, 6_000_000m, 500_000m, 6_000m, 31_500m), (summary.GetProperty("loans").GetInt32(), summary.GetProperty("loanAmount").GetDecimal(),
            summary.GetProperty("insuredAmount").GetDecimal(), summary.GetProperty("premium").GetDecimal(), summary.GetProperty("subsidy").GetDecimal()));
        var bank = summary.GetProperty("byInstitution")[0];
        // (3,000,000 × 3.5 + 1,000,000 × 4.0) / 4,000,000 = 3.625 → 3.63; the subsidy counts under the loan's bank.
        Assert.Equal(("乐清农商银行", 2, 4_000_000m, 3.63m, 31_500m), (bank.GetProperty("institution").GetString(), bank.GetProperty("loans").GetInt32(),
            bank.GetProperty("loanAmount").GetDecimal(), bank.GetProperty("averageRate").GetDecimal(), bank.GetProperty("subsidy").GetDecimal()));
        var months = summary.GetProperty("byMonth");
        Assert.Equal((2, 4_000_000m), (months[2].GetProperty("loans").GetInt32(), months[2].GetProperty("loanAmount").GetDecimal()));
        Assert.Equal((2_000_000m, 500_000m), (months[10].GetProperty("loanAmount").GetDecimal(), months[10].GetProperty("insuredAmount").GetDecimal()));
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongLoan.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, deleteLoan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    /// <summary>
    /// 贴息 by a clause over loan_interest (docs/domain.md §7.4): interest = principal × rate × days in Y ÷ 360, to the fen.
    /// A: 2,000,000 at 3.6% from 3月1日 of Y for a year, 306 days → 61,200.00, half capped at 30,000. B: 1,000,000 at 3.65%
    /// to 2月1日 of Y, 31 days → 3,143.06, and 500,000 at 4.35% from 10月1日, 92 days → 5,558.33; half of 8,701.39 is
    /// 4,350.695 → 4,350.70. C's loan has no rate: unknown, not recorded. D has no loan: not listed.
    /// </summary>
    [Fact]
    public async Task Subsidies_ComputedByAClauseOverLoanInterest_RecordedOnceWithTheTrace()
    {
        const string region = "330329";   // 泰顺县: no other loans in this class
        var admin = await app.AsAdmin();
        var staff = await StaffAsync(region);
        var (a, _) = await EnterpriseAsync(admin, region);
        var (b, _) = await EnterpriseAsync(admin, region);
        var (c, _) = await EnterpriseAsync(admin, region);
        await EnterpriseAsync(admin, region);
        var loanA = await Created(await staff.PostAsJsonAsync("/api/finance/records", new { kind = "科技贷", enterpriseId = a, institution = "泰顺农商银行", amount = 2_000_000m, rate = 3.6m, startOn = InY("03-01"), endOn = $"{Y + 1}-03-01" }));
        var loanB = await Created(await staff.PostAsJsonAsync("/api/finance/records", new { kind = "科技贷", enterpriseId = b, institution = "泰顺农商银行", amount = 1_000_000m, rate = 3.65m, startOn = $"{Y - 1}-07-01", endOn = InY("02-01") }));
        await Created(await staff.PostAsJsonAsync("/api/finance/records", new { kind = "科技贷", enterpriseId = b, institution = "工商银行泰顺支行", amount = 500_000m, rate = 4.35m, startOn = InY("10-01") }));
        await Created(await staff.PostAsJsonAsync("/api/finance/records", new { kind = "科技贷", enterpriseId = c, institution = "泰顺农商银行", amount = 800_000m, startOn = InY("05-01") }));
        var code = "RA-TX-" + ApiFixture.Unique("c");
        await Created(await staff.PostAsJsonAsync("/api/policies", new
        {
            code, name = "科技贷款贴息", regionCode = region, year = Y, condition = "loan_interest > 0", amount = "loan_interest * 0.5", cap = 30_000m, budget = (decimal?)null, overBudget = "prorate", autoGrant = true,
        }));

        var preview = await Json(await staff.PostAsJsonAsync("/api/finance/subsidies", new { policyCode = code, year = Y, preview = true }));
        var before = await Json(await staff.GetAsync($"/api/finance/records?kind=subsidy&region={region}"));
        var recorded = await Created(await staff.PostAsJsonAsync("/api/finance/subsidies", new { policyCode = code, year = Y, paidOn = Day(Today) }));
        var again = await staff.PostAsJsonAsync("/api/finance/subsidies", new { policyCode = code, year = Y });
        var records = (await Json(await staff.GetAsync($"/api/finance/records?kind=subsidy&region={region}"))).GetProperty("items").EnumerateArray()
            .ToDictionary(r => r.GetProperty("enterpriseId").GetString()!);
        var enterpriseUser = await EnterpriseUserAsync(admin, region, a);

        Assert.Equal((2, 34_350.70m, true), (preview.GetProperty("created").GetInt32(), preview.GetProperty("total").GetDecimal(), preview.GetProperty("preview").GetBoolean()));
        var skipped = Assert.Single(preview.GetProperty("skipped").EnumerateArray());
        Assert.Equal(c, skipped.GetProperty("enterpriseId").GetString());
        Assert.Contains("未填年利率", skipped.GetProperty("reason").GetString());
        Assert.Equal(0, before.GetProperty("total").GetInt32());
        Assert.Equal((2, 34_350.70m), (recorded.GetProperty("created").GetInt32(), recorded.GetProperty("total").GetDecimal()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await Json(again);
        Assert.Equal((0, 2), (second.GetProperty("created").GetInt32(), second.GetProperty("alreadyRecorded").GetInt32()));
        Assert.Equal(2, records.Count);
        Assert.Equal((30_000m, loanA.GetProperty("id").GetString(), code, Y), (records[a].GetProperty("amount").GetDecimal(), records[a].GetProperty("loanId").GetString(),
            records[a].GetProperty("policyCode").GetString(), records[a].GetProperty("policyYear").GetInt32()));
        Assert.Equal((4_350.70m, loanB.GetProperty("id").GetString()), (records[b].GetProperty("amount").GetDecimal(), records[b].GetProperty("loanId").GetString()));
        var traceA = records[a].GetProperty("trace").EnumerateArray().ToList();
        Assert.Contains(traceA, l => l.GetProperty("variable").GetString() == "loan_interest" && l.GetProperty("value").GetDecimal() == 61_200m);
        Assert.Equal(30_000m, traceA[^1].GetProperty("value").GetDecimal());
        var traceB = records[b].GetProperty("trace").EnumerateArray().ToList();
        Assert.Contains(traceB, l => l.GetProperty("variable").GetString() == "loan_interest" && l.GetProperty("value").GetDecimal() == 8_701.39m
            && l.GetProperty("source").GetString()!.Contains("31 天", StringComparison.Ordinal) && l.GetProperty("source").GetString()!.Contains("92 天", StringComparison.Ordinal));
        // The trace adds up to the amount: the formula's result plus every change.
        var raw = traceB.First(l => l.GetProperty("step").GetString() == "计算").GetProperty("value").GetDecimal();
        var changes = traceB.Where(l => l.TryGetProperty("change", out var x) && x.ValueKind == JsonValueKind.Number).Sum(l => l.GetProperty("change").GetDecimal());
        Assert.Equal(4_350.70m, raw + changes);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterpriseUser.PostAsJsonAsync("/api/finance/subsidies", new { policyCode = code, year = Y })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync("/api/finance/subsidies", new { policyCode = "NO-SUCH", year = Y })).StatusCode);
        var badYear = await staff.PostAsJsonAsync("/api/finance/subsidies", new { policyCode = code, year = 1900 });
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Contains("贴息年度", await Reason(badYear));
    }

    [Fact]
    public async Task Summary_SaysVouchersRedeemedAndLoansLent_WithTheIndicators_OnlyWithData()
    {
        const string Region = "330381";   // 瑞安市
        var staff = await StaffAsync(Region);
        var admin = await app.AsAdmin();
        var (enterprise, _) = await EnterpriseAsync(admin, Region);
        var (second, _) = await EnterpriseAsync(admin, Region);
        var provider = await ProviderAsync(staff, region: Region);
        var voucher = (await VoucherAsync(staff, enterprise, 100_000m)).GetProperty("id").GetString()!;
        var other = (await VoucherAsync(staff, second, 100_000m)).GetProperty("id").GetString()!;
        await Created(await RedeemAsync(staff, voucher, provider, 60_000m, InY("04-01")));    // 30,000
        await Created(await RedeemAsync(staff, other, provider, 24_691m, InY("09-01")));      // 12,345.50
        await Created(await staff.PostAsJsonAsync("/api/finance/records", new { kind = "科技贷", enterpriseId = enterprise, institution = "瑞安农商银行", amount = 123_000_000m, rate = 3.45m, startOn = InY("06-18") }));

        // 龙湾区: a guarantee and an unused voucher only — data, but no loan lent and nothing redeemed.
        var (quietEnterprise, _) = await EnterpriseAsync(admin, "330303");
        await VoucherAsync(admin, quietEnterprise, 5_000m);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/indicators/patent_grants/values/330303/{Y}/12", new { value = 10m })).StatusCode);
        await Created(await admin.PostAsJsonAsync("/api/finance/records", new { kind = "担保", enterpriseId = quietEnterprise, institution = "龙湾担保公司", amount = 500_000m, startOn = InY("05-05") }));

        var summary = await Json(await admin.GetAsync($"/api/reports/summary?region={Region}&year={Y}&period=FY"));
        var rows = await Json(await admin.GetAsync($"/api/indicators/report?region={Region}&year={Y}&month=12"));
        var quiet = await Json(await admin.GetAsync($"/api/reports/summary?region=330303&year={Y}&period=FY"));

        string Sentence(string module) => string.Concat(summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == module)
            .GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        decimal Actual(string code)
        {
            var row = rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
            return row.GetProperty("actual").ValueKind == JsonValueKind.Number ? row.GetProperty("actual").GetDecimal() : throw new InvalidOperationException(row.ToString());
        }

        Assert.Equal("一是创新券工作方面，全年兑现创新券4.23万元，惠及企业2家。", Sentence("vouchers"));
        Assert.Equal("一是科技金融工作方面，全年发放科技贷款1.23亿元，惠及企业1家。", Sentence("finance"));
        Assert.Equal(4.23m, decimal.Round(Actual("vouchers_redeemed"), 2));
        Assert.Equal(1.23m, decimal.Round(Actual("tech_loans"), 2));
        Assert.True(quiet.TryGetProperty("sections", out _), quiet.ToString());
        Assert.DoesNotContain(quiet.GetProperty("sections").EnumerateArray(), s => s.GetProperty("module").GetString() is "vouchers" or "finance");
    }
}
