using System.Text;

namespace Kechuang.Enterprises;

/// <summary>
/// 拼音首字母 of a name ("温州华创科技" → "wzhckj"), so staff can find an enterprise by typing initials.
/// GB 2312 orders its 3,755 level-1 characters (the common ones) by pinyin, so a character's initial follows from
/// where its GB 2312 code falls; level-2 and rarer characters have no initial here and are left out. Latin letters
/// and digits are kept, lower-cased. A character with two readings (长, 行) gets the one GB 2312 filed it under.
/// </summary>
public static class PinyinInitials
{
    // First GB 2312 code of each initial's block (GB 2312-80 level 1); i, u and v start no syllable.
    private static readonly (int Code, char Initial)[] Blocks =
    [
        (0xB0A1, 'a'), (0xB0C5, 'b'), (0xB2C1, 'c'), (0xB4EE, 'd'), (0xB6EA, 'e'), (0xB7A2, 'f'), (0xB8C1, 'g'),
        (0xB9FE, 'h'), (0xBBF7, 'j'), (0xBFA6, 'k'), (0xC0AC, 'l'), (0xC2E8, 'm'), (0xC4C3, 'n'), (0xC5B6, 'o'),
        (0xC5BE, 'p'), (0xC6DA, 'q'), (0xC8BB, 'r'), (0xC8F6, 's'), (0xCBFA, 't'), (0xCDDA, 'w'), (0xCEF4, 'x'),
        (0xD1B9, 'y'), (0xD4D1, 'z'),
    ];

    private const int LevelOneEnd = 0xD7F9;

    private static readonly Encoding Gb2312 = CreateEncoding();

    public static string Of(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }
        var initials = new StringBuilder(name.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                initials.Append(char.ToLowerInvariant(c));
            }
            else if (c >= '\u4e00' && c <= '\u9fff' && Gb2312.GetBytes([c], bytes) == 2 && Initial((bytes[0] << 8) | bytes[1]) is { } initial)
            {
                initials.Append(initial);
            }
        }
        return initials.ToString();
    }

    /// <summary>Whether a search term is made of initials: two or more Latin letters and nothing else.</summary>
    public static bool LooksLikeInitials(string term) => term.Length >= 2 && term.All(char.IsAsciiLetter);

    private static char? Initial(int code)
    {
        if (code < Blocks[0].Code || code > LevelOneEnd)
        {
            return null;
        }
        var initial = Blocks[0].Initial;
        foreach (var (start, letter) in Blocks)
        {
            if (code < start)
            {
                break;
            }
            initial = letter;
        }
        return initial;
    }

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // Characters outside GB 2312 become "?" (one byte), which Of() skips.
        return Encoding.GetEncoding(936, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
