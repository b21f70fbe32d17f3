using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators;

/// <summary>What other modules (the work summary) may read of the indicator tables; they never query them themselves.</summary>
public static class IndicatorQueries
{
    /// <summary>A region's targets for a year, by indicator code.</summary>
    public static Task<Dictionary<string, decimal>> TargetsAsync(KechuangDbContext db, string regionCode, int year, CancellationToken ct) =>
        db.IndicatorTargets.AsNoTracking()
            .Where(t => t.RegionCode == regionCode && t.Year == year)
            .ToDictionaryAsync(t => t.IndicatorCode, t => t.Value, ct);

    public static Task<string?> NameAsync(KechuangDbContext db, string code, CancellationToken ct) =>
        db.Indicators.Where(i => i.Code == code).Select(i => i.Name).FirstOrDefaultAsync(ct);

    /// <summary>The newest revisions of one monthly figure (or of the year's target when month is null), and their total.</summary>
    public static async Task<(IReadOnlyList<RevisionDto> Newest, int Total)> RevisionsAsync(
        KechuangDbContext db, string code, string regionCode, int year, int? month, int take, CancellationToken ct)
    {
        var query = db.IndicatorRevisions.AsNoTracking()
            .Where(r => r.IndicatorCode == code && r.RegionCode == regionCode && r.Year == year && r.Month == month);
        var newest = await query.OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);
        return (newest.Select(RevisionDto.From).ToList(), await query.CountAsync(ct));
    }
}
