using Kechuang.Data;
using Kechuang.Policies;
using Kechuang.Projects.Calls;
using Kechuang.Projects.Reviews;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>
/// GET /api/public/notices and the page /public, without a login (docs/domain.md §7.11): the published notices marked
/// public, the calls open today (§6.2), the 立项公示 lists (§6.5) and the 政策兑现公示 lists (§7.5) in their period —
/// nothing else of any record.
/// </summary>
public sealed class GetPublicBoard(KechuangDbContext db, ListOpenCalls calls, ListPublicity publicity, ListAwardPublicity awards)
{
    public async Task<PublicBoard> HandleAsync(CancellationToken ct = default)
    {
        var notices = await db.Notices.AsNoTracking().Where(n => n.IsPublic && n.Status == NoticeStatus.Published)
            .OrderByDescending(n => n.PublishedAt).Take(100).ToListAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. notices.Select(n => n.RegionCode).Distinct()]);
        var ids = notices.Select(n => n.Id).ToList();
        var files = (await db.NoticeFiles.AsNoTracking().Where(f => ids.Contains(f.NoticeId) && f.ReplyId == null).OrderBy(f => f.UploadedAt)
                .Select(f => new { f.NoticeId, File = new NoticeFileDto(f.Id, f.FileName, f.ContentType, f.Size) }).ToListAsync(ct))
            .ToLookup(f => f.NoticeId, f => f.File);
        return new PublicBoard(
            [.. notices.Select(n => new PublicNoticeDto(n.Id, n.Title, n.Body, ListMyNotices.Issuer(regions(n.RegionCode)?.Name), n.PublishedAt!.Value, n.Deadline,
                [.. files[n.Id]]))],
            await calls.HandleAsync(ct), await publicity.HandleAsync(ct), await awards.HandleAsync(ct));
    }
}
