using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Calendar;

/// <summary>
/// The calendar's named query for other modules (docs/architecture.md §2): the working days of some years, read once.
/// A year counts as entered when it has any special day: every year's notice has weekdays off.
/// </summary>
public sealed class WorkCalendar(KechuangDbContext db)
{
    /// <summary>The calendar covering <paramref name="from"/> to <paramref name="to"/>, with a year's margin after
    /// <paramref name="to"/> since a time limit runs past the last day it starts on.</summary>
    public async Task<WorkingDays> LoadAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var first = new DateOnly(from.Year, 1, 1);
        var last = new DateOnly(to.Year + 1, 12, 31);
        var days = await db.SpecialDays.AsNoTracking().Where(d => d.Date >= first && d.Date <= last).ToListAsync(ct);
        return new WorkingDays(days.ToDictionary(d => d.Date, d => d.Kind), days.Select(d => d.Date.Year).ToHashSet());
    }
}
