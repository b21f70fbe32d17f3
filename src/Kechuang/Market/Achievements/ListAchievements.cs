using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Achievements;

/// <summary>Filters of the achievements list: <see cref="Q"/> matches title or holder; the others exactly.</summary>
public sealed record ListAchievementsQuery(
    string? Region = null, string? Q = null, string? Field = null, string? Stage = null, int? Page = null, int? PageSize = null);

/// <summary>GET /api/market/achievements: the achievements of the caller's region (docs/domain.md §7.1), newest first.</summary>
public sealed class ListAchievements(KechuangDbContext db)
{
    public async Task<Page<AchievementDto>> HandleAsync(Caller caller, ListAchievementsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<AchievementDto>.Normalize(query.Page, query.PageSize);
        var achievements = Filtered(AchievementAccess.Scoped(db, caller, query.Region), query);
        var total = await achievements.CountAsync(ct);
        var items = await achievements.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id)
            .Skip((page - 1) * size).Take(size).Include(a => a.Patents).AsSplitQuery().ToListAsync(ct);
        return new Page<AchievementDto>([.. items.Select(AchievementDto.From)], total, page, size);
    }

    internal static IQueryable<Achievement> Filtered(IQueryable<Achievement> achievements, ListAchievementsQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            achievements = achievements.Where(a => EF.Functions.Like(a.Title, pattern, "\\") || EF.Functions.Like(a.Holder, pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            var field = query.Field.Trim();
            achievements = achievements.Where(a => a.Field == field);
        }
        if (!string.IsNullOrWhiteSpace(query.Stage))
        {
            var stage = query.Stage.Trim();
            achievements = achievements.Where(a => a.Stage == stage);
        }
        return achievements;
    }
}
