using System.Text.RegularExpressions;

namespace Kechuang.Common;

/// <summary>
/// Chinese patent numbers (专利申请号/专利号, CNIPA 《专利申请号标准》 ZC 0006-2003): since 2003 twelve digits (year, type,
/// serial) and a check digit after a dot, e.g. 202310123456.6; before, eight digits (98123456.X). The granted patent
/// is written with ZL before it. The check digit is the sum of each digit times its weight (2,3,4,5,6,7,8,9,2,3,4,5
/// for twelve digits, 2 to 9 for eight), modulo 11; 10 is written X. Shared by the 技术市场 achievements and the
/// 知识产权 patent register (docs/domain.md §7.1, §7.8), so it lives in the kernel.
/// </summary>
public static partial class PatentNumber
{
    private static readonly int[] Weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

    [GeneratedRegex(@"^(ZL|CN)?(\d{12}|\d{8})\.?([0-9X])$")]
    private static partial Regex Shape();

    /// <summary>The check digit of an application number's digits (8 or 12): 0–9 or X.</summary>
    public static char CheckDigit(string digits)
    {
        var sum = digits.Select((c, i) => (c - '0') * Weights[i]).Sum();
        var check = sum % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    /// <summary>
    /// The number written the one way the register keeps it (ZL kept, CN dropped, a dot before the check digit), or
    /// null with the reason in Chinese.
    /// </summary>
    public static (string? Number, string? Problem) Normalize(string? text)
    {
        var (parsed, problem) = Parse(text);
        return parsed is null ? (null, problem) : ((parsed.Granted ? "ZL" : "") + parsed.Application, null);
    }

    /// <summary>
    /// The application number behind any written form (ZL, CN, spaces, full-width dot): its digits, check digit, the
    /// type digit and the year it was filed; or null with the reason in Chinese, naming the expected check digit.
    /// </summary>
    public static (ParsedPatentNumber? Number, string? Problem) Parse(string? text)
    {
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant().Replace('．', '.');
        if (compact.Length == 0)
        {
            return (null, "请填写专利号");
        }
        var match = Shape().Match(compact);
        if (!match.Success)
        {
            return (null, $"专利号“{text!.Trim()}”格式不对：应为 12 位申请号加校验位，如 ZL202310123456.6 或 202310123456.6（2003 年前为 8 位）");
        }
        var digits = match.Groups[2].Value;
        var given = match.Groups[3].Value[0];
        var expected = CheckDigit(digits);
        if (given != expected)
        {
            return (null, $"专利号“{text!.Trim()}”校验位有误：按申请号 {digits} 计算，校验位应为 {expected}，而不是 {given}");
        }
        return (new ParsedPatentNumber(digits, expected, match.Groups[1].Value == "ZL"), null);
    }

    /// <summary>The kind the type digit stands for (ZC 0006-2003: 1 发明, 2 实用新型, 3 外观设计, 8 PCT 发明, 9 PCT 实用新型), or null.</summary>
    public static string? KindOf(char typeDigit) => typeDigit switch
    {
        '1' or '8' => PatentKinds.Invention,
        '2' or '9' => PatentKinds.UtilityModel,
        '3' => PatentKinds.Design,
        _ => null,
    };
}

/// <summary>An application number that passed its check digit.</summary>
public sealed record ParsedPatentNumber(string Digits, char Check, bool Granted)
{
    /// <summary>The application number as registers key it: digits, a dot, the check digit (no ZL, no CN).</summary>
    public string Application => Digits + "." + Check;

    /// <summary>The type digit: the 5th of twelve digits, the 3rd of eight.</summary>
    public char TypeDigit => Digits.Length == 12 ? Digits[4] : Digits[2];

    /// <summary>Entered China through the PCT (type 8 or 9): the number's year is then the year of entry, not of filing.</summary>
    public bool Pct => TypeDigit is '8' or '9';

    /// <summary>The year the number was given: four digits, or two before 2003 (85–99 are 19xx, 00–02 are 20xx).</summary>
    public int Year
    {
        get
        {
            if (Digits.Length == 12)
            {
                return int.Parse(Digits[..4], System.Globalization.CultureInfo.InvariantCulture);
            }
            var yy = int.Parse(Digits[..2], System.Globalization.CultureInfo.InvariantCulture);
            return yy >= 85 ? 1900 + yy : 2000 + yy;
        }
    }
}

/// <summary>The three kinds of Chinese patent (《专利法》第二条).</summary>
public static class PatentKinds
{
    public const string Invention = "发明";
    public const string UtilityModel = "实用新型";
    public const string Design = "外观设计";

    public static readonly IReadOnlyList<string> All = [Invention, UtilityModel, Design];
}
