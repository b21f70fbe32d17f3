using Kechuang.E2E.Tests.Pages;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kechuang.E2E.Tests;

/// <summary>The web UI in Debian's Chromium, driven by Playwright; screenshots land in artifacts/screenshots.</summary>
public sealed class BrowserTests(ServerFixture server, BrowserFixture browser, ITestOutputHelper output) : BrowserTest(server, browser)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        output.WriteLine($"cold start to first page: {Server.ColdStartToFirstPage.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Admin_LogsIn_AddsAUser_AndSeesItInTheList()
    {
        await LogInAsync("admin", KechuangProcess.AdminPassword);
        var users = new UsersPage(Page, BaseUrl);
        await users.OpenAsync();

        await users.AddUserAsync("e2e_staff", "端到端测试员", "E2e-Pass-2026");

        await users.Row("e2e_staff").WaitForAsync();
        Assert.Contains("端到端测试员", await users.Row("e2e_staff").InnerTextAsync());
        await ShotAsync("users.png");
    }

    [Fact]
    public async Task WrongPassword_ShowsAChineseMessage()
    {
        var login = new LoginPage(Page, BaseUrl);

        await login.TryLogInAsync("py_staff", "not-the-password");

        Assert.Contains("用户名或密码错误", await login.ErrorAsync());
        await ShotAsync("login-error.png");
    }

    [Fact]
    public async Task EveryMenuPage_RendersForACountyAdmin()
    {
        await LogInAsync("py_admin");

        foreach (var (path, heading) in new[] { ("/", "工作台"), ("/enterprises", "企业档案"), ("/cultivation", "符合高企认定条件"), ("/platforms", "登记研发平台"), ("/incubators", "登记孵化载体"), ("/enterprises/import", "数据导入"), ("/indicators", "考核指标"), ("/reports/summary", "平阳县科学技术局"), ("/regions", "平阳县"), ("/users", "用户"), ("/audit", "审计"), ("/about", "数据库") })
        {
            await Page.GotoAsync(BaseUrl + path);
            await Page.GetByText(heading).First.WaitForAsync();
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await ShotAsync($"page{path.Replace('/', '-')}.png");
        }
    }

    [Fact]
    public async Task OffThePath_AMistypedAddress_APageTheRoleMayNotOpen_AndTheAboutPage_SayWhy()
    {
        await LogInAsync("py_leader");

        await Page.GotoAsync(BaseUrl + "/enterprise-list-typo");
        await Page.GetByText("页面不存在", new() { Exact = true }).WaitForAsync();
        await Page.GotoAsync(BaseUrl + "/users");
        await Page.GetByText("页面“/users”仅限系统管理员使用；您当前的角色是局领导。").WaitForAsync();
        Assert.Contains("/forbidden", Page.Url, StringComparison.Ordinal);
        await ShotAsync("forbidden.png");
        await Page.GotoAsync(BaseUrl + "/about");
        await Page.GetByText("服务器时间", new() { Exact = true }).WaitForAsync();

        Assert.Equal(0, await Page.GetByText("数据库").CountAsync());
    }

    /// <summary>An open page is a Blazor circuit, not a request: it must end too when the account is disabled (ADR 0014).</summary>
    [Fact]
    public async Task DisablingAUser_EndsTheirOpenPage()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var token = await http.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = KechuangProcess.AdminPassword });
        var bearer = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        var name = "e2e_lock_" + Guid.NewGuid().ToString("N")[..6];
        var created = await http.PostAsJsonAsync("/api/users", new { userName = name, displayName = "停用测试", password = "E2e-Pass-2026", regionCode = "330326", roles = new[] { "staff" } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await LogInAsync(name, "E2e-Pass-2026");
        await Page.GotoAsync(BaseUrl + "/enterprises");
        await Page.GetByText("企业档案").First.WaitForAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var locked = await http.PostAsync($"/api/users/{id}/lock", null);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, locked.StatusCode);
        // The circuit revalidates every 10 s (Hosting/Revocation.cs); the page then goes to the login form.
        await Page.WaitForURLAsync("**/login**", new() { Timeout = 30_000 });
    }
}
