using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>GET /api/notices/{id}: a notice of the caller's region with its counts and files.</summary>
public sealed class GetNotice(KechuangDbContext db)
{
    public async Task<NoticeDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        await DtoAsync(db, await NoticeAccess.LoadAsync(db, caller, id, ct), ct);

    internal static async Task<NoticeDto> DtoAsync(KechuangDbContext db, Notice n, CancellationToken ct)
    {
        var audience = await db.NoticeRecipients.CountAsync(r => r.NoticeId == n.Id, ct);
        var read = await db.NoticeRecipients.CountAsync(r => r.NoticeId == n.Id && r.ReadAt != null, ct);
        var replies = await db.NoticeReplies.CountAsync(r => r.NoticeId == n.Id, ct);
        var files = await FilesAsync(db, n.Id, null, ct);
        return new NoticeDto(n.Id, n.RegionCode, n.Title, n.Body, n.Audience, n.AudienceTitle, n.EnterpriseIds, NoticeAudience.Describe(n), n.IsPublic,
            n.Deadline, n.Status, n.CreatedBy, n.CreatedAt, n.UpdatedAt, n.PublishedAt, n.WithdrawnAt, n.Version, audience, read, replies, files);
    }

    /// <summary>The notice's own files (no reply's).</summary>
    internal static Task<List<NoticeFileDto>> FilesAsync(KechuangDbContext db, Guid noticeId, Guid? replyId, CancellationToken ct) =>
        db.NoticeFiles.AsNoTracking().Where(f => f.NoticeId == noticeId && f.ReplyId == replyId).OrderBy(f => f.UploadedAt)
            .Select(f => new NoticeFileDto(f.Id, f.FileName, f.ContentType, f.Size)).ToListAsync(ct);
}

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

/// <summary>The editor's audience preview: how many enterprises a draft would reach today, and the first names.</summary>
public sealed class PreviewNoticeAudience(KechuangDbContext db, TimeProvider clock)
{
    public async Task<AudiencePreview> HandleAsync(Caller caller, NoticeRequest request, CancellationToken ct = default)
    {
        NoticeAccess.RequireReader(caller);
        var region = caller.ScopeTo(request.RegionCode) ?? caller.Region;
        var draft = new Notice
        {
            RegionCode = region.Value, Title = "", Body = "", CreatedBy = "",
            Audience = Validation.Blank(request.Audience) ?? NoticeAudience.All, AudienceTitle = request.AudienceTitle,
            EnterpriseIds = [.. request.EnterpriseIds ?? []],
        };
        var audience = await NoticeAudience.ResolveAsync(db, draft, clock.TodayInChina(), ct);
        return new AudiencePreview(audience.Count, [.. audience.Take(NoticeRules.MaxList).Select(e => new AudienceMember(e.Id, e.Name))]);
    }
}
