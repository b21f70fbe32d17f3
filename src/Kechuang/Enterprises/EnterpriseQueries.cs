using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

internal static class EnterpriseQueries
{
    /// <summary>DTOs with the region name and the titles valid today.</summary>
    public static async Task<List<EnterpriseDto>> ToDtosAsync(KechuangDbContext db, IReadOnlyList<Enterprise> enterprises, DateOnly today, CancellationToken ct)
    {
        var ids = enterprises.Select(e => e.Id).ToList();
        var regionCodes = enterprises.Select(e => e.RegionCode).Distinct().ToList();
        var regionNames = await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var titles = await db.Qualifications.AsNoTracking().Where(q => ids.Contains(q.EnterpriseId)).ToListAsync(ct);
        return enterprises.Select(e => EnterpriseDto.From(
            e,
            regionNames.GetValueOrDefault(e.RegionCode),
            titles.Where(q => q.EnterpriseId == e.Id && q.IsValidOn(today)).Select(q => q.Type).Distinct().ToList())).ToList();
    }
}
