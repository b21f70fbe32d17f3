using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Pages;

/// <summary>Page object for 数据导入 (/enterprises/import).</summary>
public sealed class ImportPage(IPage page, string baseUrl)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync(baseUrl + "/enterprises/import");
        await page.Locator("#import-file").WaitForAsync();
    }

    public async Task ImportAsync(string file)
    {
        await Browsers.ChooseFileAsync(page, "#import-file", "#import-start", file);
        await page.ClickAsync("#import-start");
        await page.Locator("#import-summary").WaitForAsync();
    }

    public Task<string> SummaryAsync() => page.InnerTextAsync("#import-summary");

    public Task<string> ErrorsAsync() => page.InnerTextAsync("#import-errors");

    public async Task<int> ErrorRowsAsync()
    {
        await page.Locator("#import-errors .ant-table-row").First.WaitForAsync();
        return await page.Locator("#import-errors .ant-table-row").CountAsync();
    }
}
