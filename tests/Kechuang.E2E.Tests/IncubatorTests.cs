using System.Globalization;
using System.Text.Json;
using Kechuang.E2E.Tests.Pages;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests;

/// <summary>The incubation carrier register in the browser: a carrier and its new space move 新增孵化空间面积 and the summary.</summary>
public sealed class IncubatorTests(ServerFixture server, BrowserFixture browser) : BrowserTest(server, browser)
{
    /// <summary>新增孵化空间面积 of 平阳县 at <paramref name="day"/>'s month, as the indicator report shows it (万平方米).</summary>
    private async Task<decimal> NewAreaAsync(DateOnly day)
    {
        var json = await Page.EvaluateAsync<string>("async url => await (await fetch(url)).text()",
            $"/api/indicators/report?region=330326&year={day.Year}&month={day.Month}");
        var row = JsonDocument.Parse(json).RootElement.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "new_incubator_area");
        return row.GetProperty("actual").GetDecimal();
    }

    [Fact]
    public async Task CountyStaff_RegistersACarrierAndNewSpace_TheIndicatorAndTheSummaryMove()
    {
        await LogInAsync("py_staff");
        // The last day of the last ended month: inside the summary's period and the report's month.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var day = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Page.GotoAsync(BaseUrl + "/incubators");
        await Page.Locator(".ant-table-row").First.WaitForAsync();
        var before = await NewAreaAsync(day);

        await Page.Locator("#add-incubator").ClickAsync();
        await Page.Locator("#incubator-name").FillAsync("平阳县端到端众创空间");
        await Page.Locator("#incubator-kind").SelectOptionAsync("众创空间");
        await Page.Locator("#incubator-level").SelectOptionAsync("市级");
        await Page.Locator("#incubator-area").FillAsync("12000");
        await Page.Locator("#incubator-inUseOn").FillAsync(date);
        await ShotAsync("incubator-new.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var row = Page.Locator(".ant-table-row", new() { HasText = "平阳县端到端众创空间" });
        await row.WaitForAsync();
        await row.Locator(".add-area").ClickAsync();
        await Page.Locator("#area-sqm").FillAsync("3000");
        await Page.Locator("#area-inUseOn").FillAsync(date);
        await Page.Locator("#area-note").FillAsync("二期");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await row.GetByText("二期", new() { Exact = false }).WaitForAsync();
        await ShotAsync("incubators.png");

        var after = await NewAreaAsync(day);
        Assert.Equal(before + 1.5m, after);

        // A start-up team enters the new carrier; the 载体详情 dialog counts it, and the list shows it.
        await row.Locator(".tenants").ClickAsync();
        await Page.Locator("#tenant-name").FillAsync("端到端创业团队");
        await Page.Locator("#tenant-enteredOn").FillAsync(date);
        await Page.Locator("#tenant-area").FillAsync("1500");
        await Page.Locator("#tenant-save").ClickAsync();
        await Page.Locator("#tenant-table").GetByText("端到端创业团队（创业团队）").WaitForAsync();
        Assert.Contains("10.00%", await Page.Locator(".tenant-figures").InnerTextAsync());   // 1,500 of 15,000 m²
        await ShotAsync("incubator-tenants.png");
        await Page.Locator(".ant-modal-close:visible").ClickAsync();
        await row.GetByText("1 家").WaitForAsync();

        var summary = new SummaryPage(Page, BaseUrl);
        await summary.OpenFromMenuAsync();
        var section = Page.Locator(".paper-section[data-module='incubators']");
        Assert.Contains($"新增孵化空间{after.ToString("N2", CultureInfo.InvariantCulture)}万平方米", await section.InnerTextAsync());
    }
}
