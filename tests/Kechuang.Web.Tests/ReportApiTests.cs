using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Kechuang.Reports.Output;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteReportApiTests(SqliteApiFixture fixture) : ReportApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresReportApiTests(PostgresApiFixture fixture) : ReportApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// The work summary over HTTP (docs/reports.md): JSON, .docx, Markdown and PDF of the same figures, editing, freezing and
/// the denials. Each test uses a county of its own, for last year (all its months have ended).
/// </summary>
public abstract class ReportApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private int Year => app.Clock.TodayInChina().Year - 1;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<HttpClient> UserAsync(string role, string region)
    {
        var name = ApiFixture.Unique(role[..2]);
        await app.CreateUserAsync(name, region, role);
        return await app.As(name);
    }

    /// <summary>Registers a contract sold in <paramref name="region"/> on 1 June last year.</summary>
    private async Task RegisterAsync(string region, decimal turnover, decimal tech)
    {
        var admin = await app.AsAdmin();
        var created = await admin.PostAsJsonAsync("/api/contracts", new
        {
            name = "智能灌溉控制系统技术开发合同", type = "development_commissioned",
            sellerName = "测试科技有限公司", sellerUscc = TestCodes.NewUscc(region), sellerRegionCode = region,
            buyerName = "杭州测试农业有限公司", buyerUscc = TestCodes.NewUscc("330106"), buyerRegionCode = "330106",
            signedOn = $"{Year}-05-20", receivedOn = $"{Year}-05-25", turnover, techTransaction = tech,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetString();
        var registered = await admin.PostAsJsonAsync($"/api/contracts/{id}/register", new { registeredOn = $"{Year}-06-01" });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
    }

    private string Url(string region, string? format = null, string extra = "") =>
        $"/api/reports/summary?region={region}&year={Year}&period=FY{(format is null ? "" : "&format=" + format)}{extra}";

    private static string Text(JsonElement paragraph) =>
        string.Concat(paragraph.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

    [Fact]
    public async Task Summary_EveryFormat_PrintsTheSameFigures()
    {
        const string Region = "330302";
        await RegisterAsync(Region, 2_500_000m, 2_000_000m);
        await RegisterAsync(Region, 1_500_000m, 1_000_000m);
        var leader = await UserAsync("leader", Region);

        var json = await Json(await leader.GetAsync(Url(Region)));
        Assert.Equal($"鹿城区科学技术局{Year}年工作总结", json.GetProperty("title").GetString());
        var contracts = json.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("module").GetString() == "contracts");
        var sentence = Text(contracts.GetProperty("paragraphs")[0]);
        // No target and no contracts the year before: nothing to judge by, a neutral opening (docs/domain.md §9).
        Assert.StartsWith("一是技术市场交易方面，全年登记技术合同2项", sentence);
        Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());
        Assert.Contains("；合同成交额400.00万元", sentence);
        Assert.Contains("；技术交易额300.00万元", sentence);
        var figures = json.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("text").GetString()!).ToList();
        Assert.Contains("400.00万元", figures);

        var docx = await leader.GetAsync(Url(Region, "docx", "&appendix=true"));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(SummaryDocx.ContentType, docx.Content.Headers.ContentType?.MediaType);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var body = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains($"鹿城区科学技术局{Year}年工作总结", body);
            Assert.Contains("全年登记技术合同2项", body);
            Assert.All(figures, f => Assert.Contains(f, body));
            Assert.Contains("数据来源", body);
        }

        var markdown = await leader.GetAsync(Url(Region, "md"));
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        var md = Encoding.UTF8.GetString(await markdown.Content.ReadAsByteArrayAsync());
        Assert.StartsWith($"# 鹿城区科学技术局{Year}年工作总结", md.TrimStart('\uFEFF'));
        // Markdown escapes (e.g. "0\.04" at a cell's start) read as the character itself.
        Assert.All(figures, f => Assert.Contains(f, md.Replace("\\", "", StringComparison.Ordinal)));
        Assert.DoesNotContain("数据来源", md);

        var pdf = await leader.GetAsync(Url(Region, "pdf"));
        if (SummaryPdf.IsAvailable)
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("%PDF", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
            Assert.Contains("LibreOffice", (await Json(pdf)).GetProperty("errors").GetProperty("format")[0].GetString());
        }
    }

    [Fact]
    public async Task Summary_BadInput_ClearMessages()
    {
        const string Region = "330303";
        await RegisterAsync(Region, 1_000_000m, 800_000m);
        var leader = await UserAsync("leader", Region);

        var format = await leader.GetAsync(Url(Region, "xls"));
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        Assert.Equal("格式应为 docx、md 或 pdf", (await Json(format)).GetProperty("errors").GetProperty("format")[0].GetString());
        var empty = await leader.GetAsync($"/api/reports/summary?region={Region}&year=2019");
        Assert.Equal(HttpStatusCode.NotFound, empty.StatusCode);
        Assert.Equal("龙湾区2019年全年没有任何指标数据或登记记录，无法生成工作总结", (await Json(empty)).GetProperty("detail").GetString());
        var period = await leader.GetAsync($"/api/reports/summary?region={Region}&year={Year}&period=Q1");
        Assert.Equal(HttpStatusCode.BadRequest, period.StatusCode);
    }

    [Fact]
    public async Task Summary_OutsideTheAreaOrWrongRole_Denied()
    {
        const string Region = "330304";
        await RegisterAsync(Region, 1_000_000m, 800_000m);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Url(Region))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await UserAsync("leader", "330305")).GetAsync(Url(Region, "docx"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await UserAsync("expert", Region)).GetAsync(Url(Region))).StatusCode);
        var leader = await UserAsync("leader", Region);
        var edit = await leader.PutAsJsonAsync("/api/reports/summary/narrative", new { region = Region, year = Year, period = "FY", problems = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        var freeze = await leader.PostAsJsonAsync("/api/reports/summary/freeze", new { region = Region, year = Year, period = "FY" });
        Assert.Equal(HttpStatusCode.Forbidden, freeze.StatusCode);
    }

    [Fact]
    public async Task Summary_EditFreezeTrace_AsStaff()
    {
        const string Region = "330324";
        await RegisterAsync(Region, 1_000_000m, 800_000m);
        var staff = await UserAsync("staff", Region);

        var edited = await staff.PutAsJsonAsync("/api/reports/summary/narrative",
            new { region = Region, year = Year, period = "FY", problems = "<b>人才</b>短缺\n\n资金不足", plan = (string?)null });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("<b>人才</b>短缺\n资金不足", (await Json(edited)).GetProperty("problems").GetProperty("edited").GetString());
        var md = await (await staff.GetAsync(Url(Region, "md"))).Content.ReadAsStringAsync();
        Assert.Contains("\\<b\\>人才\\</b\\>短缺", md);

        var trace = await staff.GetAsync($"/api/reports/summary/trace?region={Region}&year={Year}&period=FY&figure=contracts.count");
        Assert.Equal(HttpStatusCode.OK, trace.StatusCode);
        Assert.Equal(1, (await Json(trace)).GetProperty("records").GetProperty("total").GetInt32());

        var freeze = await staff.PostAsJsonAsync("/api/reports/summary/freeze", new { region = Region, year = Year, period = "FY" });
        Assert.Equal(HttpStatusCode.OK, freeze.StatusCode);
        Assert.True((await Json(freeze)).GetProperty("state").GetProperty("frozen").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync("/api/reports/summary/freeze", new { region = Region, year = Year, period = "FY" })).StatusCode);
        var late = await staff.PutAsJsonAsync("/api/reports/summary/narrative", new { region = Region, year = Year, period = "FY", problems = "改" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);

        await RegisterAsync(Region, 3_000_000m, 2_000_000m);
        var frozen = await Json(await staff.GetAsync(Url(Region)));
        Assert.Contains(frozen.GetProperty("state").GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("figureId").GetString() == "contracts.count" && c.GetProperty("now").GetString() == "2项");
        var docx = await (await staff.GetAsync(Url(Region, "docx"))).Content.ReadAsByteArrayAsync();
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Contains("全年登记技术合同1项", word.MainDocumentPart!.Document!.Body!.InnerText);
    }
}
