namespace Kechuang.Platforms;

/// <summary>A kind of platform and the levels it is recognised at (docs/domain.md §7.2).</summary>
public sealed record PlatformKind(string Name, IReadOnlyList<string> Levels);

/// <summary>
/// The levels, the grades and the kinds as published: 企业研究院 and 高新技术企业研发中心 are provincial titles,
/// 企业研发中心 is the city's and the county's, laboratories and engineering centres go from city to nation. The kinds
/// seed the table an administrator edits (Kinds/PlatformKindDefinition); rules read them through a PlatformCatalogue.
/// </summary>
public static class PlatformKinds
{
    public static readonly IReadOnlyList<string> Levels = ["国家级", "省级", "市级", "县级"];

    public static readonly IReadOnlyList<PlatformKind> Defaults =
    [
        new("重点企业研究院", ["省级"]),
        new("企业研究院", ["省级"]),
        new("高新技术企业研发中心", ["省级"]),
        new("企业研发中心", ["市级", "县级"]),
        new("重点实验室", ["国家级", "省级", "市级"]),
        new("工程技术研究中心", ["国家级", "省级", "市级"]),
        new("新型研发机构", ["省级", "市级", "县级"]),
    ];

    /// <summary>The grades of the annual evaluation, best first.</summary>
    public static readonly IReadOnlyList<string> Grades = ["优秀", "良好", "合格", "不合格"];

    public const string Fail = "不合格";

    /// <summary>"省" and "省级" are the same level.</summary>
    public static string? Level(string? text) =>
        text?.Trim() is { Length: > 0 } t ? Levels.FirstOrDefault(l => l == t || l == t + "级") : null;

    /// <summary>Provincial or national: what 新增省级以上研发机构数 counts.</summary>
    public static bool ProvincialOrAbove(string level) => level is "国家级" or "省级";

    public static int Rank(string level) => level switch { "国家级" => 4, "省级" => 3, "市级" => 2, _ => 1 };
}
