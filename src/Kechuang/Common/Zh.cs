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

    /// <summary>An amount in yuan written in 亿元 with two decimals: 327_000_000m → "3.27亿元".</summary>
    public static string Yi(decimal yuan) => (yuan / 100_000_000m).ToString("N2", Culture) + "亿元";

    /// <summary>How many decimals a figure in <paramref name="unit"/> is printed with: counts none, the rest two.</summary>
    public static int DecimalsOf(string unit) => unit is "家" or "项" or "件" or "个" or "人" ? 0 : 2;

    /// <summary>A figure already in its indicator's unit: "3.27亿元", "1,234家", "3.25%".</summary>
    public static string Amount(decimal value, string unit) =>
        unit == "%" ? Percent(value / 100, 2)
        : decimal.Round(value, DecimalsOf(unit), MidpointRounding.AwayFromZero).ToString("N" + DecimalsOf(unit).ToString(CultureInfo.InvariantCulture), Culture) + unit;

    /// <summary>A completion rate or growth as a percentage; "不适用" when it cannot be computed (zero target).</summary>
    public static string Rate(decimal? fraction) => fraction is { } f ? Percent(f, 2) : "不适用";

    /// <summary>A change of a ratio in 百分点: 2.75m → "提高2.75个百分点", -0.5m → "下降0.50个百分点".</summary>
    public static string Points(decimal points) => points switch
    {
        > 0 => $"提高{points.ToString("F2", CultureInfo.InvariantCulture)}个百分点",
        < 0 => $"下降{(-points).ToString("F2", CultureInfo.InvariantCulture)}个百分点",
        _ => "持平",
    };

    /// <summary>Year-on-year growth as a work summary writes it: "同比增长12.30%", "同比下降3.10%", "同比持平".</summary>
    public static string Growth(decimal fraction) => fraction switch
    {
        > 0 => "同比增长" + Percent(fraction, 2),
        < 0 => "同比下降" + Percent(-fraction, 2),
        _ => "同比持平",
    };

    /// <summary>"2026年10月".</summary>
    public static string Month(int year, int month) => $"{year}年{month}月";
}
