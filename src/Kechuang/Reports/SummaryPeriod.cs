using Kechuang.Common;
using Kechuang.Indicators.Assessment;

namespace Kechuang.Reports;

/// <summary>
/// FY (全年, to December) or H1 (上半年, to June). A period not yet ended is drafted at the last ended month and says so
/// in its title (截至X月, docs/domain.md §8).
/// </summary>
public static class SummaryPeriod
{
    public const string FullYear = "FY";
    public const string FirstHalf = "H1";

    /// <summary>The month the figures are read at and whether the period is still open on <paramref name="today"/>.</summary>
    public static (int Month, bool Open) Resolve(int year, string period, DateOnly today)
    {
        var end = period == FirstHalf ? 6 : 12;
        var (lastYear, lastMonth) = AssessmentMath.LastMonth(today);
        if (year < lastYear || (year == lastYear && lastMonth >= end))
        {
            return (end, false);
        }
        if (year > lastYear)
        {
            throw new ValidationFailedException("year", $"{year}年还没有已结束的月份，无法生成工作总结");
        }
        return (lastMonth, true);
    }

    public static string Normalise(string? period)
    {
        var p = string.IsNullOrWhiteSpace(period) ? FullYear : period.Trim().ToUpperInvariant();
        return p is FullYear or FirstHalf ? p : throw new ValidationFailedException("period", "期间应为 FY（全年）或 H1（上半年）");
    }

    public static string Phrase(string period, int month, bool open) =>
        !open ? (period == FirstHalf ? "上半年" : "全年")
        : month == 1 ? "1月" : $"1—{month}月";

    /// <summary>"XX县科学技术局2026年工作总结", "…2026年上半年工作总结", open: "…（截至10月）".</summary>
    public static string Title(string author, int year, string period, int month, bool open) =>
        $"{author}{year}年{(period == FirstHalf ? "上半年" : "")}工作总结{(open ? $"（截至{month}月）" : "")}";

    public static string Name(string period) => period == FirstHalf ? "上半年" : "全年";
}
