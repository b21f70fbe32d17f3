using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Pages;

/// <summary>Page objects for the enterprise list and an enterprise's detail page.</summary>
public sealed class EnterprisePage(IPage page, string baseUrl)
{
    public async Task OpenByNameAsync(string name)
    {
        await page.GotoAsync(baseUrl + "/enterprises");
        await page.FillAsync("#enterprise-search", name);
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = name }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/enterprises/", StringComparison.Ordinal) && !url.EndsWith("/enterprises", StringComparison.Ordinal));
    }

    public async Task<ILocator> HteChecklistAsync()
    {
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "高企评估" }).ClickAsync();
        var checklist = page.Locator("#hte-checklist");
        await checklist.WaitForAsync();
        return checklist;
    }
}
