using Kechuang.E2E.Tests.Pages;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests;

/// <summary>The indicator dashboard of the demo city (温州市) in Chromium: the county matrix and the drill-down.</summary>
public sealed class IndicatorTests(ServerFixture server, BrowserFixture browser) : BrowserTest(server, browser)
{
    [Fact]
    public async Task CityLeader_SeesEveryCounty_AndDrillsIntoOneIndicator()
    {
        await LogInAsync("wz_leader");
        var dashboard = new IndicatorPage(Page, BaseUrl);

        await dashboard.OpenAsync();
        await dashboard.MatrixRows.First.WaitForAsync();

        Assert.Equal(12, await dashboard.MatrixRows.CountAsync());
        await ShotAsync("indicators-matrix.png");
        await dashboard.Cell("330326", 0).ClickAsync();
        await dashboard.WaitForDrawerAsync();
        Assert.Contains("平阳县", await dashboard.DrawerTitle.InnerTextAsync());
        Assert.Equal(12, await dashboard.PeerRows.CountAsync());
        await ShotAsync("indicators-drilldown.png");
    }

    [Fact]
    public async Task CountyStaff_SeesItsOwnTable_WithRanksAndTheDerivedFigures()
    {
        await LogInAsync("py_staff");
        var dashboard = new IndicatorPage(Page, BaseUrl);

        await dashboard.OpenAsync();
        await dashboard.ReportRows.First.WaitForAsync();

        Assert.Equal(0, await dashboard.MatrixRows.CountAsync());
        Assert.True(await dashboard.ReportRows.CountAsync() >= 20);
        // 第n/m among the counties with a figure, with the rule as a tooltip (docs/domain.md §3, Rank).
        var cell = Page.Locator("#report-table .rank-cell", new() { Has = Page.Locator(".rank-badge") }).First;
        Assert.Matches(@"^第\d+/\d+$", (await cell.InnerTextAsync()).Trim());
        Assert.StartsWith("排名", await cell.GetAttributeAsync("title"));
        await dashboard.IndicatorLink("hte_total").ClickAsync();
        await dashboard.WaitForDrawerAsync();
        Assert.Contains("高新技术企业总数", await dashboard.DrawerTitle.InnerTextAsync());
        await ShotAsync("indicators-county.png");
    }

    [Fact]
    public async Task CountyStaff_EntersAFigure_AndTheDashboardShowsIt()
    {
        await LogInAsync("py_staff");
        await Page.GotoAsync(BaseUrl + "/indicators/entry");
        var row = Page.Locator("#entry-table tr.ant-table-row", new() { HasText = "发明专利授权量" });
        await row.WaitForAsync();

        await row.Locator("input[data-field=value]").FillAsync("9999");
        await row.Locator("input[data-field=note]").FillAsync("端到端测试");
        await row.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Page.GetByText("已保存“发明专利授权量”").WaitForAsync();
        await ShotAsync("indicators-entry.png");

        var dashboard = new IndicatorPage(Page, BaseUrl);
        await dashboard.OpenAsync();
        await dashboard.ReportRows.First.WaitForAsync();
        Assert.Contains("9,999件", await dashboard.ReportRows.Filter(new() { HasText = "发明专利授权量" }).InnerTextAsync());

        await Page.GotoAsync(BaseUrl + "/indicators/catalogue");
        await Page.Locator("#catalogue-table tr.ant-table-row").First.WaitForAsync();
        await ShotAsync("indicators-catalogue.png");
    }
}
