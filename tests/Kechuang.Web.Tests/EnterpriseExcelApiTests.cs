using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kechuang.Enterprises.Excel;
using Kechuang.Web.Tests.Support;
using MiniExcelLibs;

namespace Kechuang.Web.Tests;

public sealed class SqliteEnterpriseExcelApiTests(SqliteApiFixture fixture) : EnterpriseExcelApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresEnterpriseExcelApiTests(PostgresApiFixture fixture) : EnterpriseExcelApiTests<PostgresApiFixture>(fixture);

/// <summary>Excel over HTTP: multipart upload answers with the report, templates and exports are real .xlsx files.</summary>
public abstract class EnterpriseExcelApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static string NewUscc(string area = "330326") =>
        TestCodes.NewUscc(area);

    private static byte[] Sheet(params Dictionary<string, object?>[] rows)
    {
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.ToList());
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Enterprise(string uscc, string region = "330326", string name = "平阳导入测试有限公司") => new()
    {
        ["企业名称"] = name,
        ["统一社会信用代码"] = uscc,
        ["所属区县代码"] = region,
        ["成立日期"] = "2019-03-15",
        ["是否规上"] = "否",
    };

    private static MultipartFormDataContent Upload(byte[] file, string name = "企业.xlsx")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(Xlsx);
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Import_Multipart_ReturnsTheReport_AndCreates()
    {
        var admin = await app.AsAdmin();
        var uscc = NewUscc();

        var response = await admin.PostAsync("/api/enterprises/import/enterprises", Upload(Sheet(Enterprise(uscc))));
        var report = await Json(response);
        var found = await Json(await admin.GetAsync($"/api/enterprises?q={uscc}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, report.GetProperty("created").GetInt32());
        Assert.True(report.GetProperty("written").GetBoolean());
        Assert.Equal(0, report.GetProperty("errors").GetArrayLength());
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_BadRow_Is200WithTheErrors_AndDryRunWritesNothing()
    {
        var admin = await app.AsAdmin();
        var (good, bad) = (NewUscc(), NewUscc());

        var response = await admin.PostAsync("/api/enterprises/import/enterprises?dryRun=true",
            Upload(Sheet(Enterprise(good), Enterprise(bad, region: "339999"))));
        var report = await Json(response);
        var error = report.GetProperty("errors")[0];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((3, "所属区县代码", "339999", "行政区划代码 339999 不存在"),
            (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString(), error.GetProperty("value").GetString(), error.GetProperty("reason").GetString()));
        Assert.False(report.GetProperty("written").GetBoolean());
        Assert.Equal(0, (await Json(await admin.GetAsync($"/api/enterprises?q={good}"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_NotAnXlsxOrNoFile_Is400OnFile()
    {
        var admin = await app.AsAdmin();

        var garbage = await admin.PostAsync("/api/enterprises/import/facts", Upload("not a spreadsheet"u8.ToArray(), "x.xlsx"));
        var noFile = await admin.PostAsync("/api/enterprises/import/facts", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        var unknownKind = await admin.PostAsync("/api/enterprises/import/patents", Upload(Sheet(Enterprise(NewUscc()))));

        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("不是有效的 Excel", (await Json(garbage)).GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.True((await Json(noFile)).GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
    }

    [Fact]
    public async Task Import_Leader_Is403()
    {
        var leaderName = ApiFixture.Unique("xlead");
        await app.CreateUserAsync(leaderName, "330300", "leader");
        var leader = await app.As(leaderName);

        var response = await leader.PostAsync("/api/enterprises/import/enterprises", Upload(Sheet(Enterprise(NewUscc()))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("enterprises")]
    [InlineData("facts")]
    [InlineData("qualifications")]
    public async Task Template_IsAnXlsxWithTheHeaders(string kind)
    {
        ImportKinds.TryParse(kind, out var importKind);

        var response = await (await app.AsAdmin()).GetAsync($"/api/enterprises/import/{kind}/template");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var headers = MiniExcel.GetColumns(new MemoryStream(bytes), useHeaderRow: true).Cast<string>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(ImportTemplates.FileName(importKind), response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(importKind.Columns().Select(c => c.Header), headers);
        Assert.Single(MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true));
    }

    [Fact]
    public async Task Export_ThenImport_RoundTrips()
    {
        var admin = await app.AsAdmin();
        var uscc = NewUscc("330324");
        await admin.PostAsync("/api/enterprises/import/enterprises", Upload(Sheet(Enterprise(uscc, "330324", "永嘉导出测试有限公司"))));

        var export = await admin.GetAsync("/api/enterprises/export?regionCode=330324");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var again = await Json(await admin.PostAsync("/api/enterprises/import/enterprises", Upload(bytes)));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(Xlsx, export.Content.Headers.ContentType!.MediaType);
        Assert.Contains(rows, r => (string?)r["统一社会信用代码"] == uscc && (string?)r["企业名称"] == "永嘉导出测试有限公司");
        Assert.Equal(0, again.GetProperty("errors").GetArrayLength());
        Assert.Equal(rows.Count, again.GetProperty("unchanged").GetInt32());
    }
}
