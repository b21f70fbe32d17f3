namespace Kechuang.Contracts;

/// <summary>
/// The contract types of docs/domain.md §5 (Civil Code): the API word, the Chinese name on forms and import sheets, and
/// the major category the statistics group by (技术培训 and 技术中介 are registered as sub-types of 技术服务).
/// </summary>
public static class ContractTypes
{
    public sealed record Info(string Word, string Chinese, string Category);

    public static readonly IReadOnlyList<Info> All =
    [
        new("development_commissioned", "技术开发/委托开发", "技术开发"),
        new("development_cooperative", "技术开发/合作开发", "技术开发"),
        new("transfer", "技术转让", "技术转让"),
        new("licensing", "技术许可", "技术许可"),
        new("consulting", "技术咨询", "技术咨询"),
        new("service", "技术服务", "技术服务"),
        new("service_training", "技术服务/技术培训", "技术服务"),
        new("service_intermediary", "技术服务/技术中介", "技术服务"),
    ];

    private static readonly Dictionary<string, Info> ByWord = All.ToDictionary(t => t.Word, StringComparer.OrdinalIgnoreCase);

    // Sheets write the sub-type with "/", "／" or "-", or name only the sub-type (委托开发).
    private static readonly Dictionary<string, Info> ByChinese = All
        .SelectMany(t => new[] { (t.Chinese, t), (t.Chinese[(t.Chinese.IndexOf('/', StringComparison.Ordinal) + 1)..], t) })
        .DistinctBy(x => x.Item1)
        .ToDictionary(x => x.Item1, x => x.t);

    public static bool IsValid(string? word) => word is not null && ByWord.ContainsKey(word.Trim());

    public static Info Of(string word) => ByWord[word];

    public static string Chinese(string word) => ByWord.TryGetValue(word, out var t) ? t.Chinese : word;

    /// <summary>The word for a Chinese name as people type it in a sheet, or for the word itself.</summary>
    public static string? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var key = text.Trim().Replace('／', '/').Replace('-', '/').Replace('—', '/').Replace(" ", "", StringComparison.Ordinal);
        return ByChinese.TryGetValue(key, out var t) ? t.Word
            : ByWord.TryGetValue(key, out t) ? t.Word
            : null;
    }

    public static string Allowed => string.Join("、", All.Select(t => t.Chinese));

    public static string AllowedWords => string.Join("、", All.Select(t => t.Word));
}
