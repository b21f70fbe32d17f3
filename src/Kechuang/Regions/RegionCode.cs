using System.Diagnostics.CodeAnalysis;

namespace Kechuang.Regions;

/// <summary>
/// A GB/T 2260 code: six digits (province XX0000, prefecture XXYY00, county XXYYZZ) or nine for a town;
/// 100000 stands for the whole country.
/// Its <see cref="ScopePrefix"/> is what every code under it starts with, which is how region scoping works.
/// </summary>
public readonly record struct RegionCode
{
    private RegionCode(string value) => Value = value;

    public string Value { get; }

    public const string CountryCode = "100000";

    public static readonly RegionCode Country = new(CountryCode);

    public RegionLevel Level => Value == CountryCode ? RegionLevel.Country
        : Value.Length == 9 ? RegionLevel.Town
        : Value.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
        : Value.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.Prefecture
        : RegionLevel.County;

    /// <summary>Digits shared by every region under this one: 330000 → "33", 330300 → "3303", 330326 → "330326".</summary>
    public string ScopePrefix => Level switch
    {
        RegionLevel.Country => "",
        RegionLevel.Province => Value[..2],
        RegionLevel.Prefecture => Value[..4],
        RegionLevel.County => Value,
        RegionLevel.Town => Value,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>True when <paramref name="other"/> is this region or lies under it.</summary>
    public bool Covers(RegionCode other) => Level == RegionLevel.Town
        ? other.Value == Value
        : other.Value.StartsWith(ScopePrefix, StringComparison.Ordinal);

    public static bool TryParse(string? text, out RegionCode code)
    {
        code = default;
        var s = text?.Trim();
        if (s is null || (s.Length != 6 && s.Length != 9) || !s.All(char.IsAsciiDigit) || s.StartsWith("00", StringComparison.Ordinal))
        {
            return false;
        }
        code = new RegionCode(s);
        return true;
    }

    public static RegionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"行政区划代码“{text}”应为6位或9位数字");

    /// <summary>Explains why <paramref name="text"/> is not a code, or null when it is one.</summary>
    public static string? Problem([NotNullWhen(false)] string? text) =>
        TryParse(text, out _) ? null : $"行政区划代码“{text}”无效：应为6位（省、地、县）或9位（乡镇街道）数字";

    public override string ToString() => Value;
}
