using System.Globalization;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Pages;

/// <summary>Page objects for the contract registry: desk, detail, waiting list, statistics and import.</summary>
public sealed class ContractPages(IPage page, string baseUrl)
{
    public async Task OpenDeskAsync(string? status = null)
    {
        await page.GotoAsync(baseUrl + "/contracts" + (status is null ? "" : "?status=" + status));
        await page.Locator("#contract-table .ant-table-row").First.WaitForAsync();
    }

    /// <summary>Opens the first contract of the desk's list; returns its name.</summary>
    public async Task<string> OpenFirstAsync()
    {
        var link = page.Locator("#contract-table .contract-link").First;
        var name = await link.InnerTextAsync();
        await link.ClickAsync();
        await page.Locator("#contract-state").WaitForAsync();
        return name;
    }

    public Task<string> StatusAsync() => page.InnerTextAsync("#contract-state");

    public Task<string> NumberAsync() => page.InnerTextAsync("#contract-number");

    /// <summary>
    /// Registers with today's date and an assigned number, through the confirmation. On a loaded machine a confirmation
    /// sometimes closes without its action running (the Popconfirm race BrowserTest.ConfirmUntilAsync describes): a user
    /// would click again, and so does the test, at most three times, never once the contract shows 已登记.
    /// </summary>
    public async Task RegisterAsync()
    {
        var registered = page.Locator("#contract-state", new PageLocatorOptions { HasTextString = "已登记" });
        for (var attempt = 1; ; attempt++)
        {
            if (await registered.CountAsync() > 0)
            {
                return;
            }
            await page.ClickAsync("#register-button");
            await page.Locator(".ant-popover:visible button.ant-btn-primary").ClickAsync();
            try
            {
                await registered.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>The statistics page: the last complete month by default, or the period asked for (this month runs to today).</summary>
    public async Task OpenStatsAsync(DateOnly? month = null)
    {
        await page.GotoAsync(baseUrl + "/contracts/stats" + (month is { } m ? $"?year={m.Year}&month={m.Month}" : ""));
        await page.Locator("#stat-count").WaitForAsync();
        await page.Locator("#contract-month-chart canvas").WaitForAsync();
    }

    /// <summary>The period as the statistics page prints it, e.g. "2026年1–12月（12月截至4日）".</summary>
    public Task<string> StatsPeriodAsync() => page.InnerTextAsync("#stats-period");

    /// <summary>The year-to-date contract count shown on the statistics page.</summary>
    public async Task<int> StatsCountAsync()
    {
        var text = await page.InnerTextAsync("#stat-count");
        return int.Parse(new string(text.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);
    }

    public async Task OpenWaitingAsync()
    {
        await page.GotoAsync(baseUrl + "/contracts/waiting");
        await page.Locator("#waiting-table .ant-table-row, #waiting-table .ant-empty").First.WaitForAsync();
    }

    public async Task ImportAsync(string file)
    {
        await page.GotoAsync(baseUrl + "/contracts/import");
        await Browsers.ChooseFileAsync(page, "#contract-import-file", "#contract-import-start", file);
        await page.ClickAsync("#contract-import-start");
        await page.Locator("#contract-import-summary").WaitForAsync();
    }

    public Task<string> ImportSummaryAsync() => page.InnerTextAsync("#contract-import-summary");

    public Task<string> ImportErrorsAsync() => page.InnerTextAsync("#contract-import-errors");
}
