using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>DELETE /api/projects/applications/{id}/attachments/{attachmentId}: the applicant removes a file while the application is editable.</summary>
public sealed class DeleteApplicationAttachment(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ApplicationDto> HandleAsync(Caller caller, Guid id, Guid attachmentId, CancellationToken ct = default)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
        ApplicationAccess.RequireApplicant(caller, application);
        var attachment = application.Attachments.FirstOrDefault(a => a.Id == attachmentId) ?? throw new NotFoundException("未找到该附件");
        if (!ApplicationStatus.Editable(application.Status))
        {
            throw new ConflictException($"申报书{application.Status}，不能再修改附件");
        }
        application.Attachments.Remove(attachment);
        db.Remove(attachment);
        await db.ApplicationAttachmentContents.Where(c => c.AttachmentId == attachmentId).ExecuteDeleteAsync(ct);
        application.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var title = await db.ProjectCalls.AsNoTracking().Where(c => c.Id == application.CallId).Select(c => c.Title).FirstAsync(ct);
        return ApplicationDto.From(application, title);
    }
}
