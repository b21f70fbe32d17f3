using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.E2E.Tests.Pages;

namespace Kechuang.E2E.Tests;

/// <summary>
/// The technology market end to end (docs/domain.md §7.1): an enterprise files a need, the bureau publishes it, confirms
/// a recommended achievement on the search page, holds an event for the enterprise with the engine's pairs, records
/// the attendance and an intention, turns the intention into a cooperation project, and the work summary counts it.
/// The event and the signing are dated last month's last day: the summary reads ended months only.
/// </summary>
public sealed class MarketTests(ServerFixture server, BrowserFixture browser) : BrowserTest(server, browser)
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

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task SwitchToAsync(string userName)
    {
        await Page.Context.ClearCookiesAsync();
        await LogInAsync(userName);
    }

    [Fact]
    public async Task EnterpriseFilesANeed_BrokerPublishesMatchesHoldsAnEventAndRecordsTheCooperation_TheSummarySaysIt()
    {
        const string NeedTitle = "端到端注塑件毛边视觉检测";
        var lastMonthEnd = Today.AddDays(-Today.Day);

        // The enterprise files its need: it waits for the bureau.
        await LogInAsync("py_qiye");
        await Page.GotoAsync(BaseUrl + "/market/needs");
        await Page.Locator("#add-need").ClickAsync();
        await Page.Locator("#need-title").FillAsync(NeedTitle);
        await Page.Locator("#need-description").FillAsync("注塑件出模后毛边、缩痕靠人工目检，希望用机器视觉在线检测。");
        await Page.Locator("#need-keywords").FillAsync("机器视觉、注塑、表面缺陷");
        await Page.Locator(".ant-modal-footer button.ant-btn-primary").ClickAsync();
        var filed = Page.Locator(".ant-table-row", new() { HasText = NeedTitle });
        await filed.GetByText("待审核").WaitForAsync();
        var enterpriseName = (await Json(await (await ApiAsync("py_qiye")).GetAsync("/api/market/needs?q=" + Uri.EscapeDataString(NeedTitle))))
            .GetProperty("items")[0].GetProperty("enterpriseName").GetString()!;

        // The broker publishes it and confirms the best recommended achievement on the search page.
        await SwitchToAsync("py_staff");
        await Page.GotoAsync(BaseUrl + "/market/needs");
        var row = Page.Locator(".ant-table-row", new() { HasText = NeedTitle });
        await ConfirmUntilAsync(() => row.Locator(".publish-need").ClickAsync(), row.GetByText("已发布"));
        await row.Locator(".need-recommendations").ClickAsync();
        var recommendations = Page.Locator("#market-recommendations");
        await recommendations.Locator(".market-hit").First.WaitForAsync();
        await recommendations.Locator(".hit-confirm").First.ClickAsync();
        await recommendations.Locator(".hit-verdict").First.GetByText("已确认").WaitForAsync();
        await ShotAsync("market-recommendation-confirmed.png");

        // An event for the enterprise: invited, the engine's pairs, attendance, and an intention on the new need.
        await Page.GotoAsync(BaseUrl + "/market/events");
        await Page.Locator("#add-event").ClickAsync();
        await Page.Locator("#event-title").FillAsync("端到端智能制造对接会");
        await Page.Locator("#event-date").FillAsync(Day(lastMonthEnd));
        await Page.Locator("#event-place").FillAsync("平阳县科技创新服务中心");
        await Page.Locator("#event-organisers").FillAsync("平阳县科学技术局");
        await Page.Locator("#event-enterprise-search").FillAsync(enterpriseName);
        await Page.Locator("#event-enterprise-search").PressAsync("Enter");
        await Page.Locator("#event-enterprise option", new() { HasText = enterpriseName }).WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await Page.Locator("#event-enterprise").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = enterpriseName });
        await Page.Locator("#add-invitee-enterprise").ClickAsync();
        await Page.Locator("#suggest-pairs").ClickAsync();
        await Page.Locator(".pair-row", new() { HasText = NeedTitle }).First.WaitForAsync();
        await Page.Locator("#invitee-attended-0").CheckAsync();
        await Page.Locator("#invitee-headcount-0").FillAsync("3");
        var pair = await Page.Locator("#intention-source option", new() { HasText = NeedTitle }).First.GetAttributeAsync("value");
        await Page.Locator("#intention-source").SelectOptionAsync(pair!);
        await Page.Locator("#intention-note").FillAsync("现场达成开发意向");
        await Page.Locator("#add-intention").ClickAsync();
        await Page.Locator("#save-event").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/market/events/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        var intention = Page.Locator(".intention-row", new() { HasText = "现场达成开发意向" });
        await intention.WaitForAsync();
        await ShotAsync("market-event.png");

        // The intention becomes a cooperation project, the form filled from it.
        await intention.Locator(".intention-cooperate").ClickAsync();
        await Page.Locator("#coop-title").WaitForAsync();
        Assert.Equal(NeedTitle, await Page.Locator("#coop-title").InputValueAsync());
        await Page.Locator("#coop-signed").FillAsync(Day(lastMonthEnd));
        await Page.Locator("#coop-amount").FillAsync("30");
        await Page.Locator(".ant-modal-footer button.ant-btn-primary:visible").ClickAsync();
        var cooperation = Page.Locator(".ant-table-row", new() { HasText = NeedTitle });
        await cooperation.GetByText("30.00万元").WaitForAsync();
        await ShotAsync("market-cooperations.png");

        var staffApi = await ApiAsync("py_staff");
        var need = (await Json(await staffApi.GetAsync("/api/market/needs?q=" + Uri.EscapeDataString(NeedTitle)))).GetProperty("items")[0];
        Assert.Equal("已合作", need.GetProperty("status").GetString());

        // The summary of last month's year counts every cooperation signed by then, ours among them.
        var year = lastMonthEnd.Year;
        var signed = (await Json(await staffApi.GetAsync($"/api/market/cooperations?year={year}&pageSize=200"))).GetProperty("items").EnumerateArray()
            .Count(c => DateOnly.Parse(c.GetProperty("signedOn").GetString()!, CultureInfo.InvariantCulture) <= lastMonthEnd);
        var summary = await Json(await staffApi.GetAsync($"/api/reports/summary?region=330326&year={year}&period=FY"));
        var section = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "market");
        var text = string.Concat(section.GetProperty("paragraphs")[0].GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Contains($"促成合作{signed}项", text, StringComparison.Ordinal);
        Assert.Contains("举办对接活动", text, StringComparison.Ordinal);
        if (year == Today.Year)
        {
            var page = new SummaryPage(Page, BaseUrl);
            await page.OpenFromMenuAsync();
            Assert.Contains($"促成合作{signed}项", await Page.Locator(".paper-section[data-module='market']").InnerTextAsync(), StringComparison.Ordinal);
            await ShotAsync("market-summary.png");
        }
    }
}
