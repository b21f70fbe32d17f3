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

    /// <summary>A fraction as a percentage: 0.0362m → "3.62%"; 0.04m with 0 decimals → "4%".</summary>
    public static string Percent(decimal fraction, int decimals = 2) =>
        (fraction * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    /// <summary>An amount in yuan written in 万元 with two decimals: 570000m → "57.00万元".</summary>
    public static string Wan(decimal yuan) => (yuan / 10_000m).ToString("N2", Culture) + "万元";
}
