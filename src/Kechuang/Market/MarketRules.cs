using Kechuang.Common;

namespace Kechuang.Market;

/// <summary>Checks both registers share: text lengths and keywords (docs/domain.md §7.1). Text is plain text.</summary>
public static class MarketRules
{
    public static void Title(string? text, string field, string label, int max, Validation v) => v.Text(text, field, label, max);

    public static void Length(string? text, string field, string label, int max, Validation v) => v.Optional(text, field, label, max);

    public static void Keywords(IReadOnlyList<string>? keywords, Validation v)
    {
        var list = KeywordList(keywords);
        if (list.Count > 10)
        {
            v.Add("keywords", "关键词最多10个");
        }
        if (list.Any(k => k.Length > 20))
        {
            v.Add("keywords", "每个关键词不超过20个字");
        }
    }

    /// <summary>Keywords trimmed, split again on ；、， (a user may type several in one box), without repeats.</summary>
    public static List<string> KeywordList(IEnumerable<string>? keywords) =>
        (keywords ?? []).SelectMany(k => Matching.MatchRecord.SplitKeywords(k)).Distinct(StringComparer.Ordinal).ToList();

    public static string? Blank(string? text) => Validation.Blank(text);
}
