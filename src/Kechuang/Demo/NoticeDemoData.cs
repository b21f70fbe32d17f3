using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kechuang.Data;
using Kechuang.Messaging;
using Kechuang.Notices;
using Kechuang.Projects.Applications;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// 通知公告 and the outbox for 平阳县 (docs/domain.md §7.11): three published notices (one public) to the county's first
/// enterprises — the demo enterprise user's among them — with some read receipts and two replies, a draft, and the
/// outbox history of their messages: e-mail sent, one 待发送 and one 失败 with the server's error.
/// </summary>
internal static class NoticeDemoData
{
    private const string Pingyang = "330326";

    public static async Task SeedAsync(KechuangDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Notices.AnyAsync(ct))
        {
            return;
        }
        var staff = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == "py_staff", ct);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == Pingyang).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .Take(12).Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        if (staff is null || enterprises.Count == 0)
        {
            return;
        }
        var entUsers = await db.Users.AsNoTracking().Where(u => u.EnterpriseId != null && u.RegionCode == Pingyang)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, EnterpriseId = u.EnterpriseId!.Value }).ToListAsync(ct);
        var specs = new[]
        {
            (Title: "关于组织申报2026年度高新技术企业的通知", Public: true, Days: -12, Deadline: (int?)20,
                Body: "各有关企业：\n根据《高新技术企业认定管理办法》，现组织开展本年度高新技术企业申报工作。请符合条件的企业于截止日期前登录系统提交申报材料，并将申报意向回复我局。\n联系人：李晓红，电话 0577-63712345。"),
            (Title: "关于填报上年度企业研发费用数据的通知", Public: false, Days: -6, Deadline: (int?)9,
                Body: "请各企业于截止日期前完成上年度职工人数、科技人员、研发费用和销售收入的填报，数据将用于高企和科技型中小企业评价。"),
            (Title: "科技型中小企业评价政策培训会通知", Public: false, Days: -2, Deadline: (int?)null,
                Body: "定于下周三下午2:30在县行政中心三楼会议室举办科技型中小企业评价政策培训，请各企业安排1名财务或研发负责人参加。"),
        };
        var published = new List<Notice>();
        for (var i = 0; i < specs.Length; i++)
        {
            var s = specs[i];
            var at = now.AddDays(s.Days);
            var notice = new Notice
            {
                RegionCode = Pingyang, Title = s.Title, Body = s.Body, Audience = i == 0 ? NoticeAudience.All : NoticeAudience.List,
                EnterpriseIds = i == 0 ? [] : [.. enterprises.Select(e => e.Id)], IsPublic = s.Public,
                Deadline = s.Deadline is { } d ? today.AddDays(d) : null, Status = NoticeStatus.Published, CreatedBy = "py_staff",
                CreatedAt = at.AddHours(-3), UpdatedAt = at, PublishedAt = at,
            };
            db.Notices.Add(notice);
            published.Add(notice);
            for (var k = 0; k < enterprises.Count; k++)
            {
                var e = enterprises[k];
                var read = k == 0 || (k + i) % 3 != 0;
                var reader = entUsers.FirstOrDefault(u => u.EnterpriseId == e.Id);
                db.NoticeRecipients.Add(new NoticeRecipient
                {
                    NoticeId = notice.Id, EnterpriseId = e.Id, EnterpriseName = e.Name,
                    ReadAt = read && i < 2 ? at.AddHours(2 + k) : null, ReadBy = read && i < 2 ? reader?.UserName ?? "企业联系人" : null,
                });
            }
        }
        var checklist = Checklist();
        db.NoticeFiles.Add(new NoticeFile
        {
            NoticeId = published[0].Id, FileName = "高新技术企业申报材料清单.docx", ContentType = AttachmentType.Docx, Size = checklist.Length,
            UploadedAt = published[0].CreatedAt, Content = checklist,
        });
        db.Notices.Add(new Notice
        {
            RegionCode = Pingyang, Title = "关于开展科技创新券兑付工作的通知（草稿）", Body = "创新券兑付安排，待局务会审定后发布。",
            Audience = NoticeAudience.Title, AudienceTitle = "科技型中小企业", Status = NoticeStatus.Draft, CreatedBy = "py_staff",
            CreatedAt = now.AddHours(-5), UpdatedAt = now.AddHours(-5),
        });
        foreach (var (k, text) in new[] { (0, "我司拟申报本年度高新技术企业，材料正在准备中。"), (1, "已收到，我司今年暂不申报，计划明年申报。") })
        {
            if (k < enterprises.Count)
            {
                db.NoticeReplies.Add(new NoticeReply
                {
                    NoticeId = published[0].Id, EnterpriseId = enterprises[k].Id, EnterpriseName = enterprises[k].Name,
                    UserName = entUsers.FirstOrDefault(u => u.EnterpriseId == enterprises[k].Id)?.UserName ?? "企业联系人", Text = text,
                    CreatedAt = published[0].PublishedAt!.Value.AddDays(1 + k),
                });
            }
        }

        // The outbox: each notice's in-app message to the enterprise users, and e-mail history to the bureau's inbox.
        foreach (var notice in published)
        {
            foreach (var u in entUsers.Where(u => enterprises.Any(e => e.Id == u.EnterpriseId)))
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    UserId = u.Id, RegionCode = Pingyang, Channel = MessageChannel.InApp, Subject = "通知：" + notice.Title,
                    Body = notice.Body.Length > 200 ? notice.Body[..200] + "…" : notice.Body, Link = $"/notices/mine?id={notice.Id}",
                    Status = MessageStatus.Sent, Attempts = 0, CreatedAt = notice.PublishedAt!.Value, NextAttemptAt = notice.PublishedAt.Value,
                    SentAt = notice.PublishedAt, ReadAt = notice == published[^1] ? null : notice.PublishedAt.Value.AddHours(2),
                    DedupeKey = $"notice:{notice.Id:N}:{u.Id}|{MessageChannel.InApp}",
                });
            }
        }
        var mails = new[]
        {
            ("zhangwei@pyjingmi.example.cn", MessageStatus.Sent, 1, (string?)null),
            ("lina@pyxincai.example.cn", MessageStatus.Sent, 2, (string?)"SmtpCommandException: 451 4.7.1 Greylisted, please try again later"),
            ("chenhao@pyhuagong.example.cn", MessageStatus.Failed, 5, (string?)"SmtpCommandException: 550 5.1.1 <chenhao@pyhuagong.example.cn>: Recipient address rejected: User unknown"),
            ("wangfang@pyzhineng.example.cn", MessageStatus.Pending, 1, (string?)"SocketException: Connection refused (smtp.pingyang.gov.cn:25)"),
        };
        var recipient = entUsers.FirstOrDefault() ?? new { Id = staff.Id, UserName = staff.UserName, DisplayName = staff.DisplayName, EnterpriseId = Guid.Empty };
        for (var i = 0; i < mails.Length; i++)
        {
            var (address, status, attempts, error) = mails[i];
            var at = published[0].PublishedAt!.Value;
            db.OutboxMessages.Add(new OutboxMessage
            {
                UserId = recipient.Id, RegionCode = Pingyang, Channel = MessageChannel.Email, Address = address, Subject = "通知：" + published[0].Title,
                Body = published[0].Body, Status = status, Attempts = attempts, LastError = error, CreatedAt = at,
                NextAttemptAt = status == MessageStatus.Pending ? now.AddMinutes(2) : at.AddMinutes(15),
                SentAt = status == MessageStatus.Sent ? at.AddMinutes(attempts) : null,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The public notice's attachment, a short Word file, so the public page shows a download (§7.11).</summary>
    private static byte[] Checklist()
    {
        string[] lines =
        [
            "高新技术企业申报材料清单",
            "一、高新技术企业认定申请书（在线填报后打印）",
            "二、企业营业执照副本",
            "三、知识产权相关材料（专利证书、软件著作权登记证书等）",
            "四、科研项目立项证明、科技成果转化说明",
            "五、近三个会计年度研发费用专项审计报告",
            "六、近一个会计年度高新技术产品（服务）收入专项审计报告",
            "七、科技人员名单及社保缴纳证明",
        ];
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l))))));
        }
        return stream.ToArray();
    }
}
