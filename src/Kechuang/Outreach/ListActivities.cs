using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>GET /api/outreach/activities: the activities of the caller's region, newest first, by kind, year or words.</summary>
public sealed class ListActivities(KechuangDbContext db)
{
    public async Task<Page<ActivityDto>> HandleAsync(Caller caller, ListActivitiesQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<ActivityDto>.Normalize(query.Page, query.PageSize);
        var rows = Filtered(db, caller, query);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(a => a.HeldOn).ThenBy(a => a.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<ActivityDto>(await DtosAsync(db, items, ct), total, page, size);
    }

    /// <summary>The filters, shared with the export so the sheet holds what the list shows.</summary>
    internal static IQueryable<OutreachActivity> Filtered(KechuangDbContext db, Caller caller, ListActivitiesQuery query)
    {
        var scope = OutreachAccess.Scope(caller, query.RegionCode);
        var rows = OutreachAccess.InRegion(db.OutreachActivities.AsNoTracking(), scope, RegionScope.MatchFor(db));
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = query.Kind.Trim();
            if (!OutreachWords.ActivityKinds.Contains(kind))
            {
                throw new ValidationFailedException("kind", $"活动类型应为：{string.Join("、", OutreachWords.ActivityKinds)}");
            }
            rows = rows.Where(a => a.Kind == kind);
        }
        if (query.Year is { } year)
        {
            rows = rows.Where(a => a.HeldOn >= new DateOnly(year, 1, 1) && a.HeldOn <= new DateOnly(year, 12, 31));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(a => EF.Functions.Like(a.Title, pattern, "\\") || EF.Functions.Like(a.Organisers, pattern, "\\")
                || EF.Functions.Like(a.Place, pattern, "\\"));
        }
        return rows;
    }

    /// <summary>The rows with their region names and photos (without the photos' bytes).</summary>
    internal static async Task<List<ActivityDto>> DtosAsync(KechuangDbContext db, IReadOnlyList<OutreachActivity> items, CancellationToken ct)
    {
        var ids = items.Select(a => a.Id).ToList();
        var photos = (await db.ActivityPhotos.AsNoTracking().Where(p => ids.Contains(p.ActivityId))
            .Select(p => new { p.ActivityId, Dto = new PhotoDto(p.Id, p.FileName, p.ContentType, p.Size, p.UploadedAt) }).ToListAsync(ct))
            .OrderBy(p => p.Dto.UploadedAt).ThenBy(p => p.Dto.Id).ToLookup(p => p.ActivityId, p => p.Dto);
        var names = await RegionLookup.ForAsync(db, ct, [.. items.Select(a => a.RegionCode).Distinct()]);
        return [.. items.Select(a => ActivityDto.From(a, names(a.RegionCode)?.Name, photos[a.Id]))];
    }
}
