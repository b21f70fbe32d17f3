using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Pages;

/// <summary>Page object for /login (jasontaylordev Pages/LoginPage.cs).</summary>
public sealed class LoginPage(IPage page, string baseUrl)
{
    public async Task LogInAsync(string userName, string password)
    {
        await page.GotoAsync(baseUrl + "/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    public Task<string> ErrorAsync() => page.InnerTextAsync(".ant-alert-error");

    public async Task TryLogInAsync(string userName, string password)
    {
        await page.GotoAsync(baseUrl + "/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
