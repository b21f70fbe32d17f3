using Kechuang.Common;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>
/// GET /api/public/notices/{id}/files/{fileId}, without a login (docs/domain.md §7.11): an attachment of a published
/// notice marked public. A reply's file, a draft's, a withdrawn or non-public notice's answer 404 like a missing one.
/// </summary>
public sealed class GetPublicNoticeFile(KechuangDbContext db)
{
    public async Task<NoticeFileContent> HandleAsync(Guid id, Guid fileId, CancellationToken ct = default)
    {
        var isPublic = await db.Notices.AsNoTracking().AnyAsync(n => n.Id == id && n.IsPublic && n.Status == NoticeStatus.Published, ct);
        var file = isPublic
            ? await db.NoticeFiles.AsNoTracking().Where(f => f.Id == fileId && f.NoticeId == id && f.ReplyId == null)
                .Select(f => new NoticeFileContent(f.FileName, f.ContentType, f.Content)).FirstOrDefaultAsync(ct)
            : null;
        return file ?? throw new NotFoundException("未找到该附件");
    }
}
