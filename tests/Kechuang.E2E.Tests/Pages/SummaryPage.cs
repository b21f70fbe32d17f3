using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Pages;

/// <summary>Page object for the work summary (/reports/summary): the paper, a figure's records, the narrative, downloads.</summary>
public sealed class SummaryPage(IPage page, string baseUrl)
{
    /// <summary>From the menu, as a user finds it; waits until the draft is on the page.</summary>
    public async Task OpenFromMenuAsync()
    {
        await page.GotoAsync(baseUrl + "/");
        await page.Locator(".ant-menu-item a", new() { HasText = "工作总结" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/reports/summary", StringComparison.Ordinal));
        await Title.WaitForAsync();
    }

    public ILocator Title => page.Locator("#summary-title");

    /// <summary>The clickable figures of a section of 一、工作成效, by the module that drafted it.</summary>
    public ILocator Figures(string module) => page.Locator($".paper-section[data-module='{module}'] .figure");

    public async Task OpenFigureAsync(ILocator figure)
    {
        await figure.ClickAsync();
        await page.Locator("#trace-drawer").WaitForAsync();
    }

    public ILocator DrawerTitle => page.Locator(".ant-drawer-title");

    public ILocator TraceColumns => page.Locator("#trace-table thead th");

    public ILocator TraceRows => page.Locator("#trace-table tbody tr");

    public Task<string> TraceCountAsync() => page.InnerTextAsync("#trace-count");

    public async Task CloseDrawerAsync()
    {
        await page.Locator(".ant-drawer-close").ClickAsync();
        // A closed drawer keeps its content, slid off the screen: wait for the drawer itself to close.
        await page.Locator(".ant-drawer-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>Rewrites 存在问题 ("problems") or 工作思路 ("plan") and waits for the paper to print the new text.</summary>
    public async Task EditAsync(string part, string text)
    {
        await page.ClickAsync($"#edit-{part}");
        await page.FillAsync($"#{part}-text", text);
        await page.ClickAsync($"#save-{part}");
        await page.Locator($"#part-{part} .paper-p", new() { HasText = text.Split('\n')[0] }).WaitForAsync();
    }

    public Task<IReadOnlyList<string>> ParagraphsAsync(string part) => page.Locator($"#part-{part} .paper-p").AllInnerTextsAsync();

    /// <summary>Chooses 全年 or 上半年 and waits for that summary.</summary>
    public async Task ChoosePeriodAsync(string name)
    {
        await page.Locator("#summary-period label", new() { HasText = name }).ClickAsync();
        if (name == "上半年")
        {
            await page.Locator("#summary-title", new() { HasText = "上半年" }).WaitForAsync();
        }
    }

    public ILocator FrozenTag => page.Locator("#summary-frozen");

    public ILocator Changes => page.Locator("#summary-changes li");

    public ILocator EditButton(string part) => page.Locator($"#edit-{part}");

    /// <summary>定稿 or 取消定稿 through its confirmation; waits for the state it leads to.</summary>
    public async Task FreezeAsync() => await ConfirmAsync("#summary-freeze", "#summary-frozen");

    public async Task UnfreezeAsync() => await ConfirmAsync("#summary-unfreeze", "#summary-draft");

    /// <summary>
    /// Opens the Popconfirm and clicks its OK button until the page shows <paramref name="after"/>. In about one run in
    /// five on the 2-core dev machine the confirmation had already closed when the click landed (it fell through to the
    /// toolbar behind it; not seen by hand), so a click that changed nothing is tried again, as Browsers.ChooseFileAsync does.
    /// </summary>
    private async Task ConfirmAsync(string button, string after)
    {
        for (var attempt = 1; ; attempt++)
        {
            var ok = page.Locator(".ant-popover:not(.ant-popover-hidden) button.ant-btn-primary");
            if (!await ok.IsVisibleAsync())
            {
                await page.ClickAsync(button);
            }
            await ok.WaitForAsync();
            await ok.ClickAsync();
            try
            {
                await page.Locator(after).WaitForAsync(new() { Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Clicks a download button ("docx", "md", "pdf") and returns the browser's download.</summary>
    public Task<IDownload> DownloadAsync(string format) =>
        page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"#download-{format}"));
}
