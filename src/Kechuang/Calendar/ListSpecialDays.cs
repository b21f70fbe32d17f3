using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Calendar;

/// <summary>GET /api/calendar/days?year=: the special days of a year in date order.</summary>
public sealed class ListSpecialDays(KechuangDbContext db)
{
    public async Task<IReadOnlyList<SpecialDayDto>> HandleAsync(Caller caller, int? year, CancellationToken ct = default)
    {
        _ = caller;
        if (year is not { } y || y < 2000 || y > 2100)
        {
            throw new ValidationFailedException("year", "请填写2000年至2100年之间的年份");
        }
        var first = new DateOnly(y, 1, 1);
        var last = new DateOnly(y, 12, 31);
        var days = await db.SpecialDays.AsNoTracking().Where(d => d.Date >= first && d.Date <= last).OrderBy(d => d.Date).ToListAsync(ct);
        return [.. days.Select(SpecialDayDto.From)];
    }
}
