using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>GET /api/notices: the notices of the caller's region, newest change first, by status and words of the title.</summary>
public sealed class ListNotices(KechuangDbContext db)
{
    public async Task<Page<NoticeListItem>> HandleAsync(Caller caller, ListNoticesQuery query, CancellationToken ct = default)
    {
        NoticeAccess.RequireReader(caller);
        var (page, size) = Page<NoticeListItem>.Normalize(query.Page, query.PageSize);
        var rows = NoticeAccess.InRegion(db, caller.Region).AsNoTracking();
        if (Validation.Blank(query.Status) is { } status)
        {
            rows = rows.Where(n => n.Status == status);
        }
        if (Validation.Blank(query.Q) is { } q)
        {
            rows = rows.Where(n => n.Title.Contains(q));
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(n => n.UpdatedAt).ThenByDescending(n => n.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var ids = items.Select(n => n.Id).ToArray();
        var receipts = await db.NoticeRecipients.AsNoTracking().Where(r => EF.Parameter(ids).Contains(r.NoticeId))
            .GroupBy(r => r.NoticeId).Select(g => new { g.Key, Count = g.Count(), Read = g.Count(r => r.ReadAt != null) }).ToDictionaryAsync(g => g.Key, ct);
        var replies = await db.NoticeReplies.AsNoTracking().Where(r => EF.Parameter(ids).Contains(r.NoticeId))
            .GroupBy(r => r.NoticeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new Page<NoticeListItem>([.. items.Select(n => new NoticeListItem(n.Id, n.Title, n.Status, NoticeAudience.Describe(n), n.IsPublic, n.Deadline,
            n.UpdatedAt, n.PublishedAt, receipts.GetValueOrDefault(n.Id)?.Count ?? 0, receipts.GetValueOrDefault(n.Id)?.Read ?? 0,
            replies.GetValueOrDefault(n.Id)))], total, page, size);
    }
}
