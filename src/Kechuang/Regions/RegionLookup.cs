using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Regions;

internal static class RegionLookup
{
    /// <summary>A lookup over just the codes a request names: one query instead of the whole list.</summary>
    public static async Task<Func<string, Region?>> ForAsync(KechuangDbContext db, CancellationToken ct, params string?[] codes)
    {
        var wanted = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).Distinct().ToList();
        var found = await db.Regions.AsNoTracking().Where(r => wanted.Contains(r.Code)).ToDictionaryAsync(r => r.Code, ct);
        return code => found.GetValueOrDefault(code);
    }

    /// <summary>The whole list, for imports that check thousands of rows.</summary>
    public static async Task<Func<string, Region?>> AllAsync(KechuangDbContext db, CancellationToken ct)
    {
        var all = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, ct);
        return code => all.GetValueOrDefault(code);
    }
}
