using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Pages;

/// <summary>Page object for the indicator dashboard (/indicators) and its drill-down drawer.</summary>
public sealed class IndicatorPage(IPage page, string baseUrl)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync(baseUrl + "/indicators");
        await page.Locator("#indicator-stats").WaitForAsync();
    }

    public ILocator MatrixRows => page.Locator("#indicator-matrix tbody tr");

    public ILocator Cell(string region, int column) =>
        page.Locator($"#indicator-matrix tr[data-region='{region}'] td.matrix-cell").Nth(column);

    public ILocator ReportRows => page.Locator("#report-table tbody tr.ant-table-row");

    public ILocator IndicatorLink(string code) => page.Locator($"#report-table a.indicator-link[data-code='{code}']");

    public async Task ShowReportAsync(string tab) => await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();

    /// <summary>Waits until the drawer has drawn both charts (ECharts renders into a canvas).</summary>
    public async Task WaitForDrawerAsync()
    {
        await page.Locator("#trend-chart canvas").WaitForAsync();
        await page.Locator("#peer-chart canvas").WaitForAsync();
    }

    public ILocator DrawerTitle => page.Locator(".ant-drawer-title");

    public ILocator PeerRows => page.Locator("#peer-table tbody tr.ant-table-row");
}
