using Microsoft.Playwright;

namespace Kechuang.E2E.Tests;

/// <summary>Debian's Chromium, launched as this machine needs it; screenshots land in artifacts/screenshots.</summary>
public static class Browsers
{
    public static readonly BrowserTypeLaunchOptions Options = new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    };

    public static readonly BrowserNewPageOptions Page = new() { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 800 } };

    public static string Screenshot(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(KechuangProcess.RepositoryRoot, "artifacts", "screenshots")).FullName, name);

    /// <summary>
    /// Chooses a file in a Blazor InputFile and waits for the page to enable <paramref name="start"/>. InputFile
    /// attaches its change listener from JavaScript after the first render, so a file set before that goes unseen
    /// (a CI run failed once so): set it again until the page has taken it.
    /// </summary>
    public static async Task ChooseFileAsync(IPage page, string input, string start, string file)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.SetInputFilesAsync(input, file);
            try
            {
                await page.Locator(start + ":not([disabled])").WaitForAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 4)
            {
            }
        }
    }
}
