using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>GET /api/notices/mine: the published notices addressed to the caller's enterprise, newest first.</summary>
public sealed class ListMyNotices(KechuangDbContext db)
{
    public async Task<IReadOnlyList<MyNoticeItem>> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        var enterprise = NoticeAccess.RequireEnterprise(caller);
        var rows = await (from r in db.NoticeRecipients.AsNoTracking()
                          join n in db.Notices.AsNoTracking() on r.NoticeId equals n.Id
                          where r.EnterpriseId == enterprise && n.Status != NoticeStatus.Draft
                          select new { n.Id, n.Title, n.RegionCode, n.PublishedAt, n.Deadline, n.Status, r.ReadAt }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToArray();
        var replies = await db.NoticeReplies.AsNoTracking().Where(r => r.EnterpriseId == enterprise && EF.Parameter(ids).Contains(r.NoticeId))
            .GroupBy(r => r.NoticeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. rows.Select(r => r.RegionCode).Distinct()]);
        return [.. rows.OrderByDescending(r => r.PublishedAt).Select(r => new MyNoticeItem(r.Id, r.Title, Issuer(regions(r.RegionCode)?.Name),
            r.PublishedAt!.Value, r.Deadline, r.Status == NoticeStatus.Withdrawn, r.ReadAt, replies.GetValueOrDefault(r.Id)))];
    }

    internal static string Issuer(string? regionName) => (regionName ?? "") + "科技局";
}
