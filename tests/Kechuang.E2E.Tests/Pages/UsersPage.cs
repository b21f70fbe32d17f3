using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Pages;

/// <summary>Page object for 用户管理 (/users).</summary>
public sealed class UsersPage(IPage page, string baseUrl)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync(baseUrl + "/users");
        // The table is filled once the interactive circuit is up.
        await page.Locator(".ant-table-row").First.WaitForAsync();
    }

    public async Task AddUserAsync(string userName, string displayName, string password)
    {
        await page.ClickAsync("#add-user");
        await page.FillAsync("#user-userName", userName);
        await page.FillAsync("#user-displayName", displayName);
        await page.FillAsync("#user-password", password);
        await page.Locator(".ant-modal-footer button.ant-btn-primary").ClickAsync();
    }

    public ILocator Row(string userName) => page.Locator(".ant-table-row", new PageLocatorOptions { HasText = userName });
}
