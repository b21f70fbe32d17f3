using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators;

/// <summary>The catalogue in report order; retired indicators only when asked for.</summary>
public sealed class ListIndicators(KechuangDbContext db)
{
    public async Task<IReadOnlyList<IndicatorDto>> HandleAsync(Caller caller, bool includeRetired = false, CancellationToken ct = default)
    {
        IndicatorAccess.RequireRead(caller);
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => includeRetired || !i.Retired)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .ToListAsync(ct);
        return indicators.Select(IndicatorDto.From).ToList();
    }
}
