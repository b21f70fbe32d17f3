using System.Diagnostics.CodeAnalysis;

namespace Kechuang.Enterprises;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): authority, entity class, registrar's area code (GB/T 2260),
/// the 9-character organisation code (GB 11714) and a final check character.
/// </summary>
public readonly record struct Uscc
{
    /// <summary>The 31 symbols, whose index is the value (GB 32100 表1: no I, O, Z, S, V).</summary>
    public const string Symbols = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100 §4.2: weight of position i is 3^(i-1) mod 31.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // GB 11714 §5: weights of the organisation code's first 8 characters.
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private Uscc(string value) => Value = value;

    public string Value { get; }

    /// <summary>Positions 3–8: the GB/T 2260 code of the registering authority's area.</summary>
    public string RegistrationArea => Value[2..8];

    /// <summary>Positions 9–17: the GB 11714 organisation code, its own check last.</summary>
    public string OrganizationCode => Value[8..17];

    public static bool TryParse([NotNullWhen(true)] string? text, out Uscc uscc)
    {
        var ok = Check(text, out var normalized) is null;
        uscc = ok ? new Uscc(normalized) : default;
        return ok;
    }

    /// <summary>Why <paramref name="text"/> is not a valid code, or null when it is.</summary>
    public static string? Problem(string? text) => Check(text, out _);

    public static Uscc Parse(string text) =>
        Check(text, out var normalized) is { } problem ? throw new FormatException(problem) : new Uscc(normalized);

    /// <summary>Builds a valid code with both check characters computed (demo data and tests).</summary>
    public static Uscc Create(string area6, string orgBody8, char authority = '9', char entityClass = '1')
    {
        var area = area6?.Trim() ?? "";
        var body = orgBody8?.Trim().ToUpperInvariant() ?? "";
        if (area.Length != 6 || !area.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"登记管理机关行政区划码“{area6}”应为6位数字", nameof(area6));
        }
        if (body.Length != 8 || !body.All(IsSymbol))
        {
            throw new ArgumentException($"组织机构代码本体“{orgBody8}”应为8位数字或字母（不含I、O、Z、S、V）", nameof(orgBody8));
        }
        var head = $"{char.ToUpperInvariant(authority)}{char.ToUpperInvariant(entityClass)}";
        if (!head.All(IsSymbol))
        {
            throw new ArgumentException($"登记管理部门码“{authority}”和机构类别码“{entityClass}”应为代码字符", nameof(authority));
        }
        var first17 = head + area + body + OrgCheck(body);
        return new Uscc(first17 + FinalCheck(first17));
    }

    public override string ToString() => Value ?? "";

    private static string? Check(string? text, out string normalized)
    {
        normalized = text?.Trim().ToUpperInvariant() ?? "";
        if (normalized.Length != 18)
        {
            return $"统一社会信用代码应为18位，实际为{normalized.Length}位";
        }
        for (var i = 0; i < normalized.Length; i++)
        {
            if (!IsSymbol(normalized[i]))
            {
                return $"统一社会信用代码第{i + 1}位“{normalized[i]}”不是合法字符（只能是数字和除I、O、Z、S、V以外的大写字母）";
            }
        }
        var org = OrgCheck(normalized[8..16]);
        if (normalized[16] != org)
        {
            return $"统一社会信用代码第9–17位（组织机构代码）校验不通过：第17位应为“{org}”，实际为“{normalized[16]}”";
        }
        var final = FinalCheck(normalized[..17]);
        return normalized[17] == final ? null
            : $"统一社会信用代码校验位不通过：第18位应为“{final}”，实际为“{normalized[17]}”";
    }

    private static bool IsSymbol(char c) => Symbols.Contains(c, StringComparison.Ordinal);

    // GB 11714: digits are their value, letters A–Z are 10–35; C = 11 − Σ mod 11, 10 → X, 11 → 0.
    private static char OrgCheck(string body8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * OrgWeights[i];
        }
        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var check => (char)('0' + check),
        };
    }

    // GB 32100 §4.2: check = (31 − Σ value×weight mod 31) mod 31, mapped back to the symbols.
    private static char FinalCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Symbols.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }
        return Symbols[(31 - (sum % 31)) % 31];
    }
}
