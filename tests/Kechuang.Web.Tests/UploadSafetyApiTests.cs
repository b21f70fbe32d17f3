using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kechuang.Web.Tests.Support;
using MiniExcelLibs;

namespace Kechuang.Web.Tests;

public sealed class SqliteUploadSafetyApiTests(SqliteApiFixture fixture) : UploadSafetyApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresUploadSafetyApiTests(PostgresApiFixture fixture) : UploadSafetyApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// Crafted uploads are refused before they are read, uploads take bearer tokens only, scans come back under a safe name
/// and exports escape formulas (docs/architecture.md, Uploads and exports).
/// </summary>
public abstract class UploadSafetyApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Dictionary<string, object?> Enterprise(string uscc, string name = "上传测试科技有限公司") => new()
    {
        ["企业名称"] = name, ["统一社会信用代码"] = uscc, ["所属区县代码"] = "330326", ["成立日期"] = "2019-03-15", ["是否规上"] = "否",
    };

    private static byte[] Xlsx(params Dictionary<string, object?>[] rows)
    {
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    /// <summary>The import template's column names, as the server gives them.</summary>
    private static async Task<IReadOnlyList<string>> HeaderAsync(HttpClient client, string template)
    {
        var file = await client.GetByteArrayAsync(template);
        var first = MiniExcel.Query(new MemoryStream(file), useHeaderRow: false).Cast<IDictionary<string, object?>>().First();
        return [.. first.Values.OfType<string>()];
    }

    /// <summary>The template's header row, then <paramref name="rows"/> empty rows written straight into the sheet's XML.</summary>
    private static byte[] ManyRows(IReadOnlyList<string> header, int rows)
    {
        using var template = new ZipArchive(new MemoryStream(Xlsx(Enterprise(TestCodes.NewUscc()))), ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in template.Entries.Where(e => !e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                from.CopyTo(to);
            }
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16);
            sheet.Write("""<?xml version="1.0" encoding="utf-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            sheet.Write("<row r=\"1\">");
            for (var i = 0; i < header.Count; i++)
            {
                var column = i < 26 ? $"{(char)('A' + i)}" : $"{(char)('A' + i / 26 - 1)}{(char)('A' + i % 26)}";
                sheet.Write($"<c r=\"{column}1\" t=\"inlineStr\"><is><t>{header[i]}</t></is></c>");
            }
            sheet.Write("</row>");
            for (var r = 2; r <= rows + 1; r++)
            {
                sheet.Write("<row r=\"");
                sheet.Write(r);
                sheet.Write("\"/>");
            }
            sheet.Write("</sheetData></worksheet>");
        }
        return output.ToArray();
    }

    private static MultipartFormDataContent Upload(byte[] file, string name = "导入.xlsx", string type = XlsxType)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (await Json(response)).GetProperty("detail").GetString()!;

    private async Task<int> CountAsync(string uscc) =>
        (await Json(await (await app.AsAdmin()).GetAsync($"/api/enterprises?q={uscc}"))).GetProperty("total").GetInt32();

    [Fact]
    public async Task EnterpriseImport_ZipBomb_IsRefusedInChinese_AndWritesNothing()
    {
        var admin = await app.AsAdmin();
        var uscc = TestCodes.NewUscc();
        // One 30 MB name that packs to a few dozen KB.
        var file = Xlsx(Enterprise(uscc, new string('甲', 15_000_000)));

        var response = await admin.PostAsync("/api/enterprises/import/enterprises", Upload(file));

        Assert.True(file.Length < 1 << 20, $"the crafted file should be small, is {file.Length} bytes");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("压缩比异常", await Detail(response));
        Assert.Equal(0, await CountAsync(uscc));
    }

    [Fact]
    public async Task ContractImport_ZipBomb_IsRefusedInChinese()
    {
        var admin = await app.AsAdmin();
        var file = Xlsx(new Dictionary<string, object?> { ["登记编号"] = "X1", ["合同名称"] = new string('甲', 15_000_000) });

        var response = await admin.PostAsync("/api/contracts/import", Upload(file));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("压缩比异常", await Detail(response));
    }

    [Fact]
    public async Task EnterpriseImport_FiveMillionRows_StopsAtTheRowLimit()
    {
        var admin = await app.AsAdmin();
        var file = ManyRows(await HeaderAsync(admin, "/api/enterprises/import/enterprises/template"), 5_000_000);

        var response = await admin.PostAsync("/api/enterprises/import/enterprises", Upload(file));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("文件超过 200,000 行的上限（企业名录、资质和年度数据），未导入；请分批导入", await Detail(response));
    }

    [Fact]
    public async Task Imports_AHugeCell_IsRefusedWithItsRow()
    {
        var admin = await app.AsAdmin();
        var uscc = TestCodes.NewUscc();
        var xlsx = Xlsx(Enterprise(uscc, new string('甲', 40_000)));
        var header = await HeaderAsync(admin, "/api/contracts/import/template");
        var csv = Encoding.UTF8.GetBytes(string.Join(",", header) + "\n" + new string('乙', 40_000) + "\n");

        var enterprises = await admin.PostAsync("/api/enterprises/import/enterprises", Upload(xlsx));
        var contracts = await admin.PostAsync("/api/contracts/import", Upload(csv, "合同.csv", "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, enterprises.StatusCode);
        Assert.Contains("第 2 行“企业名称”有 40,000 个字符", await Detail(enterprises));
        Assert.Equal(0, await CountAsync(uscc));
        Assert.Equal(HttpStatusCode.BadRequest, contracts.StatusCode);
        Assert.Contains("超过 32,767 个字符", await Detail(contracts));
    }

    [Fact]
    public async Task IndicatorImport_LargerThanItsKind_IsRefusedInChinese()
    {
        var admin = await app.AsAdmin();
        var file = new byte[11 << 20];
        "PK\u0003\u0004"u8.CopyTo(file);

        var response = await admin.PostAsync("/api/indicators/import?year=2026&month=1", Upload(file));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge });
        Assert.Contains("月度指标报表单个文件不超过 10 MB", await Detail(response));
    }

    [Theory]
    [InlineData("/api/enterprises/import/enterprises")]
    [InlineData("/api/contracts/import")]
    [InlineData("/api/indicators/import?year=2026&month=1")]
    public async Task Import_WithTheLoginCookieOnly_Is401_AndWritesNothing(string url)
    {
        using var browser = await app.AsAdminWithCookie();
        var uscc = TestCodes.NewUscc();

        var opens = await browser.GetAsync("/api/regions/330326");
        var response = await browser.PostAsync(url, Upload(Xlsx(Enterprise(uscc, "跨站导入测试有限公司"))));

        Assert.Equal(HttpStatusCode.OK, opens.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountAsync(uscc));
    }

    [Fact]
    public async Task Scan_NamedHtml_IsKeptAndServedUnderItsDetectedType()
    {
        var admin = await app.AsAdmin();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var created = await admin.PostAsJsonAsync("/api/contracts", new
        {
            name = "扫描件测试技术开发合同",
            type = "development_commissioned",
            sellerName = "平阳测试科技有限公司",
            sellerUscc = TestCodes.NewUscc(),
            sellerRegionCode = "330326",
            buyerName = "杭州测试农业有限公司",
            buyerUscc = TestCodes.NewUscc("330106"),
            buyerRegionCode = "330106",
            signedOn = today.AddDays(-5),
            receivedOn = today.AddDays(-3),
            turnover = 100_000m,
            techTransaction = 80_000m,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetString();
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. "<script>alert(1)</script>"u8];

        var attached = await admin.PostAsync($"/api/contracts/{id}/scan", Upload(png, "../evil.html", "text/html"));
        var back = await admin.GetAsync($"/api/contracts/{id}/scan");

        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        Assert.Equal("evil.png", (await Json(attached)).GetProperty("scanFileName").GetString());
        Assert.Equal("image/png", back.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", back.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("evil.png", back.Content.Headers.ContentDisposition.FileNameStar ?? back.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", Assert.Single(back.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task EnterpriseExport_FormulaName_IsEscaped_StoredValueUnchanged()
    {
        var admin = await app.AsAdmin();
        var uscc = TestCodes.NewUscc();
        const string name = "=HYPERLINK(\"http://evil.example\",\"点我\")有限公司";
        var imported = await admin.PostAsync("/api/enterprises/import/enterprises", Upload(Xlsx(Enterprise(uscc, name))));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var stored = await Json(await admin.GetAsync($"/api/enterprises?q={uscc}"));
        var export = await admin.GetAsync("/api/enterprises/export?regionCode=330326");
        var rows = MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => r["统一社会信用代码"] as string == uscc);

        Assert.Equal(name, stored.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal("'" + name, row["企业名称"]);
    }
}
