using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteProjectAttachmentApiTests(SqliteApiFixture fixture) : ProjectAttachmentApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresProjectAttachmentApiTests(PostgresApiFixture fixture) : ProjectAttachmentApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 申报附件 (docs/domain.md §6.4): one file per item the call requires, PDF or Word judged by content — a renamed file
/// or one whose name and content disagree is refused — within the size limit; a submission without them is refused
/// naming each; the bureau reads them, another enterprise cannot.
/// </summary>
public abstract class ProjectAttachmentApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string Region = "330324";   // 永嘉县

    private string Day(int days) => app.Clock.TodayInChina().AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static byte[] Pdf() => "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    /// <summary>A zip with Word's main part: what a .docx is, whatever it is called.</summary>
    private static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
        }
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string application, string requirement, string name, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        return await client.PostAsync($"/api/projects/applications/{application}/attachments?requirement={Uri.EscapeDataString(requirement)}", form);
    }

    private async Task<(string EnterpriseId, HttpClient Client)> EnterpriseAsync()
    {
        var admin = await app.AsAdmin();
        var created = await admin.PostAsJsonAsync("/api/enterprises", new
        {
            name = "附件企业" + Guid.NewGuid().ToString("N")[..6], uscc = TestCodes.NewUscc(Region), regionCode = Region, foundedOn = "2015-04-01",
        });
        var id = (await Json(created)).GetProperty("id").GetString()!;
        var user = ApiFixture.Unique("ent");
        Assert.True((await admin.PostAsJsonAsync("/api/users", new
        {
            userName = user, displayName = "企业用户", password = "Passw0rd-1", regionCode = Region, roles = new[] { "enterprise" }, enterpriseId = id,
        })).IsSuccessStatusCode);
        return (id, await app.As(user));
    }

    [Fact]
    public async Task Required_Files_By_Content_Within_Limits_Read_By_The_Bureau_Only()
    {
        var staffName = ApiFixture.Unique("staff");
        await app.CreateUserAsync(staffName, Region, "staff");
        var staff = await app.As(staffName);
        var call = await staff.PostAsJsonAsync("/api/projects/calls", new
        {
            title = "附件测试指南" + Guid.NewGuid().ToString("N")[..6], programme = "农业", year = 2026, regionCode = Region,
            totalBudget = 500_000m, capPerProject = 200_000m, opensOn = Day(-1), closesOn = Day(10), attachments = new[] { "营业执照", "可行性研究报告" },
            criteria = new[] { new { name = "创新性", maxScore = 100m, weight = 100m } },
        });
        var callId = (await Json(call)).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/projects/calls/{callId}/publish", null)).StatusCode);
        var (_, owner) = await EnterpriseAsync();
        var (_, other) = await EnterpriseAsync();
        var draft = await owner.PostAsJsonAsync("/api/projects/applications", new
        {
            callId, title = "附件测试项目", summary = "内容", field = "农业", startOn = Day(30), endOn = Day(300), leader = "李一", leaderPhone = "13800000000",
            members = new[] { new { name = "李一" } }, milestones = new[] { new { dueOn = Day(290), content = "验收" } },
            budget = new[] { new { category = "设备费", special = 100_000m, own = 0m } },
        });
        var id = (await Json(draft)).GetProperty("id").GetString()!;

        var missing = await owner.PostAsync($"/api/projects/applications/{id}/submit", null);
        var renamed = await UploadAsync(owner, id, "营业执照", "营业执照.pdf", "MZ\x90\0这不是PDF"u8.ToArray());
        var disagreeing = await UploadAsync(owner, id, "营业执照", "营业执照.pdf", Docx());
        var unknownItem = await UploadAsync(owner, id, "获奖证书", "证书.pdf", Pdf());
        var tooLarge = await UploadAsync(owner, id, "营业执照", "营业执照.pdf", [.. Pdf(), .. new byte[20 * 1024 * 1024]]);
        var byOther = await UploadAsync(other, id, "营业执照", "营业执照.pdf", Pdf());
        var first = await UploadAsync(owner, id, "营业执照", "../营业执照.pdf", Pdf());
        var second = await UploadAsync(owner, id, "可行性研究报告", "可研报告.docx", Docx());

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var problem = await missing.Content.ReadAsStringAsync();
        Assert.Contains("缺少指南要求的附件：营业执照", problem, StringComparison.Ordinal);
        Assert.Contains("缺少指南要求的附件：可行性研究报告", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Contains("不是 PDF 或 Word 文件", await renamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, disagreeing.StatusCode);
        Assert.Contains("扩展名与内容不符", await disagreeing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownItem.StatusCode);
        Assert.Contains(tooLarge.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge });
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var files = (await Json(second)).GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(["营业执照.pdf", "可研报告.docx"], files.Select(f => f.GetProperty("fileName").GetString()));

        // A second file for the same item replaces the first; the submission then passes the check.
        var replaced = await Json(await UploadAsync(owner, id, "营业执照", "执照扫描.pdf", Pdf()));
        var license = replaced.GetProperty("attachments").EnumerateArray().Single(f => f.GetProperty("requirement").GetString() == "营业执照");
        Assert.Equal("执照扫描.pdf", license.GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/projects/applications/{id}/submit", null)).StatusCode);

        // The call's bureau reads the file; another enterprise cannot; nothing changes after submission.
        var fileId = license.GetProperty("id").GetString();
        var read = await staff.GetAsync($"/api/projects/applications/{id}/attachments/{fileId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("application/pdf", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf(), await read.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/projects/applications/{id}/attachments/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await owner.DeleteAsync($"/api/projects/applications/{id}/attachments/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync(owner, id, "营业执照", "新.pdf", Pdf())).StatusCode);
    }
}
