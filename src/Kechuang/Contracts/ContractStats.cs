namespace Kechuang.Contracts;

/// <summary>A figure with last year's same period and the year-on-year growth (null when last year had none).</summary>
public sealed record Figure(decimal Value, decimal LastYear, decimal? Yoy)
{
    public static Figure Of(decimal value, decimal lastYear) =>
        new(value, lastYear, lastYear == 0 ? null : decimal.Round((value - lastYear) / lastYear, 4));
}

/// <summary>Count (项), 合同成交额 and 技术交易额 (yuan) of one period.</summary>
public sealed record ContractFigures(Figure Count, Figure Turnover, Figure TechTransaction);

public sealed record ContractTypeFigures(string Type, string TypeName, string Category, ContractFigures Figures);

/// <summary>One month on its own (not cumulative); a partial month runs to the period's through date, last year to the same day.</summary>
public sealed record ContractMonthFigures(int Month, ContractFigures Figures, bool Partial = false);

/// <summary>
/// Year-to-date statistics of the registered contracts sold in a region, by registration date (docs/domain.md §5): the
/// totals, split by type and by month, each next to the same period of last year.
/// </summary>
public sealed record ContractStats(
    string RegionCode,
    string? RegionName,
    int Year,
    int Month,
    ContractFigures Total,
    IReadOnlyList<ContractTypeFigures> ByType,
    IReadOnlyList<ContractMonthFigures> ByMonth)
{
    /// <summary>Whether the last month is still running: its figures run to <see cref="ThroughDate"/> only (docs/contracts.md "Period").</summary>
    public bool Partial { get; init; }

    /// <summary>The last registration date counted: the end of the last month, or today for a partial month.</summary>
    public DateOnly ThroughDate { get; init; }

    /// <summary>The last registration date counted last year: the same day of the same month (28 February for 29 February).</summary>
    public DateOnly LastYearThroughDate { get; init; }

    /// <summary>The period as printed: "2026年1–11月", or "2026年1–12月（12月截至4日）" when partial.</summary>
    public string Label { get; init; } = "";

    /// <summary>Last year's same period as printed: "2025年1–12月（12月截至4日）".</summary>
    public string LastYearLabel { get; init; } = "";
}
