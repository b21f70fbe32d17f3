using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kechuang.E2E.Tests;

/// <summary>
/// 企业服务大厅 end to end (docs/domain.md §7.12): a person of a 平阳县 enterprise without a 高新技术企业 title signs up at
/// /register, the county's staff approve the request at /hall/requests, the person logs in (landing in the hall), files
/// last year's facts there, reads a notice the bureau sent to the enterprise, and the hall shows the cultivation gap.
/// </summary>
public sealed class HallTests(ServerFixture server, BrowserFixture browser) : BrowserTest(server, browser)
{
    private const string Password = "hall2026pass";

    private async Task<HttpClient> ApiAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = DemoPassword });
        token.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>
    /// A 平阳县 enterprise holding no valid 高新技术企业 title (the demo's notices went to HTEs, which have no quantified
    /// next rung), to which the staff publish a notice: its USCC and the notice's title.
    /// </summary>
    private static async Task<(string Uscc, string Notice)> EnterpriseWithANoticeAsync(HttpClient api)
    {
        var page = JsonDocument.Parse(await api.GetStringAsync("/api/enterprises?regionCode=330326&pageSize=100")).RootElement.GetProperty("items");
        foreach (var enterprise in page.EnumerateArray().Reverse())
        {
            var id = enterprise.GetProperty("id").GetString()!;
            var titles = JsonDocument.Parse(await api.GetStringAsync($"/api/enterprises/{id}/qualifications")).RootElement;
            if (titles.EnumerateArray().Any(t => t.GetProperty("type").GetString() == "高新技术企业" && t.GetProperty("status").GetString() == "有效"))
            {
                continue;
            }
            var title = "关于申报高新技术企业培育入库的通知（" + Guid.NewGuid().ToString("N")[..4] + "）";
            var created = await api.PostAsJsonAsync("/api/notices", new
            {
                title, body = "请贵企业填报上年度数据，对照高新技术企业认定条件查看差距。", regionCode = "330326",
                audience = "指定企业", enterpriseIds = new[] { id }, isPublic = false,
            });
            created.EnsureSuccessStatusCode();
            var notice = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
            (await api.PostAsJsonAsync($"/api/notices/{notice}/publish", new { confirmEmpty = false })).EnsureSuccessStatusCode();
            return (enterprise.GetProperty("uscc").GetString()!, title);
        }
        throw new InvalidOperationException("平阳县 has no enterprise without an HTE title in the demo");
    }

    [Fact]
    public async Task EnterpriseSignsUp_StaffApprove_UserFilesFactsReadsANotice_SeesItsGap()
    {
        var (uscc, notice) = await EnterpriseWithANoticeAsync(await ApiAsync("py_staff"));
        var phone = "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

        // Sign up from the login page's link.
        await Page.GotoAsync(BaseUrl + "/login");
        await Page.Locator("#register-link").ClickAsync();
        await Page.Locator("#uscc").FillAsync(uscc);
        await Page.Locator("#displayName").FillAsync("端到端测试");
        await Page.Locator("#phone").FillAsync(phone);
        await Page.Locator("#password").FillAsync(Password);
        await Page.Locator("button[type=submit]").ClickAsync();
        await Page.Locator("#register-result").GetByText("等待").WaitForAsync();
        await ShotAsync("hall-registered.png");

        // The county's staff approve it.
        await LogInAsync("py_staff");
        await Page.GotoAsync(BaseUrl + "/hall/requests");
        var row = Page.Locator(".ant-table-row", new() { HasText = phone });
        await ConfirmUntilAsync(() => row.Locator(".hall-approve").ClickAsync(), row.GetByText("已通过"));
        await Page.Locator("#logout").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));

        // The person logs in with the phone number and lands in the hall.
        await new Pages.LoginPage(Page, BaseUrl).LogInAsync(phone, Password);
        await Page.WaitForURLAsync(url => url.EndsWith("/hall", StringComparison.Ordinal));
        var year = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).Year - 1;
        await Page.Locator("#facts .hall-line", new() { HasText = $"{year}年度" }).Locator(".hall-file").ClickAsync();
        var values = new (string Key, string Value)[]
        {
            ("staff", "60"), ("techStaff", "12"), ("salesRevenue", "30000000"), ("totalIncome", "31000000"), ("highTechIncome", "21000000"),
            ("rdExpense", "1500000"), ("rdExpenseDomestic", "1500000"), ("totalCostsAndExpenses", "27000000"), ("totalAssets", "40000000"),
            ("netAssets", "15000000"), ("classOneIp", "0"), ("classTwoIp", "3"), ("conversions", "2"),
        };
        foreach (var (key, value) in values)
        {
            await Page.Locator($"#facts-{key}").FillAsync(value);
            await Page.Locator($"#facts-{key}").DispatchEventAsync("change");
        }
        await Page.Locator(".ant-modal-footer button.ant-btn-primary:visible").ClickAsync();
        await Page.GetByText("年度数据已保存").WaitForAsync();
        await Page.Locator("#facts .hall-line", new() { HasText = $"{year}年度" }).GetByText("已填报").WaitForAsync();

        // A notice the bureau sent to the enterprise.
        await Page.GotoAsync(BaseUrl + "/notices/mine");
        await Page.Locator(".notice-item", new() { HasText = notice }).ClickAsync();
        await Page.Locator("#notice-open").GetByText("发布于").WaitForAsync();

        // The hall shows where it stands on the ladder and what it lacks for the next title.
        await Page.GotoAsync(BaseUrl + "/hall");
        await Page.Locator("#ladder .hall-gap").GetByText(new System.Text.RegularExpressions.Regex(@"按\d{4}年度数据")).WaitForAsync();
        await ShotAsync("hall-gap.png");
    }
}
