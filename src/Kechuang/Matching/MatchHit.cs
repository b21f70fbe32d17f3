using System.Globalization;

namespace Kechuang.Matching;

/// <summary>A record found or recommended, its score and why.</summary>
public sealed record MatchHit(MatchRecord Record, double Score, MatchReasons Reasons);

/// <summary>A synonym that matched in place of a query word.</summary>
public sealed record SynonymUse(string QueryWord, string Synonym);

/// <summary>The judged pair that moved a score most, and by what factor.</summary>
public sealed record FeedbackReason(PairVerdict Pair, double Similarity, double Factor);

/// <summary>
/// Why a record ranks where it does: the words it shares with the query, the synonyms used, the character pairs of
/// words the dictionary does not know, the same 技术领域 or region, the pinyin initials of its title, and feedback.
/// </summary>
public sealed record MatchReasons(
    IReadOnlyList<string> Terms,
    IReadOnlyList<SynonymUse> Synonyms,
    IReadOnlyList<string> Pieces,
    bool SameField,
    bool SameRegion,
    bool Initials,
    FeedbackReason? Feedback)
{
    public static MatchReasons None { get; } = new([], [], [], false, false, false, null);

    /// <summary>The reasons as one line of Chinese for the broker.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Terms.Count > 0)
        {
            parts.Add($"命中词：{string.Join("、", Terms)}");
        }
        if (Synonyms.Count > 0)
        {
            parts.Add($"同义词：{string.Join("、", Synonyms.Select(s => $"{s.QueryWord}→{s.Synonym}"))}");
        }
        if (Pieces.Count > 0)
        {
            parts.Add($"字面相同：{string.Join("、", Pieces)}");
        }
        if (Initials)
        {
            parts.Add("拼音首字母匹配");
        }
        if (SameField)
        {
            parts.Add("同一技术领域");
        }
        if (SameRegion)
        {
            parts.Add("同一地区");
        }
        if (Feedback is { } feedback)
        {
            var verdict = feedback.Pair.Verdict == Verdict.Confirmed ? "已确认" : "已否决";
            var how = feedback.Similarity >= 0.999 ? "为同一对" : string.Create(CultureInfo.InvariantCulture, $"相似（{feedback.Similarity:0.00}）");
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"反馈：与{verdict}的 {feedback.Pair.NeedId}→{feedback.Pair.OtherId} {how}，得分×{feedback.Factor:0.00}"));
        }
        return string.Join("；", parts);
    }
}
