using Kechuang.E2E.Tests.Pages;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kechuang.E2E.Tests;

/// <summary>The web UI in Debian's Chromium, driven by Playwright; screenshots land in artifacts/screenshots.</summary>
public sealed class BrowserTests(ServerFixture server, ITestOutputHelper output) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Browsers.Options);
        _page = await _browser.NewPageAsync(Browsers.Page);
        output.WriteLine($"cold start to first page: {server.ColdStartToFirstPage.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Admin_LogsIn_AddsAUser_AndSeesItInTheList()
    {
        await new LoginPage(_page, server.BaseUrl).LogInAsync("admin", KechuangProcess.AdminPassword);
        var users = new UsersPage(_page, server.BaseUrl);
        await users.OpenAsync();

        await users.AddUserAsync("e2e_staff", "端到端测试员", "E2e-Pass-2026");

        await users.Row("e2e_staff").WaitForAsync();
        Assert.Contains("端到端测试员", await users.Row("e2e_staff").InnerTextAsync());
        await users.ScreenshotAsync(Browsers.Screenshot("users.png"));
    }

    [Fact]
    public async Task WrongPassword_ShowsAChineseMessage()
    {
        var login = new LoginPage(_page, server.BaseUrl);

        await login.TryLogInAsync("py_staff", "not-the-password");

        Assert.Contains("用户名或密码错误", await login.ErrorAsync());
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Browsers.Screenshot("login-error.png") });
    }

    [Fact]
    public async Task EveryMenuPage_RendersForACountyAdmin()
    {
        await new LoginPage(_page, server.BaseUrl).LogInAsync("py_admin", "kechuang2026");

        foreach (var (path, heading) in new[] { ("/", "工作台"), ("/enterprises", "企业档案"), ("/cultivation", "符合高企认定条件"), ("/enterprises/import", "数据导入"), ("/indicators", "考核指标"), ("/reports/summary", "平阳县科学技术局"), ("/regions", "平阳县"), ("/users", "用户"), ("/audit", "审计"), ("/about", "科创") })
        {
            await _page.GotoAsync(server.BaseUrl + path);
            await _page.GetByText(heading).First.WaitForAsync();
            await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Browsers.Screenshot($"page{path.Replace('/', '-')}.png"), FullPage = true });
        }
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
