using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Messaging;
using Kechuang.Messaging.Reminders;
using Kechuang.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests;

public sealed class SqliteNoticeApiTests(SqliteApiFixture fixture) : NoticeApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresNoticeApiTests(PostgresApiFixture fixture) : NoticeApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// 通知公告 and the outbox (docs/domain.md §7.11): audiences, receipts, replies until the deadline, the empty-audience
/// warning, who sees what, the public board; retries with back-off, a refused SMTP server, two workers racing, the file
/// sender and reminders queued once. Each test uses its own county.
/// </summary>
public abstract class NoticeApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private string Day(int offset) => app.Clock.TodayInChina().AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<string> EnterpriseAsync(string region, string name)
    {
        var admin = await app.AsAdmin();
        var response = await admin.PostAsJsonAsync("/api/enterprises", new { name = name + ApiFixture.Unique("e"), uscc = TestCodes.NewUscc(region), regionCode = region, foundedOn = "2018-05-20" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    /// <summary>An enterprise user of <paramref name="enterprise"/>; returns its client and user id.</summary>
    private async Task<(HttpClient Client, string UserId)> EnterpriseUserAsync(string region, string enterprise, string? email = null, string? userName = null)
    {
        var name = userName ?? ApiFixture.Unique("qy");
        var admin = await app.AsAdmin();
        var response = await admin.PostAsJsonAsync("/api/users", new
        {
            userName = name, displayName = "企业联系人", password = "Passw0rd-1", regionCode = region, roles = new[] { "enterprise" }, enterpriseId = enterprise, email,
        });
        response.EnsureSuccessStatusCode();
        return (await app.As(name), (await Json(response)).GetProperty("id").GetString()!);
    }

    private async Task<HttpClient> StaffAsync(string region, string role = "staff")
    {
        var name = ApiFixture.Unique(role);
        await app.CreateUserAsync(name, region, role);
        return await app.As(name);
    }

    private static async Task<string> DraftAsync(HttpClient staff, object body)
    {
        var response = await staff.PostAsJsonAsync("/api/notices", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Publish_ToTitleHolders_ReachesOnlyThem_RecordsReceiptsAndMessages()
    {
        const string region = "330303";
        var staff = await StaffAsync(region);
        var holder = await EnterpriseAsync(region, "高企甲");
        var other = await EnterpriseAsync(region, "普通乙");
        var admin = await app.AsAdmin();
        (await admin.PostAsJsonAsync($"/api/enterprises/{holder}/qualifications", new { type = "高新技术企业", number = "GR" + ApiFixture.Unique("n"), issuedOn = "2024-12-01" })).EnsureSuccessStatusCode();
        var (holderUser, _) = await EnterpriseUserAsync(region, holder, "holder@example.cn");
        var (otherUser, _) = await EnterpriseUserAsync(region, other);

        var id = await DraftAsync(staff, new { title = "关于高企年报的通知", body = "请按时填报年度发展报告。", audience = "资质企业", audienceTitle = "高新技术企业", deadline = Day(10) });
        var published = await Json(await staff.PostAsJsonAsync($"/api/notices/{id}/publish", new { }));
        Assert.Equal("已发布", published.GetProperty("status").GetString());
        Assert.Equal(1, published.GetProperty("audienceCount").GetInt32());

        Assert.Single((await Json(await holderUser.GetAsync("/api/notices/mine"))).EnumerateArray());
        Assert.Empty((await Json(await otherUser.GetAsync("/api/notices/mine"))).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await otherUser.GetAsync($"/api/notices/mine/{id}")).StatusCode);

        var inbox = await Json(await holderUser.GetAsync("/api/messages/mine"));
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), m => m.GetProperty("subject").GetString() == "通知：关于高企年报的通知");
        Assert.Equal(1, (await Json(await holderUser.GetAsync("/api/messages/mine/unread"))).GetProperty("count").GetInt32());

        var before = await Json(await staff.GetAsync($"/api/notices/{id}/receipts"));
        Assert.Equal(0, before.GetProperty("readCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await holderUser.GetAsync($"/api/notices/mine/{id}")).StatusCode);
        var after = await Json(await staff.GetAsync($"/api/notices/{id}/receipts"));
        Assert.Equal(1, after.GetProperty("audienceCount").GetInt32());
        Assert.Equal(1, after.GetProperty("readCount").GetInt32());
        Assert.False(string.IsNullOrEmpty(after.GetProperty("receipts")[0].GetProperty("readBy").GetString()));

        // The e-mail went to the outbox, waiting for the worker.
        var outbox = await Json(await staff.GetAsync("/api/messages/outbox?status=待发送"));
        Assert.Contains(outbox.GetProperty("items").EnumerateArray(), m => m.GetProperty("address").GetString() == "holder@example.cn");

        var export = await staff.GetAsync($"/api/notices/{id}/receipts/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Publish_EmptyAudience_WarnsUntilConfirmed()
    {
        const string region = "330304";
        var staff = await StaffAsync(region);
        var id = await DraftAsync(staff, new { title = "培育库企业培训通知", body = "培训安排见附件。", audience = "培育库" });
        var warned = await staff.PostAsJsonAsync($"/api/notices/{id}/publish", new { });
        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        Assert.Contains("没有企业", (await Json(warned)).GetProperty("detail").GetString());
        var confirmed = await staff.PostAsJsonAsync($"/api/notices/{id}/publish", new { confirmEmpty = true });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(0, (await Json(confirmed)).GetProperty("audienceCount").GetInt32());
    }

    [Fact]
    public async Task Reply_TakenUntilTheDeadline_WithCheckedAttachment_ThenClosed()
    {
        const string region = "330305";
        var staff = await StaffAsync(region);
        var enterprise = await EnterpriseAsync(region, "回复企业");
        var userName = ApiFixture.Unique("qy");
        var (user, _) = await EnterpriseUserAsync(region, enterprise, userName: userName);
        var id = await DraftAsync(staff, new { title = "科技项目需求征集", body = "请填写需求。", audience = "指定企业", enterpriseIds = new[] { enterprise }, deadline = Day(1) });
        (await staff.PostAsJsonAsync($"/api/notices/{id}/publish", new { })).EnsureSuccessStatusCode();

        using (var bad = new MultipartFormDataContent { { new StringContent("附上需求表"), "text" } })
        {
            bad.Add(new ByteArrayContent("PK\x03\x04 not a docx"u8.ToArray()), "file", "需求表.pdf");
            var refused = await user.PostAsync($"/api/notices/mine/{id}/replies", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("不是 PDF 或 Word", await refused.Content.ReadAsStringAsync());
        }
        using (var empty = new MultipartFormDataContent { { new StringContent(""), "text" } })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await user.PostAsync($"/api/notices/mine/{id}/replies", empty)).StatusCode);
        }
        using (var good = new MultipartFormDataContent { { new StringContent("我司需求：机器视觉检测"), "text" } })
        {
            good.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%test\n")), "file", "需求表.pdf");
            var replied = await Json(await user.PostAsync($"/api/notices/mine/{id}/replies", good));
            var reply = Assert.Single(replied.GetProperty("replies").EnumerateArray());
            Assert.Equal("需求表.pdf", reply.GetProperty("file").GetProperty("fileName").GetString());
        }
        var receipts = await Json(await staff.GetAsync($"/api/notices/{id}/receipts"));
        Assert.Single(receipts.GetProperty("replies").EnumerateArray());
        Assert.Equal(1, receipts.GetProperty("readCount").GetInt32());

        app.Clock.Advance(TimeSpan.FromDays(2));
        user = await app.As(userName);        // two days on, the first token has expired
        using var late = new MultipartFormDataContent { { new StringContent("补充"), "text" } };
        var closed = await user.PostAsync($"/api/notices/mine/{id}/replies", late);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Contains("截止", (await Json(closed)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Scope_OtherRegionHidden_ExpertsAndCommissionersRefused_AttachmentChecked()
    {
        const string region = "330324";
        var staff = await StaffAsync(region);
        var id = await DraftAsync(staff, new { title = "永嘉县通知", body = "正文", audience = "全部企业" });
        var otherStaff = await StaffAsync("330327");
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/api/notices/{id}")).StatusCode);
        foreach (var role in new[] { "expert", "commissioner" })
        {
            var client = await StaffAsync(region, role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/notices")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/notices/mine")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/notices/{id}")).StatusCode);
        }
        var leader = await StaffAsync(region, "leader");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/notices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/notices/{id}/publish", new { })).StatusCode);

        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n")), "file", "通知.docx" } };
        var mismatch = await staff.PostAsync($"/api/notices/{id}/attachments", form);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("扩展名与内容不符", await mismatch.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PublicBoard_AnonymousReadsPublicNoticesOnly_EverythingElseNeedsLogin()
    {
        const string region = "330328";
        var staff = await StaffAsync(region);
        var enterprise = await EnterpriseAsync(region, "公开企业");
        var open = await DraftAsync(staff, new { title = "公开征集科技成果" + ApiFixture.Unique("t"), body = "欢迎报送。", audience = "全部企业", isPublic = true });
        var closed = await DraftAsync(staff, new { title = "内部通知" + ApiFixture.Unique("t"), body = "仅企业可见。", audience = "指定企业", enterpriseIds = new[] { enterprise } });
        var files = new Dictionary<string, string>();
        foreach (var (id, name) in new[] { (open, "征集说明.pdf"), (closed, "内部材料.pdf") })
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%public\n")), "file", name } };
            var attached = await Json(await staff.PostAsync($"/api/notices/{id}/attachments", form));
            files[id] = attached.GetProperty("files")[0].GetProperty("id").GetString()!;
            (await staff.PostAsJsonAsync($"/api/notices/{id}/publish", new { })).EnsureSuccessStatusCode();
        }
        var closedFile = files[closed];
        var anonymous = app.Anonymous();
        var board = await anonymous.GetAsync("/api/public/notices");
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        var listed = (await Json(board)).GetProperty("notices").EnumerateArray().ToList();
        var notices = listed.Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains(open, notices);
        Assert.DoesNotContain(closed, notices);

        // The public notice's attachment downloads without a login; the other notice's does not, even by its ids.
        var publicFile = listed.Single(n => n.GetProperty("id").GetString() == open).GetProperty("files")[0];
        Assert.Equal("征集说明.pdf", publicFile.GetProperty("fileName").GetString());
        var download = await anonymous.GetAsync($"/api/public/notices/{open}/files/{publicFile.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/notices/{closed}/files/{closedFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/notices/{open}/files/{closedFile}")).StatusCode);
        foreach (var url in new[] { "/api/notices", "/api/notices/mine", $"/api/notices/{open}", "/api/messages/mine", "/api/messages/outbox" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        }
        // Withdrawn: off the board, and replies stop.
        (await staff.PostAsync($"/api/notices/{open}/withdraw", null)).EnsureSuccessStatusCode();
        var again = (await Json(await anonymous.GetAsync("/api/public/notices"))).GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("id").GetString());
        Assert.DoesNotContain(open, again);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/notices/{open}/files/{files[open]}")).StatusCode);
    }

    // ---- the outbox ----

    private sealed class FailingSender(string error) : IEmailSender, ISmsSender
    {
        public int Calls;

        public Task SendAsync(Delivery mail, CancellationToken ct)
        {
            Interlocked.Increment(ref Calls);
            throw new IOException(error);
        }
    }

    private sealed class CountingSender : IEmailSender, ISmsSender
    {
        public ConcurrentDictionary<Guid, int> Sends { get; } = new();

        public async Task SendAsync(Delivery mail, CancellationToken ct)
        {
            await Task.Yield();
            Sends.AddOrUpdate(mail.Id, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Queues one message per user through the module's own path (Outbox.QueueAsync) and saves.</summary>
    private async Task QueueAsync(IEnumerable<string> userIds, string subject)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        await Outbox.QueueAsync(db, [.. userIds.Select(u => new MessageRequest(u, subject, "正文"))], app.Clock.GetUtcNow(), default);
        await db.SaveChangesAsync();
    }

    private async Task<List<OutboxMessage>> MailsAsync(string subject)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Subject == subject && m.Channel == MessageChannel.Email).ToListAsync();
    }

    private async Task<OutboxPass> PassAsync(IEmailSender email, DateTimeOffset now, MessagingOptions options, string worker = "test")
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        return await new ProcessOutbox(db, email, new CountingSender(), options).HandleAsync(now, worker);
    }

    private async Task<string> UserWithEmailAsync(string region)
    {
        var enterprise = await EnterpriseAsync(region, "邮件企业");
        return (await EnterpriseUserAsync(region, enterprise, $"{ApiFixture.Unique("m")}@example.cn")).UserId;
    }

    [Fact]
    public async Task Outbox_FailingSender_RetriesWithBackoff_ThenFailedWithTheError_AndRetryRequeues()
    {
        const string region = "330329";
        var user = await UserWithEmailAsync(region);
        var subject = "退避测试" + ApiFixture.Unique("s");
        await QueueAsync([user], subject);
        var options = new MessagingOptions { MaxAttempts = 3, FirstRetry = TimeSpan.FromMinutes(1), Directory = app.OutboxDirectory };
        var sender = new FailingSender("550 mailbox unavailable");
        // Whole seconds: PostgreSQL keeps microseconds, so the times compare exactly on both databases.
        var t0 = new DateTimeOffset(app.Clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1);

        // Other tests' mail may be pending too: each step is judged on this message's row.
        await PassAsync(sender, t0, options);
        var mail = Assert.Single(await MailsAsync(subject));
        Assert.Equal((MessageStatus.Pending, 1, t0.AddMinutes(1)), (mail.Status, mail.Attempts, mail.NextAttemptAt));
        await PassAsync(sender, t0.AddSeconds(30), options);                                      // not due yet
        Assert.Equal(1, Assert.Single(await MailsAsync(subject)).Attempts);
        await PassAsync(sender, t0.AddMinutes(1), options);
        mail = Assert.Single(await MailsAsync(subject));
        Assert.Equal((2, t0.AddMinutes(3)), (mail.Attempts, mail.NextAttemptAt));              // waited 2 minutes this time
        await PassAsync(sender, t0.AddMinutes(3), options);
        mail = Assert.Single(await MailsAsync(subject));
        Assert.Equal(MessageStatus.Failed, mail.Status);
        Assert.Contains("550 mailbox unavailable", mail.LastError);

        var staff = await StaffAsync(region);
        var failed = await Json(await staff.GetAsync("/api/messages/outbox?status=失败"));
        Assert.Contains(failed.GetProperty("items").EnumerateArray(), m => m.GetProperty("lastError").GetString()!.Contains("550", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/messages/outbox/{mail.Id}/retry", null)).StatusCode);
        Assert.Equal(MessageStatus.Pending, Assert.Single(await MailsAsync(subject)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"/api/messages/outbox/{mail.Id}/retry", null)).StatusCode);
    }

    [Fact]
    public async Task Outbox_RefusedSmtp_RetriedThenFailed_NothingLost_FileSenderDeliversOnRetry()
    {
        const string region = "330381";
        var user = await UserWithEmailAsync(region);
        var subject = "SMTP拒绝" + ApiFixture.Unique("s");
        await QueueAsync([user], subject);
        // Port 1 on this machine refuses the connection: the real MailKit sender meets a refusing server.
        var options = new MessagingOptions
        {
            MaxAttempts = 2, FirstRetry = TimeSpan.FromMinutes(1), Directory = app.OutboxDirectory,
            Smtp = new SmtpSettings("127.0.0.1", 1, null, null, "kjj@example.cn", false),
        };
        var t0 = app.Clock.GetUtcNow();
        await PassAsync(new SmtpEmailSender(options), t0, options);
        await PassAsync(new SmtpEmailSender(options), t0.AddMinutes(1), options);
        var mail = Assert.Single(await MailsAsync(subject));
        Assert.Equal((MessageStatus.Failed, 2), (mail.Status, mail.Attempts));
        Assert.False(string.IsNullOrEmpty(mail.LastError));
        Assert.Equal("正文", mail.Body);

        var staff = await StaffAsync(region);
        (await staff.PostAsync($"/api/messages/outbox/{mail.Id}/retry", null)).EnsureSuccessStatusCode();
        var file = new FileEmailSender(options);
        await PassAsync(file, app.Clock.GetUtcNow().AddSeconds(1), options);
        var eml = Path.Combine(app.OutboxDirectory, "mail", mail.Id.ToString("N") + ".eml");
        Assert.True(File.Exists(eml));
        var message = await MimeKit.MimeMessage.LoadAsync(eml);
        Assert.Equal(subject, message.Subject);
        Assert.Equal(MessageStatus.Sent, Assert.Single(await MailsAsync(subject)).Status);
    }

    [Fact]
    public async Task Outbox_TwoWorkersRacing_SendEachMessageExactlyOnce()
    {
        const string region = "330382";
        var users = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            users.Add(await UserWithEmailAsync(region));
        }
        var subject = "并发测试" + ApiFixture.Unique("s");
        await QueueAsync(users, subject);
        var options = new MessagingOptions { Directory = app.OutboxDirectory };
        var sender = new CountingSender();
        var now = app.Clock.GetUtcNow();
        var passes = await Task.WhenAll(PassAsync(sender, now, options, "node-a"), PassAsync(sender, now, options, "node-b"));

        var mails = await MailsAsync(subject);
        Assert.Equal(12, mails.Count);
        Assert.All(mails, m => Assert.Equal(MessageStatus.Sent, m.Status));
        Assert.All(mails, m => Assert.Equal(1, sender.Sends.GetValueOrDefault(m.Id)));
        Assert.True(passes.Sum(p => p.Sent) >= 12);
    }

    [Fact]
    public async Task Reminders_TitleExpiringAndCallClosing_QueuedOnce()
    {
        const string region = "330383";
        var enterprise = await EnterpriseAsync(region, "到期企业");
        var admin = await app.AsAdmin();
        var today = app.Clock.TodayInChina();
        (await admin.PostAsJsonAsync($"/api/enterprises/{enterprise}/qualifications", new
        {
            type = "高新技术企业", number = "GR" + ApiFixture.Unique("n"), issuedOn = Day(-1000), expiresOn = Day(30),
        })).EnsureSuccessStatusCode();
        var call = await Json(await admin.PostAsJsonAsync("/api/projects/calls", new
        {
            title = "提醒测试指南" + ApiFixture.Unique("c"), programme = "重点研发", year = today.Year, regionCode = region, totalBudget = 1_000_000m,
            capPerProject = 100_000m, opensOn = Day(0), closesOn = Day(5), criteria = new[] { new { name = "综合", maxScore = 100m, weight = 100m } },
        }));
        (await admin.PostAsync($"/api/projects/calls/{call.GetProperty("id").GetString()}/publish", null)).EnsureSuccessStatusCode();
        var (client, _) = await EnterpriseUserAsync(region, enterprise);

        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var pass = await scope.ServiceProvider.GetRequiredService<QueueReminders>().HandleAsync(app.Clock.GetUtcNow());
            Assert.True(pass.Queued.ContainsKey("yearly-facts"));
        }
        var subjects = (await Json(await client.GetAsync("/api/messages/mine?pageSize=100"))).GetProperty("items").EnumerateArray()
            .Select(m => m.GetProperty("subject").GetString()!).ToList();
        Assert.Single(subjects, s => s.StartsWith("高新技术企业资格将于", StringComparison.Ordinal));
        Assert.Single(subjects, s => s.StartsWith("申报指南“提醒测试指南", StringComparison.Ordinal));
        var unread = (await Json(await client.GetAsync("/api/messages/mine/unread"))).GetProperty("count").GetInt32();
        Assert.Equal(subjects.Count, unread);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/messages/mine/read", null)).StatusCode);
        Assert.Equal(0, (await Json(await client.GetAsync("/api/messages/mine/unread"))).GetProperty("count").GetInt32());
    }
}
