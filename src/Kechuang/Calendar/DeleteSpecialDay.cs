using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Calendar;

/// <summary>DELETE /api/calendar/days/{date}: a day entered by mistake. Due dates of approvals still pending follow on their next read.</summary>
public sealed class DeleteSpecialDay(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, DateOnly date, CancellationToken ct = default)
    {
        CalendarAccess.RequireEditor(caller);
        var day = await db.SpecialDays.FirstOrDefaultAsync(d => d.Date == date, ct)
            ?? throw new NotFoundException($"{Zh.Date(date)}不是已登记的节假日或调休日");
        db.SpecialDays.Remove(day);
        await db.SaveChangesAsync(ct);
    }
}
