using System.Globalization;
using System.Text.RegularExpressions;
using Kechuang.Common.Excel;

namespace Kechuang.Market.Achievements.Excel;

/// <summary>
/// The 科技成果 sheet, for import and export alike (docs/domain.md §7.1): one row per achievement; keywords separated
/// by 、 or ；; patents as "ZL202310123456.6（2043-05-10）", several separated by ；.
/// </summary>
public static partial class AchievementColumns
{
    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("成果名称", "title", Required: true, Width: 30),
        new("持有单位", "holder", Required: true, Width: 22),
        new("成果简介", "description", Width: 50),
        new("技术领域", "field", Width: 14),
        new("关键词", "keywords", Width: 24),
        new("成熟度", "stage", Required: true, Width: 8),
        new("专利（号及到期日）", "patents", Width: 36),
        new("转让价格（元）", "price", Width: 14),
        new("转化方式", "transferMode", Required: true, Width: 10),
        new("所属区划代码", "regionCode", Width: 12),
    ];

    [GeneratedRegex(@"^(?<number>[^（(]+?)\s*(?:[（(]\s*(?:到期\s*)?(?<date>[^）)]*)[）)])?$")]
    private static partial Regex PatentItem();

    public static string Patents(IEnumerable<PatentDto> patents) =>
        string.Join("；", patents.Select(p => p.ExpiresOn is { } d ? $"{p.Number}（{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）" : p.Number));

    /// <summary>The patents of a cell, or the reason the cell cannot be read.</summary>
    public static (List<PatentRequest> Patents, string? Problem) ParsePatents(string? cell)
    {
        var patents = new List<PatentRequest>();
        foreach (var item in (cell ?? "").Split(['；', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = PatentItem().Match(item);
            DateOnly? expires = null;
            if (match.Groups["date"] is { Success: true, Value: { Length: > 0 } date })
            {
                if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return (patents, $"“{item}”的到期日应写为 yyyy-MM-dd，如 ZL202310123456.6（2043-05-10）");
                }
                expires = parsed;
            }
            patents.Add(new PatentRequest(match.Success ? match.Groups["number"].Value : item, expires));
        }
        return (patents, null);
    }

    public static Dictionary<string, object?> Row(AchievementDto a) => new()
    {
        ["title"] = a.Title, ["holder"] = a.Holder, ["description"] = a.Description, ["field"] = a.Field,
        ["keywords"] = string.Join("、", a.Keywords), ["stage"] = a.Stage, ["patents"] = Patents(a.Patents), ["price"] = a.Price,
        ["transferMode"] = a.TransferMode, ["regionCode"] = a.RegionCode,
    };

    public static byte[] Template()
    {
        using var output = new MemoryStream();
        ExcelOutput.Write(output, "科技成果", All,
        [
            new Dictionary<string, object?>
            {
                ["title"] = "基于深度学习的注塑件表面缺陷视觉检测系统", ["holder"] = "温州大学", ["description"] = "工业相机采集注塑件图像，卷积神经网络识别缩痕、飞边、划伤",
                ["field"] = "智能装备", ["keywords"] = "机器视觉、缺陷检测、深度学习", ["stage"] = "中试", ["patents"] = "ZL202310123456.6（2043-05-10）",
                ["price"] = 300000m, ["transferMode"] = "许可", ["regionCode"] = "330326",
            },
        ]);
        return output.ToArray();
    }
}
