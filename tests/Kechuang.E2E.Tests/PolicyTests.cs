using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.E2E.Tests.Pages;

namespace Kechuang.E2E.Tests;

/// <summary>
/// 政策兑现 end to end (docs/domain.md §7.5): staff define a 免申即享 clause in the editor (a bad expression first, refused
/// with its problem), draft its list from the register, look at a trace, publish it, approve it after the 公示 period,
/// record one payment, and the work summary's sentence grows by that payment. The period, the approval and the payment
/// are dated within last month: the summary reads ended months only.
/// </summary>
public sealed class PolicyTests(ServerFixture server, BrowserFixture browser) : BrowserTest(server, browser)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<HttpClient> ApiAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = DemoPassword });
        token.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>The amount the summary's 政策兑现 sentence prints, in 万元 (0 when there is no section).</summary>
    private static async Task<decimal> PaidInSummaryAsync(HttpClient api, int year)
    {
        var response = await api.GetAsync($"/api/reports/summary?region=330326&year={year}&period=FY");
        var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var section = summary.GetProperty("sections").EnumerateArray().SingleOrDefault(s => s.GetProperty("module").GetString() == "policies");
        if (section.ValueKind == JsonValueKind.Undefined)
        {
            return 0m;
        }
        var text = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        var start = text.IndexOf("扶持资金", StringComparison.Ordinal) + "扶持资金".Length;
        return decimal.Parse(text[start..text.IndexOf("万元", start, StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task StaffDefineAClause_PublishItsFreeList_ApproveAndPay_TheSummarySaysIt()
    {
        var lastMonthEnd = Today.AddDays(-Today.Day);
        var code = "E2E-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var api = await ApiAsync("py_staff");
        var before = await PaidInSummaryAsync(api, lastMonthEnd.Year);

        await LogInAsync("py_staff");
        await Page.GotoAsync(BaseUrl + "/policies");
        await Page.Locator("#add-policy").ClickAsync();
        await Page.Locator("#policy-code").FillAsync(code);
        await Page.Locator("#policy-name").FillAsync("端到端新认定高企奖励");
        await Page.Locator("#policy-year").FillAsync((Today.Year - 1).ToString(CultureInfo.InvariantCulture));
        await Page.Locator("#policy-condition").FillAsync("hte_new && revenue > 0");
        await Page.Locator("#policy-amount").FillAsync("50000");
        await Page.Locator(".ant-modal-footer button.ant-btn-primary:visible").ClickAsync();
        await Page.GetByText("未知变量 revenue").First.WaitForAsync();
        await ShotAsync("policy-editor-error.png");
        await Page.Locator("#policy-condition").FillAsync("hte_new");
        await Page.Locator(".ant-modal-footer button.ant-btn-primary:visible").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/policies/" + code, StringComparison.Ordinal));

        // The list from the register: every enterprise certified last year.
        await Page.Locator("#draft-awards").ClickAsync();
        await Page.Locator("#draft-result").WaitForAsync();
        var rows = Page.Locator(".ant-table-row");
        await rows.First.GetByText("待公示").WaitForAsync();
        await rows.First.Locator(".award-trace").ClickAsync();
        await Page.Locator("#trace-table").GetByText("hte_new").First.WaitForAsync();
        await ShotAsync("policy-trace.png");
        await Page.Locator(".ant-drawer-close").ClickAsync();

        // 公示 within last month, approval after it, one payment.
        await Page.Locator("#publish-awards").ClickAsync();
        await Page.Locator("#publish-from").FillAsync(Day(lastMonthEnd.AddDays(-20)));
        await Page.Locator("#publish-to").FillAsync(Day(lastMonthEnd.AddDays(-14)));
        await Page.Locator(".ant-modal-footer button.ant-btn-primary:visible").ClickAsync();
        await rows.First.GetByText("公示中").WaitForAsync();
        await Page.Locator("#approve-awards").ClickAsync();
        await Page.Locator("#approve-date").FillAsync(Day(lastMonthEnd.AddDays(-10)));
        await Page.Locator(".ant-modal-footer button.ant-btn-primary:visible").ClickAsync();
        await rows.First.GetByText("已批准").WaitForAsync();
        await rows.First.Locator(".award-pay").ClickAsync();
        await Page.Locator("#pay-date").FillAsync(Day(lastMonthEnd.AddDays(-5)));
        await Page.Locator("#pay-voucher").FillAsync("E2E-记-001");
        await Page.Locator(".ant-modal-footer button.ant-btn-primary:visible").ClickAsync();
        await Page.Locator(".ant-table-row", new() { HasText = "E2E-记-001" }).WaitForAsync();
        Assert.Contains("5.00万元", await Page.Locator("#policy-paid").InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync("policy-page.png");

        Assert.Equal(before + 5.00m, await PaidInSummaryAsync(api, lastMonthEnd.Year));
        if (lastMonthEnd.Year == Today.Year)
        {
            var page = new SummaryPage(Page, BaseUrl);
            await page.OpenFromMenuAsync();
            Assert.Contains("兑现各类科技创新奖励扶持资金", await Page.Locator(".paper-section[data-module='policies']").InnerTextAsync(), StringComparison.Ordinal);
        }
    }
}
