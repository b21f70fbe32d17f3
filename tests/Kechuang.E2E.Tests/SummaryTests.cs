using Kechuang.E2E.Tests.Pages;

namespace Kechuang.E2E.Tests;

/// <summary>The work summary in the browser: the demo county's work summary, a figure traced to its contracts, 存在问题 rewritten, Word.</summary>
public sealed class SummaryTests(ServerFixture server, BrowserFixture browser) : BrowserTest(server, browser)
{
    [Fact]
    public async Task CountyStaff_TracesAContractFigure_RewritesProblems_AndDownloadsWord()
    {
        await LogInAsync("py_staff");
        var summary = new SummaryPage(Page, BaseUrl);

        await summary.OpenFromMenuAsync();
        Assert.Matches("^平阳县科学技术局\\d{4}年.*工作总结", await summary.Title.InnerTextAsync());
        // 总体情况 leads; the charts under the table are drawn (ECharts renders into a canvas).
        Assert.Matches("^\\d{4}年.*，平阳县科学技术局紧扣年度考核目标推进科技创新工作。有目标任务的\\d+项考核指标中", await Page.Locator("#summary-overview").InnerTextAsync());
        await Page.Locator("#summary-chart-1 canvas").WaitForAsync();
        Assert.StartsWith("图1", await Page.Locator("#summary-chart-1 .paper-caption").InnerTextAsync());
        await ShotAsync("summary.png");

        await summary.OpenFigureAsync(summary.Figures("contracts").First);
        Assert.Contains("技术合同", await summary.DrawerTitle.InnerTextAsync());
        Assert.Contains("登记编号", await summary.TraceColumns.AllInnerTextsAsync());
        Assert.True(await summary.TraceRows.CountAsync() > 0, "the demo county registered contracts this year");
        Assert.StartsWith("共", await summary.TraceCountAsync());
        await ShotAsync("summary-trace.png");
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

    [Fact]
    public async Task CountyStaff_FreezesTheHalfYear_AndSeesWhatChangedSince()
    {
        await LogInAsync("py_staff");
        var summary = new SummaryPage(Page, BaseUrl);
        await summary.OpenFromMenuAsync();
        await summary.ChoosePeriodAsync("上半年");

        await summary.FreezeAsync();
        Assert.True(await summary.EditButton("problems").IsDisabledAsync());
        // The month the half year is read at (June, or 截至X月 while it is open) gets its patent applications corrected
        // after the freeze, as a county would through 数据填报.
        var title = System.Text.RegularExpressions.Regex.Match(await summary.Title.InnerTextAsync(), @"(\d{4})年上半年工作总结(（截至(\d+)月）)?");
        var month = title.Groups[3].Success ? title.Groups[3].Value : "6";
        var status = await Page.EvaluateAsync<int>(
            "async url => (await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ value: 4321, note: '定稿后更正' }) })).status",
            $"/api/indicators/patent_applications/values/330326/{title.Groups[1].Value}/{month}");
        Assert.Equal(200, status);

        await Page.ReloadAsync();
        await summary.ChoosePeriodAsync("上半年");
        await summary.FrozenTag.WaitForAsync();
        Assert.Contains("4,321件", await summary.Changes.Filter(new() { HasText = "专利申请量" }).InnerTextAsync());
        await ShotAsync("summary-frozen.png");

        await summary.UnfreezeAsync();
        Assert.Equal(0, await summary.Changes.CountAsync());
        Assert.True(await summary.EditButton("problems").IsEnabledAsync());
    }
}
