using Kechuang.Common.Excel;

namespace Kechuang.Indicators.Excel;

/// <summary>
/// The layout statistics bureaus send (docs/domain.md §3): one row per region, first the region code (and name),
/// then one column per indicator headed by its name, optionally with the unit in brackets, or by its code.
/// </summary>
internal static class MonthlySheet
{
    public const string RegionCodeHeader = "地区代码";
    public const string RegionNameHeader = "地区名称";
    private static readonly string[] RegionCodeHeaders = [RegionCodeHeader, "行政区划代码", "区划代码"];
    private static readonly string[] RegionNameHeaders = [RegionNameHeader, "地区", "单位名称", "县（市、区）"];

    public static string HeaderOf(Indicator indicator) => $"{indicator.Name}（{indicator.Unit}）";

    public static bool IsRegionCode(string header) => RegionCodeHeaders.Any(h => Same(h, header));

    public static bool IsRegionName(string header) => RegionNameHeaders.Any(h => Same(h, header));

    /// <summary>The indicator a header names: "名称", "名称（单位）" or the code.</summary>
    public static Indicator? Match(string header, IEnumerable<Indicator> indicators)
    {
        var text = ExcelSheet.Normalize(header);
        return indicators.FirstOrDefault(i =>
            text == ExcelSheet.Normalize(i.Name)
            || text == ExcelSheet.Normalize(HeaderOf(i))
            || text == ExcelSheet.Normalize(i.Code));
    }

    private static bool Same(string a, string b) => ExcelSheet.Normalize(a) == ExcelSheet.Normalize(b);
}
