using Kechuang.Common;

namespace Kechuang.Platforms.Kinds;

/// <summary>What a kind of platform must be (docs/domain.md §7.2); pure, every problem at once.</summary>
public static class PlatformKindRules
{
    public const int MaxNameLength = 20;

    public static void Name(string? name, Validation v)
    {
        var text = name?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            v.Add("name", "请填写平台类型名称");
        }
        else if (text.Length > MaxNameLength)
        {
            v.Add("name", $"平台类型名称不能超过{MaxNameLength}个字");
        }
        else if (PlatformKinds.Levels.Any(l => text.StartsWith(l, StringComparison.Ordinal)))
        {
            // The level is its own field: "省级企业研究院" would be read as the level plus a kind.
            v.Add("name", $"类型名称不含级别：“{text}”请写作“{text[PlatformKinds.Levels.First(l => text.StartsWith(l, StringComparison.Ordinal)).Length..]}”，级别另选");
        }
        else if (!text.Any(c => c >= '\u4e00' && c <= '\u9fff'))
        {
            v.Add("name", "平台类型名称应为中文，如“重点实验室”");
        }
    }

    /// <summary>The levels, each one of 国家级/省级/市级/县级 ("省" is 省级), at least one, none twice; highest first.</summary>
    public static IReadOnlyList<string> Levels(IReadOnlyList<string>? levels, Validation v)
    {
        if (levels is null || levels.Count == 0)
        {
            v.Add("levels", "请至少选择一个认定级别");
            return [];
        }
        var result = new List<string>();
        foreach (var text in levels)
        {
            var level = PlatformKinds.Level(text);
            if (level is null)
            {
                v.Add("levels", $"级别“{text}”无效：应为{string.Join("、", PlatformKinds.Levels)}");
            }
            else if (result.Contains(level))
            {
                v.Add("levels", $"级别“{level}”重复");
            }
            else
            {
                result.Add(level);
            }
        }
        return [.. result.OrderByDescending(PlatformKinds.Rank)];
    }
}
