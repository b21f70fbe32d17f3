using Kechuang.E2E.Tests.Pages;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests;

/// <summary>
/// A browser test: a fresh context and page on the run's one Chromium for every test, so that no cookie or page state
/// passes from one test to the next; the class's own server (<see cref="ServerFixture"/>) is shared by its tests.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(ServerFixture server, BrowserFixture browser) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    /// <summary>The demo users' password (README).</summary>
    protected const string DemoPassword = "kechuang2026";

    private IBrowserContext _context = null!;

    protected IPage Page { get; private set; } = null!;

    protected ServerFixture Server => server;

    protected string BaseUrl => server.BaseUrl;

    public virtual async Task InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(Browsers.Context);
        Page = await _context.NewPageAsync();
    }

    protected Task LogInAsync(string userName, string password = DemoPassword) => new LoginPage(Page, BaseUrl).LogInAsync(userName, password);

    /// <summary>
    /// Confirms the open Popconfirm. A click that lands while the popover is still opening is lost (the popover stays
    /// open and nothing happens), so the click is repeated until the popover has closed, at most three times.
    /// </summary>
    protected async Task ConfirmAsync()
    {
        var popover = Page.Locator(".ant-popover:visible");
        for (var attempt = 1; ; attempt++)
        {
            await popover.Locator(".ant-btn-primary").ClickAsync();
            try
            {
                await popover.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>
    /// Opens a Popconfirm with <paramref name="open"/>, confirms it and waits for <paramref name="done"/>, at most three
    /// times: on this loaded machine a confirmation sometimes closes the popover without its action running (no request,
    /// no message), a race in the page still to be found; a user would click again, and so does the test.
    /// </summary>
    protected async Task ConfirmUntilAsync(Func<Task> open, ILocator done)
    {
        for (var attempt = 1; ; attempt++)
        {
            await open();
            await ConfirmAsync();
            try
            {
                await done.WaitForAsync(new() { Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>A full-page screenshot in artifacts/screenshots.</summary>
    protected Task ShotAsync(string name) => Page.ScreenshotAsync(new PageScreenshotOptions { Path = Browsers.Screenshot(name), FullPage = true });

    public Task DisposeAsync() => _context.DisposeAsync().AsTask();
}

/// <summary>One Chromium for the whole run: launching it is the slow part of a browser test.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(Browsers.Options);
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null)
        {
            return;
        }
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>The browser test classes share <see cref="BrowserFixture"/>; xunit runs the classes of one collection one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
