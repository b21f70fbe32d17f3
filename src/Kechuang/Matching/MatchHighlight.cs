namespace Kechuang.Matching;

/// <summary>A piece of a title or description, and whether it is one of the hit's matched words.</summary>
public sealed record HighlightSpan(string Text, bool Hit);

/// <summary>
/// Highlights for a search result page: a text cut into spans, the matched words, synonyms and character pairs of a
/// hit marked (longest first, case and width ignored). The spans are plain text: a page renders each as text, so
/// markup in a record is shown, never interpreted.
/// </summary>
public static class MatchHighlight
{
    public static IReadOnlyList<HighlightSpan> Spans(string? text, MatchReasons reasons)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var terms = reasons.Terms.Concat(reasons.Synonyms.Select(s => s.Synonym)).Concat(reasons.Pieces)
            .Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length).ToList();
        // NFKC keeps the length of CJK and of full-width ASCII, so positions in the folded text are positions in the text.
        var folded = ChineseSegmenter.Normalize(text);
        if (folded.Length != text.Length || terms.Count == 0)
        {
            return [new HighlightSpan(text, false)];
        }
        var marked = new bool[text.Length];
        foreach (var term in terms)
        {
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, term.Length);
            }
        }
        var spans = new List<HighlightSpan>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || marked[i] != marked[start])
            {
                spans.Add(new HighlightSpan(text[start..i], marked[start]));
                start = i;
            }
        }
        return spans;
    }
}
