using Kechuang.E2E.Tests.Pages;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests;

/// <summary>Issue 6 in the browser: the demo county's work summary, a figure traced to its contracts, 存在问题 rewritten, Word.</summary>
public sealed class SummaryTests(ServerFixture server) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Browsers.Options);
        _page = await _browser.NewPageAsync(Browsers.Page);
    }

    [Fact]
    public async Task CountyStaff_TracesAContractFigure_RewritesProblems_AndDownloadsWord()
    {
        await new LoginPage(_page, server.BaseUrl).LogInAsync("py_staff", "kechuang2026");
        var summary = new SummaryPage(_page, server.BaseUrl);

        await summary.OpenFromMenuAsync();
        Assert.Matches("^平阳县科学技术局\\d{4}年.*工作总结", await summary.Title.InnerTextAsync());
        await summary.ScreenshotAsync(Browsers.Screenshot("summary.png"));

        await summary.OpenFigureAsync(summary.Figures("contracts").First);
        Assert.Contains("技术合同", await summary.DrawerTitle.InnerTextAsync());
        Assert.Contains("登记编号", await summary.TraceColumns.AllInnerTextsAsync());
        Assert.True(await summary.TraceRows.CountAsync() > 0, "the demo county registered contracts this year");
        Assert.StartsWith("共", await summary.TraceCountAsync());
        await summary.ScreenshotAsync(Browsers.Screenshot("summary-trace.png"));
        await summary.CloseDrawerAsync();

        // Typed markup stays text (never MarkupString).
        await summary.EditAsync("problems", "一是研发投入强度仍低于全市平均水平。\n二是<b>高新技术企业</b>后备力量不足。");
        Assert.Equal(["一是研发投入强度仍低于全市平均水平。", "二是<b>高新技术企业</b>后备力量不足。"], await summary.ParagraphsAsync("problems"));

        var download = await summary.DownloadAsync("docx");
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var file = Path.Combine(Path.GetTempPath(), $"summary-{Guid.NewGuid():N}.docx");
        try
        {
            await download.SaveAsAsync(file);
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.Length > 0);
            Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
