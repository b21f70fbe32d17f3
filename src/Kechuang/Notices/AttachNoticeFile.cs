using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Notices;

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
