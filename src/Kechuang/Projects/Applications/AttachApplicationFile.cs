using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>
/// POST /api/projects/applications/{id}/attachments: the applicant uploads the file for one of the call's required
/// items (docs/domain.md §6.4) while the application is editable — PDF or Word by content, within
/// <see cref="UploadLimits.Attachments"/>; a file whose name says one type and whose content is another, or neither,
/// is refused. A second file for the same item replaces the first.
/// </summary>
public sealed class AttachApplicationFile(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    public async Task<ApplicationDto> HandleAsync(Caller caller, Guid id, string? requirement, string fileName, Stream content, CancellationToken ct = default)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
        ApplicationAccess.RequireApplicant(caller, application);
        if (!ApplicationStatus.Editable(application.Status))
        {
            throw new ConflictException($"申报书{application.Status}，不能再修改附件");
        }
        var call = await db.ProjectCalls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, ct);
        var item = requirement?.Trim() ?? "";
        if (!call.Attachments.Contains(item))
        {
            throw new ValidationFailedException("requirement", call.Attachments.Count == 0
                ? "该指南没有要求上传附件"
                : $"附件项目应为指南要求的{string.Join("、", call.Attachments)}之一");
        }
        var bytes = await UploadLimits.ReadAsync(content, limits.Attachments, ct);
        var type = AttachmentType.Detect(bytes) ?? throw new ValidationFailedException("file", $"“{Path.GetFileName(fileName)}”不是 PDF 或 Word 文件（按文件内容判断）");
        if (AttachmentType.Claimed(fileName) is { } claimed && claimed != type)
        {
            throw new ValidationFailedException("file",
                $"“{Path.GetFileName(fileName)}”的扩展名与内容不符：内容是{(type == AttachmentType.Pdf ? " PDF" : " Word")}文件，请改正文件名后重新上传");
        }
        var existing = application.Attachments.FirstOrDefault(a => a.Requirement == item);
        if (existing is not null)
        {
            application.Attachments.Remove(existing);
            db.Remove(existing);
            await db.ApplicationAttachmentContents.Where(c => c.AttachmentId == existing.Id).ExecuteDeleteAsync(ct);
        }
        var attachment = new ApplicationAttachment
        {
            ApplicationId = id,
            Requirement = item,
            FileName = FileNames.Stem(fileName, item) + AttachmentType.Extension(type),
            ContentType = type,
            Size = bytes.Length,
            UploadedAt = clock.GetUtcNow(),
        };
        db.Add(attachment);
        db.Add(new ApplicationAttachmentContent { AttachmentId = attachment.Id, Content = bytes });
        application.Attachments.Add(attachment);
        application.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ApplicationDto.From(application, call.Title);
    }
}
