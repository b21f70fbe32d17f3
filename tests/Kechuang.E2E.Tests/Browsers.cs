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
}
