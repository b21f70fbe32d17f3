namespace Kechuang.Matching;

/// <summary>
/// Synonym groups as data (机器视觉 = 图像识别 = 视觉检测): a search or a recommendation for one term also looks for the
/// others, weighted below the exact term. The text format is the one the bureau edits: one group per line, terms
/// separated by = (or ，、, and spaces), # starts a comment. A term in two groups takes the synonyms of both.
/// The default set lives in Matching/Data/thesaurus.txt; the registers will keep the bureau's own in a table.
/// </summary>
public sealed class Thesaurus
{
    private static readonly char[] Separators = ['=', '＝', ',', '，', '、', ' ', '\t', '　'];

    private readonly Dictionary<string, HashSet<string>> _synonyms = new(StringComparer.Ordinal);

    public Thesaurus(IEnumerable<IEnumerable<string>> groups)
    {
        foreach (var group in groups)
        {
            var terms = group.Select(ChineseSegmenter.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (terms.Count < 2)
            {
                continue;
            }
            foreach (var term in terms)
            {
                if (!_synonyms.TryGetValue(term, out var set))
                {
                    _synonyms[term] = set = new HashSet<string>(StringComparer.Ordinal);
                }
                set.UnionWith(terms.Where(t => t != term));
            }
            GroupCount++;
        }
    }

    public static Thesaurus Empty { get; } = new([]);

    /// <summary>The default groups for the fields the bureau works in (docs/domain.md § 产学研 — 检索与推荐).</summary>
    public static Thesaurus Default { get; } = Parse(ChineseSegmenter.ReadResource("thesaurus.txt"));

    public int GroupCount { get; }

    /// <summary>Every term that has a synonym (each one is added to the segmenter so it stays whole).</summary>
    public IEnumerable<string> Terms => _synonyms.Keys;

    public static Thesaurus Parse(IEnumerable<string> lines) =>
        new(lines.Select(line => line.Split('#')[0].Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    public static Thesaurus Parse(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return Parse(lines);
    }

    public IReadOnlyCollection<string> SynonymsOf(string term) =>
        _synonyms.TryGetValue(term, out var set) ? set : [];
}
