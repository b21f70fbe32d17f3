using System.Text.RegularExpressions;

namespace Kechuang.Market;

/// <summary>
/// Chinese patent numbers (专利申请号/专利号, CNIPA 《专利申请号标准》 ZC 0006-2003): since 2003 twelve digits (year, type,
/// serial) and a check digit after a dot, e.g. 202310123456.6; before, eight digits (98123456.X). The granted patent
/// is written with ZL before it. The check digit is the sum of each digit times its weight (2,3,4,5,6,7,8,9,2,3,4,5
/// for twelve digits, 2 to 9 for eight), modulo 11; 10 is written X.
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
        return ((match.Groups[1].Value == "ZL" ? "ZL" : "") + digits + "." + expected, null);
    }
}
