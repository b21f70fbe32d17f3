using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Reports;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>
/// GET /api/projects/applications/{id}/attachments/{attachmentId}: the file, for whoever may read the application
/// (docs/domain.md §6.4) and for an expert reviewing it (a task of its own, not declined, §6.5); anyone else 404.
/// </summary>
public sealed class GetApplicationAttachment(KechuangDbContext db)
{
    public async Task<SummaryFile> HandleAsync(Caller caller, Guid id, Guid attachmentId, CancellationToken ct = default)
    {
        ApplicationAttachment? attachment;
        if (caller.IsIn(Roles.Expert))
        {
            var expert = await Reviews.ReviewAccess.ExpertIdAsync(db, caller, ct);
            var reviewing = expert is { } mine && await db.ReviewAssignments.AnyAsync(r => r.ApplicationId == id && r.ExpertId == mine
                && r.Role == Reviews.ReviewRole.Reviewer && r.Status != Reviews.ReviewStatus.Declined, ct);
            attachment = reviewing ? await db.Set<ApplicationAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.ApplicationId == id, ct) : null;
        }
        else
        {
            var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
            attachment = application.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        }
        if (attachment is null)
        {
            throw new NotFoundException("未找到该附件");
        }
        var content = await db.ApplicationAttachmentContents.AsNoTracking().Where(c => c.AttachmentId == attachmentId).Select(c => c.Content).FirstAsync(ct);
        return new SummaryFile(content, attachment.ContentType, attachment.FileName);
    }
}
