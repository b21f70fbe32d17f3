using System.Globalization;

namespace Kechuang.Common;

/// <summary>The one place where numbers and dates are formatted for Chinese users.</summary>
public static class Zh
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>China Standard Time (UTC+8, no daylight saving): what "today" means to a bureau.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string DateTime(DateTimeOffset value) =>
        value.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy年M月d日", Culture);

    public static string Number(long value) => value.ToString("N0", Culture);
}
