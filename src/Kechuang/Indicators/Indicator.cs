using Kechuang.Data;

namespace Kechuang.Indicators;

/// <summary>
/// An assessment indicator (考核指标, docs/domain.md §3), kept as data because each province defines its own
/// catalogue. Values of a <c>flow</c> are year-to-date totals, of a <c>stock</c> levels at a date, of a
/// <c>ratio</c> percentages computed from <see cref="NumeratorCode"/> ÷ <see cref="DenominatorCode"/>.
/// </summary>
public sealed class Indicator : IVersioned
{
    /// <summary>Stable snake_case code, e.g. <c>rd_expenditure</c>.</summary>
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string Unit { get; set; }
    public required string Kind { get; set; }
    public string Direction { get; set; } = IndicatorWords.Higher;
    public string Source { get; set; } = IndicatorWords.Reported;
    public string? NumeratorCode { get; set; }
    public string? DenominatorCode { get; set; }
    public int SortOrder { get; set; }

    /// <summary>A retired indicator keeps its figures but leaves the report.</summary>
    public bool Retired { get; set; }

    /// <summary>
    /// 考核指标 (true) or 参考指标 (false): a reference indicator such as 地区生产总值 is context — the denominator of a
    /// ratio — not the bureau's result or task, so it is shown but never counted, praised or reported as a problem
    /// (docs/domain.md §3, §9).
    /// </summary>
    public bool Assessed { get; set; } = true;
    public int Version { get; set; }

    public bool IsFlow => Kind == IndicatorWords.Flow;
    public bool IsRatio => Kind == IndicatorWords.Ratio;
    public bool LowerIsBetter => Direction == IndicatorWords.Lower;
}

/// <summary>The words of the indicator JSON (ADR 0008): kinds, directions and sources.</summary>
public static class IndicatorWords
{
    public const string Flow = "flow";
    public const string Stock = "stock";
    public const string Ratio = "ratio";
    public const string Higher = "higher";
    public const string Lower = "lower";
    public const string Reported = "reported";
    public const string Derived = "derived";

    public static readonly string[] Kinds = [Flow, Stock, Ratio];
    public static readonly string[] Directions = [Higher, Lower];
    public static readonly string[] Sources = [Reported, Derived];

    /// <summary>Units seen in real assessment tables (docs/domain.md §3).</summary>
    public static readonly string[] Units = ["亿元", "万元", "元", "家", "项", "件", "件/万人", "个", "人", "万平方米", "平方米", "%"];

    public static string KindName(string kind) => kind switch
    {
        Flow => "累计值",
        Stock => "时点值",
        Ratio => "比率",
        _ => kind,
    };
}
