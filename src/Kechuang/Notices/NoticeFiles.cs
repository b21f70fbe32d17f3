using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>A file as read for download.</summary>
public sealed record NoticeFileContent(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Checks an uploaded file (docs/architecture.md, Uploads; ADR 0016): within <see cref="UploadLimits.Attachments"/>,
/// PDF or Word judged by its content, and a name that claims another type is refused rather than trusted.
/// </summary>
internal static class NoticeUpload
{
    public static async Task<NoticeFile> ReadAsync(UploadLimits limits, Guid noticeId, Guid? enterpriseId, string fileName, Stream content,
        DateTimeOffset now, CancellationToken ct)
    {
        var bytes = await UploadLimits.ReadAsync(content, limits.Attachments, ct);
        var name = Path.GetFileName(fileName);
        var type = AttachmentType.Detect(bytes) ?? throw new ValidationFailedException("file", $"“{name}”不是 PDF 或 Word 文件（按文件内容判断）");
        if (AttachmentType.Claimed(fileName) is { } claimed && claimed != type)
        {
            throw new ValidationFailedException("file",
                $"“{name}”的扩展名与内容不符：内容是{(type == AttachmentType.Pdf ? " PDF" : " Word")}文件，请改正文件名后重新上传");
        }
        return new NoticeFile
        {
            NoticeId = noticeId, EnterpriseId = enterpriseId, FileName = FileNames.Stem(fileName, "附件") + AttachmentType.Extension(type),
            ContentType = type, Size = bytes.Length, UploadedAt = now, Content = bytes,
        };
    }
}

/// <summary>POST /api/notices/{id}/attachments: a PDF or Word attachment of a draft or published notice.</summary>
public sealed class AttachNoticeFile(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    public async Task<NoticeDto> HandleAsync(Caller caller, Guid id, string fileName, Stream content, CancellationToken ct = default)
    {
        NoticeAccess.RequireWriter(caller);
        var notice = await NoticeAccess.LoadAsync(db, caller, id, ct);
        if (notice.Status == NoticeStatus.Withdrawn)
        {
            throw new ConflictException("通知已撤回，不能再添加附件");
        }
        db.NoticeFiles.Add(await NoticeUpload.ReadAsync(limits, notice.Id, null, fileName, content, clock.GetUtcNow(), ct));
        notice.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetNotice.DtoAsync(db, notice, ct);
    }
}

/// <summary>
/// GET /api/notices/{id}/files/{fileId}: the bureau of the region reads every file of its notice; an enterprise of the
/// audience reads the notice's files and its own replies' files; anything else answers 404.
/// </summary>
public sealed class GetNoticeFile(KechuangDbContext db)
{
    public async Task<NoticeFileContent> HandleAsync(Caller caller, Guid id, Guid fileId, CancellationToken ct = default)
    {
        if (caller.IsIn(Roles.Enterprise))
        {
            var (_, recipient) = await NoticeAccess.LoadMineAsync(db, caller, id, ct);
            var own = await db.NoticeFiles.AsNoTracking()
                .Where(f => f.Id == fileId && f.NoticeId == id && (f.ReplyId == null || f.EnterpriseId == recipient.EnterpriseId))
                .Select(f => new NoticeFileContent(f.FileName, f.ContentType, f.Content)).FirstOrDefaultAsync(ct);
            return own ?? throw new NotFoundException("未找到该附件");
        }
        var notice = await NoticeAccess.LoadAsync(db, caller, id, ct);
        return await db.NoticeFiles.AsNoTracking().Where(f => f.Id == fileId && f.NoticeId == notice.Id)
            .Select(f => new NoticeFileContent(f.FileName, f.ContentType, f.Content)).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("未找到该附件");
    }
}
