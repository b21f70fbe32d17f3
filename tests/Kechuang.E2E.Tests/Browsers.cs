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

    public static readonly BrowserNewContextOptions Context = new() { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 800 } };

    public static string Screenshot(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(KechuangProcess.RepositoryRoot, "artifacts", "screenshots")).FullName, name);

    /// <summary>
    /// Chooses a file in a Blazor InputFile and waits for the page to enable <paramref name="start"/>. InputFile attaches
    /// its change listener from JavaScript after the first interactive render, so a file set before that goes unseen: wait
    /// for that script first (its init, InputFile.ts in blazor.web.js, sets _blazorInputFileNextFileId on the input).
    /// </summary>
    public static async Task ChooseFileAsync(IPage page, string input, string start, string file)
    {
        await page.WaitForFunctionAsync("input => document.querySelector(input)?._blazorInputFileNextFileId !== undefined", input);
        await page.SetInputFilesAsync(input, file);
        await page.Locator(start + ":not([disabled])").WaitForAsync();
    }
}
