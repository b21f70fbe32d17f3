using System.Text;

namespace Kechuang.Reports;

/// <summary>
/// Narrative text as staff type it: kept as plain text — markup stays literal characters, control
/// characters other than line breaks are dropped, lines are trimmed and blank lines collapse.
/// </summary>
public static class SummaryText
{
    public const int MaxLength = 20_000;

    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var kept = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n").Replace('\r', '\n'))
        {
            if (c is '\n' or '\t')
            {
                kept.Append(c == '\t' ? ' ' : c);
            }
            else if (!char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                kept.Append(c);
            }
        }
        var lines = kept.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var cleaned = string.Join("\n", lines);
        return cleaned.Length == 0 ? null : cleaned;
    }
}
