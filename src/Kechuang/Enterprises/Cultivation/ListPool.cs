using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises.Cultivation;

public sealed record ListPoolQuery(int? Year = null, string? Target = null, string? Stage = null, string? RegionCode = null);

/// <summary>The cultivation pool (培育库) of a year, grouped on screen by stage.</summary>
public sealed class ListPool(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<PoolEntryDto>> HandleAsync(Caller caller, ListPoolQuery query, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireBureau(caller);
        var year = query.Year ?? Common.ChinaClock.TodayInChina(clock).Year;
        var enterprises = EnterpriseAccess.Scoped(db, caller, query.RegionCode);
        var entries = from c in db.CultivationEntries.AsNoTracking()
                      join e in enterprises on c.EnterpriseId equals e.Id
                      where c.Year == year
                      select new { c, e.Name, e.Uscc, e.RegionCode };
        if (!string.IsNullOrWhiteSpace(query.Target))
        {
            entries = entries.Where(x => x.c.Target == query.Target.Trim());
        }
        if (!string.IsNullOrWhiteSpace(query.Stage))
        {
            entries = entries.Where(x => x.c.Stage == query.Stage.Trim());
        }
        var list = await entries.OrderBy(x => x.RegionCode).ThenBy(x => x.Name).ToListAsync(ct);
        return list.Select(x => new PoolEntryDto(x.c.Id, x.c.EnterpriseId, x.Name, x.Uscc, x.RegionCode, x.c.Year, x.c.Target, x.c.Stage, x.c.Notes, x.c.UpdatedAt, x.c.Version)).ToList();
    }
}
