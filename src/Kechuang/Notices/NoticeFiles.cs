using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Projects.Applications;

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
