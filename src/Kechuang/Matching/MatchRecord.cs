namespace Kechuang.Matching;

/// <summary>What a record is: the engine keeps one index per kind, so each kind has its own term statistics.</summary>
public enum MatchKind
{
    Need,
    Achievement,
    Expert,
}

/// <summary>
/// One record as the engine sees it: plain text, no database (docs/domain.md § 产学研 — 检索与推荐). Holder is the
/// enterprise of a need, the university or institute of an achievement, the employer of an expert. Region is a
/// region code (may be empty). Text is taken as plain text: markup is neither stripped nor interpreted.
/// </summary>
public sealed record MatchRecord(
    string Id,
    MatchKind Kind,
    string Title,
    string Description = "",
    string Field = "",
    IReadOnlyList<string>? Keywords = null,
    string Holder = "",
    string Region = "")
{
    public IReadOnlyList<string> KeywordList => Keywords ?? [];

    /// <summary>Keywords as the registers and the CSV files write them: separated by ；or ; (also ，, 、 and ,).</summary>
    public static IReadOnlyList<string> SplitKeywords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(['；', ';', '，', ',', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
