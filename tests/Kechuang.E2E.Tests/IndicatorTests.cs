using Kechuang.E2E.Tests.Pages;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests;

/// <summary>The indicator dashboard of the demo city (温州市) in Chromium: the county matrix and the drill-down.</summary>
public sealed class IndicatorTests(ServerFixture server) : IClassFixture<ServerFixture>, IAsyncLifetime
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
    public async Task CityLeader_SeesEveryCounty_AndDrillsIntoOneIndicator()
    {
        await new LoginPage(_page, server.BaseUrl).LogInAsync("wz_leader", "kechuang2026");
        var dashboard = new IndicatorPage(_page, server.BaseUrl);

        await dashboard.OpenAsync();
        await dashboard.MatrixRows.First.WaitForAsync();

        Assert.Equal(12, await dashboard.MatrixRows.CountAsync());
        await dashboard.ScreenshotAsync(Browsers.Screenshot("indicators-matrix.png"));
        await dashboard.Cell("330326", 0).ClickAsync();
        await dashboard.WaitForDrawerAsync();
        Assert.Contains("平阳县", await dashboard.DrawerTitle.InnerTextAsync());
        Assert.Equal(12, await dashboard.PeerRows.CountAsync());
        await dashboard.ScreenshotAsync(Browsers.Screenshot("indicators-drilldown.png"));
    }

    [Fact]
    public async Task CountyStaff_SeesItsOwnTable_WithRanksAndTheDerivedFigures()
    {
        await new LoginPage(_page, server.BaseUrl).LogInAsync("py_staff", "kechuang2026");
        var dashboard = new IndicatorPage(_page, server.BaseUrl);

        await dashboard.OpenAsync();
        await dashboard.ReportRows.First.WaitForAsync();

        Assert.Equal(0, await dashboard.MatrixRows.CountAsync());
        Assert.True(await dashboard.ReportRows.CountAsync() >= 20);
        Assert.Contains("第", await _page.Locator("#report-table .rank-badge").First.InnerTextAsync());
        await dashboard.IndicatorLink("hte_total").ClickAsync();
        await dashboard.WaitForDrawerAsync();
        Assert.Contains("高新技术企业总数", await dashboard.DrawerTitle.InnerTextAsync());
        await dashboard.ScreenshotAsync(Browsers.Screenshot("indicators-county.png"));
    }

    [Fact]
    public async Task CountyStaff_EntersAFigure_AndTheDashboardShowsIt()
    {
        await new LoginPage(_page, server.BaseUrl).LogInAsync("py_staff", "kechuang2026");
        await _page.GotoAsync(server.BaseUrl + "/indicators/entry");
        var row = _page.Locator("#entry-table tr.ant-table-row", new() { HasText = "发明专利授权量" });
        await row.WaitForAsync();

        await row.Locator("input[data-field=value]").FillAsync("9999");
        await row.Locator("input[data-field=note]").FillAsync("端到端测试");
        await row.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await _page.GetByText("已保存“发明专利授权量”").WaitForAsync();
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Browsers.Screenshot("indicators-entry.png"), FullPage = true });

        var dashboard = new IndicatorPage(_page, server.BaseUrl);
        await dashboard.OpenAsync();
        await dashboard.ReportRows.First.WaitForAsync();
        Assert.Contains("9,999件", await dashboard.ReportRows.Filter(new() { HasText = "发明专利授权量" }).InnerTextAsync());

        await _page.GotoAsync(server.BaseUrl + "/indicators/catalogue");
        await _page.Locator("#catalogue-table tr.ant-table-row").First.WaitForAsync();
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Browsers.Screenshot("indicators-catalogue.png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
