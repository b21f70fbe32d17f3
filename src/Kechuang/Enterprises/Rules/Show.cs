using Kechuang.Common;
using static System.FormattableString;

namespace Kechuang.Enterprises.Rules;

/// <summary>How the rules write numbers into their messages.</summary>
internal static class Show
{
    /// <summary>Truncated, so a ratio just below a threshold never reads as reaching it (3.9999% → 3.99%).</summary>
    public static string Ratio(decimal fraction) => Zh.Percent(Math.Round(fraction, 4, MidpointRounding.ToZero));

    public static string Threshold(decimal fraction) => Zh.Percent(fraction, 0);

    /// <summary>A money gap rounded up to 0.01万元, so closing the stated gap is enough.</summary>
    public static string Gap(decimal yuan) => Zh.Wan(Math.Round(yuan / 100m, 0, MidpointRounding.ToPositiveInfinity) * 100m);

    public static string Range(int min, int max) => min == max ? Invariant($"{min}") : Invariant($"{min}–{max}");

    public static string Years(IReadOnlyList<YearFacts> years) => years.Count switch
    {
        0 => "",
        1 => Invariant($"{years[0].Year}年"),
        _ => Invariant($"{years[0].Year}—{years[^1].Year}年"),
    };

    /// <summary>"近三年", "近两年", "近一年".</summary>
    public static string Recent(int yearCount) => yearCount switch
    {
        3 => "近三年",
        2 => "近两年",
        _ => "近一年",
    };

    /// <summary>"（Ⅰ类未填报，取专利登记簿…）" when IP counts came from the patent register (docs/domain.md §4.1), else "".</summary>
    public static string IpSource(YearFacts facts) => facts.IpSource is { } source ? $"（{source}）" : "";
}
