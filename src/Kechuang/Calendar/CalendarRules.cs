using Kechuang.Common;

namespace Kechuang.Calendar;

/// <summary>What a special day must be (docs/domain.md §7.10); pure, every problem at once.</summary>
public static class CalendarRules
{
    public const int MaxName = 20;

    /// <summary>The widest range one request may ask working days for: three years.</summary>
    public const int MaxRangeDays = 366 * 3;

    public static void Check(SpecialDayRequest request, Validation v)
    {
        var kind = DayKinds.Parse(request.Kind);
        v.Require(request.Date is not null, "date", "请填写日期");
        v.Require(kind is not null, "kind", "类型应为“休”（工作日放假）或“班”（周末调休上班）");
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            v.Add("name", "请填写节日名称，如 春节");
        }
        else if (name.Length > MaxName)
        {
            v.Add("name", $"节日名称不能超过{MaxName}个字");
        }
        if (request.Date is not { } from)
        {
            return;
        }
        var to = request.To ?? from;
        if (to < from)
        {
            v.Add("to", "结束日期不能早于开始日期");
        }
        else if (to.Year != from.Year || to.DayNumber - from.DayNumber > 31)
        {
            v.Add("to", "一次登记的日期应在同一年内且不超过31天");
        }
        else if (kind == DayKinds.Work && request.To is null && !WorkingDays.IsWeekend(from))
        {
            v.Add("date", $"{Zh.Date(from)}是工作日，无需登记为调休上班（班）");
        }
        else if (kind == DayKinds.Off && request.To is null && WorkingDays.IsWeekend(from))
        {
            v.Add("date", $"{Zh.Date(from)}是周末，本就休息，无需登记为休");
        }
        if (from.Year < 2000 || from.Year > 2100)
        {
            v.Add("date", "日期应在2000年至2100年之间");
        }
    }

    /// <summary>The range asked for working days: both ends, in order, at most three years.</summary>
    public static (DateOnly From, DateOnly To) Range(DateOnly? from, DateOnly? to)
    {
        var v = new Validation();
        v.Require(from is not null, "from", "请填写开始日期（from，格式 YYYY-MM-DD）");
        v.Require(to is not null, "to", "请填写结束日期（to，格式 YYYY-MM-DD）");
        if (from is { } f && to is { } t)
        {
            v.Require(t >= f, "to", "结束日期不能早于开始日期");
            v.Require(t.DayNumber - f.DayNumber <= MaxRangeDays, "to", "一次最多查询三年的工作日");
        }
        v.ThrowIfAny();
        return (from!.Value, to!.Value);
    }
}
