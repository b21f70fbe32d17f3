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

/// <summary>One month on its own (not cumulative).</summary>
public sealed record ContractMonthFigures(int Month, ContractFigures Figures);

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
    IReadOnlyList<ContractMonthFigures> ByMonth);
