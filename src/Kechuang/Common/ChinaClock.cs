namespace Kechuang.Common;

public static class ChinaClock
{
    /// <summary>Today's date in China (UTC+8): what "today" and "this year" mean to a bureau.</summary>
    public static DateOnly TodayInChina(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Zh.Offset).DateTime);
}
