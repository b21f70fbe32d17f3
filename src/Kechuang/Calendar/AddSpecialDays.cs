using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Calendar;

/// <summary>
/// POST /api/calendar/days: a day of a year's notice, or a holiday's range at once (its weekdays stored as 休, or the
/// weekend days of a range as 班). A day already entered is a conflict naming what it is: delete it first.
/// </summary>
public sealed class AddSpecialDays(KechuangDbContext db)
{
    public async Task<IReadOnlyList<SpecialDayDto>> HandleAsync(Caller caller, SpecialDayRequest request, CancellationToken ct = default)
    {
        CalendarAccess.RequireEditor(caller);
        var validation = new Validation();
        CalendarRules.Check(request, validation);
        validation.ThrowIfAny();
        var kind = DayKinds.Parse(request.Kind)!;
        var from = request.Date!.Value;
        var days = HolidayNotices.Expand(request.Name!.Trim(), from, request.To ?? from, kind).ToList();
        if (days.Count == 0)
        {
            throw new ValidationFailedException("to", kind == DayKinds.Off ? "所选日期都是周末，本就休息，无需登记" : "所选日期都是工作日，无需登记为调休上班");
        }
        var dates = days.Select(d => d.Date).ToList();
        if (await db.SpecialDays.AsNoTracking().Where(d => dates.Contains(d.Date)).OrderBy(d => d.Date).FirstOrDefaultAsync(ct) is { } taken)
        {
            throw new ConflictException($"{Zh.Date(taken.Date)}已登记为“{taken.Kind}”（{taken.Name}），如需更改请先删除");
        }
        db.SpecialDays.AddRange(days);
        await db.SaveChangesAsync(ct);
        return [.. days.Select(SpecialDayDto.From)];
    }
}
