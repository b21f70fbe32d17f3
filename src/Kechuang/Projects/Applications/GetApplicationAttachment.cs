using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Reports;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>GET /api/projects/applications/{id}/attachments/{attachmentId}: the file, for whoever may read the application (docs/domain.md §6.4).</summary>
public sealed class GetApplicationAttachment(KechuangDbContext db)
{
    public async Task<SummaryFile> HandleAsync(Caller caller, Guid id, Guid attachmentId, CancellationToken ct = default)
    {
        var application = await ApplicationAccess.LoadAsync(db, caller, id, ct);
        var attachment = application.Attachments.FirstOrDefault(a => a.Id == attachmentId) ?? throw new NotFoundException("未找到该附件");
        var content = await db.ApplicationAttachmentContents.AsNoTracking().Where(c => c.AttachmentId == attachmentId).Select(c => c.Content).FirstAsync(ct);
        return new SummaryFile(content, attachment.ContentType, attachment.FileName);
    }
}
