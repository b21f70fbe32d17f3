using System.Globalization;
using System.Text;
using JiebaNet.Segmenter;

namespace Kechuang.Matching;

/// <summary>
/// Chinese word segmentation by jieba.NET (ADR 0018), with the bureau's technical vocabulary added so 锂电池, 良品率,
/// 机器视觉 and 浙江大学 stay whole. jieba keeps one dictionary per process, so this is a process-wide singleton:
/// words added here (the vocabulary, every thesaurus term) are known to every index. jieba reads its dictionary from
/// files copied beside Kechuang.Core.dll into jieba/ (Kechuang.csproj).
/// </summary>
public sealed class ChineseSegmenter
{
    private static readonly Lazy<ChineseSegmenter> Shared = new(() => new ChineseSegmenter());

    // Cut reads jieba's dictionary; AddWord changes it. Readers run in parallel, a new word waits for them.
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly JiebaSegmenter _jieba;
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Words> _cache = new(StringComparer.Ordinal);

    /// <summary>Words that say nothing about a technology: they would match every record. One character is never a word term.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "技术", "问题", "提高", "提升", "希望", "需要", "实现", "进行", "采用", "利用", "通过", "使用", "基于", "用于", "适用",
        "适用于", "企业", "公司", "我们", "我司", "本公司", "现在", "目前", "现有", "方法", "方案", "应用", "研究", "以上", "以下",
        "一种", "一个", "可以", "能够", "以及", "并且", "或者", "其中", "这个", "那个", "如何", "相关", "主要", "同时", "具有",
        "解决", "寻求", "寻找", "想要", "想找", "提供", "开展", "已经", "已在", "达到", "降低", "减少", "增加", "不同", "各种",
        "有限公司", "有限", "科技", "前提", "方面", "情况", "过程", "时候", "导致", "出现", "存在", "比较", "非常", "没有",
    };

    private ChineseSegmenter()
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(Path.GetDirectoryName(typeof(ChineseSegmenter).Assembly.Location) ?? AppContext.BaseDirectory, "jieba");
        if (!File.Exists(Path.Combine(ConfigManager.ConfigFileBaseDir, "dict.txt")))
        {
            ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        }
        if (!File.Exists(Path.Combine(ConfigManager.ConfigFileBaseDir, "dict.txt")))
        {
            throw new InvalidOperationException($"缺少分词词典：{Path.Combine(ConfigManager.ConfigFileBaseDir, "dict.txt")}（构建时应从 jieba.NET 包复制到程序目录的 jieba/ 下）");
        }
        _jieba = new JiebaSegmenter();
        AddWords(ReadResource("terms.txt").Select(line => line.Split('#')[0].Trim()).Where(w => w.Length > 0));
        // The first Cut loads the dictionary (about a second); pay it here, not in the first search.
        _ = _jieba.Cut("锂电池").ToList();
    }

    public static ChineseSegmenter Instance => Shared.Value;

    /// <summary>Adds words to the dictionary so they are never split (thesaurus terms, the vocabulary). Existing indexes are not re-cut.</summary>
    public void AddWords(IEnumerable<string> words)
    {
        var fresh = words.Select(Normalize).Where(w => w.Length >= 2 && !w.Any(char.IsWhiteSpace)).ToList();
        _lock.EnterWriteLock();
        try
        {
            _cache.Clear();
            foreach (var word in fresh.Where(_added.Add))
            {
                // A frequency above the pieces' own keeps the word whole (jieba's user-dictionary habit).
                _jieba.AddWord(word, Math.Max(WordDictionary.Instance.GetFreqOrDefault(word), 2000));
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Whether jieba's dictionary (with the words added here) has the word; a word it made up from its HMM is unknown.</summary>
    public bool IsKnown(string word)
    {
        _lock.EnterReadLock();
        try
        {
            return WordDictionary.Instance.GetFreqOrDefault(word) > 0;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The word terms of a text: jieba's words without punctuation, stop words and single characters, and for a word
    /// longer than two characters also its dictionary sub-words apart (锂电池 → 锂电池; 锂电, 电池), so 电池 finds it.
    /// Unknown words (<see cref="Words.Unknown"/>) are the ones the bigram fallback covers.
    /// </summary>
    public Words Cut(string? text)
    {
        var normalized = Normalize(text);
        var terms = new List<string>();
        var subTerms = new List<string>();
        var unknown = new List<string>();
        if (normalized.Length == 0)
        {
            return new Words(terms, subTerms, unknown);
        }
        _lock.EnterReadLock();
        try
        {
            var run = new StringBuilder();
            foreach (var word in _jieba.Cut(normalized, cutAll: false, hmm: true))
            {
                if (!word.Any(char.IsLetterOrDigit))
                {
                    Flush(run, unknown);
                    continue;
                }
                if (word.Length == 1)
                {
                    // Single characters the segmenter left alone (砂 眼) may still form a term together: bigram fallback.
                    if (IsHan(word[0]))
                    {
                        run.Append(word);
                    }
                    continue;
                }
                Flush(run, unknown);
                if (StopWords.Contains(word))
                {
                    continue;
                }
                terms.Add(word);
                var known = WordDictionary.Instance.GetFreqOrDefault(word) > 0;
                if (!known && word.Any(IsHan))
                {
                    unknown.Add(word);
                }
                if (word.Length > 2 && word.All(IsHan))
                {
                    SubWords(word, subTerms);
                }
            }
            Flush(run, unknown);
        }
        finally
        {
            _lock.ExitReadLock();
        }
        return new Words(terms, subTerms, unknown);
    }

    /// <summary>
    /// <see cref="Cut"/> for short texts that repeat across records (holders: a few hundred universities and
    /// enterprises), remembered up to a bound.
    /// </summary>
    public Words CutCached(string? text)
    {
        var key = text ?? "";
        if (key.Length > 64)
        {
            return Cut(key);
        }
        if (_cache.TryGetValue(key, out var words))
        {
            return words;
        }
        words = Cut(key);
        if (_cache.Count < 10_000)
        {
            _cache.TryAdd(key, words);
        }
        return words;
    }

    /// <summary>Full-width to half-width (NFKC) and lower case, so ＡＩ, Ai and ai are one term.</summary>
    public static string Normalize(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>Each pair of neighbouring Han characters of a text; other characters break the pairs.</summary>
    public static IEnumerable<string> Bigrams(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsHan(text[i]) && IsHan(text[i + 1]))
            {
                yield return text.Substring(i, 2);
            }
        }
    }

    private static void SubWords(string word, List<string> terms)
    {
        for (var length = Math.Min(word.Length - 1, 4); length >= 2; length--)
        {
            for (var i = 0; i + length <= word.Length; i++)
            {
                var piece = word.Substring(i, length);
                if (WordDictionary.Instance.GetFreqOrDefault(piece) > 0 && !StopWords.Contains(piece))
                {
                    terms.Add(piece);
                }
            }
        }
    }

    private static void Flush(StringBuilder run, List<string> unknown)
    {
        if (run.Length >= 2)
        {
            unknown.Add(run.ToString());
        }
        run.Clear();
    }

    internal static IEnumerable<string> ReadResource(string name)
    {
        using var stream = typeof(ChineseSegmenter).Assembly.GetManifestResourceStream($"Kechuang.Matching.{name}")
            ?? throw new InvalidOperationException($"缺少内嵌资源 {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>The words of a text, the dictionary words inside its longer words, and the pieces the dictionary does not know (for character bigrams).</summary>
    public sealed record Words(IReadOnlyList<string> Terms, IReadOnlyList<string> SubTerms, IReadOnlyList<string> Unknown);
}
