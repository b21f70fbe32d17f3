using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

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
