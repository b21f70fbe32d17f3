using Kechuang.Data;

namespace Kechuang.Indicators;

/// <summary>The annual target (年度目标任务) of one indicator for one region, in the indicator's unit.</summary>
public sealed class IndicatorTarget : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string IndicatorCode { get; init; }
    public required string RegionCode { get; init; }
    public int Year { get; init; }
    public decimal Value { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// A reported figure at the end of one month: the year-to-date total for a flow, the level for a stock or ratio.
/// <see cref="BelowPreviousMonth"/> marks a flow that went down, which only a correction can explain (docs/domain.md §3).
/// </summary>
public sealed class IndicatorValue : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string IndicatorCode { get; init; }
    public required string RegionCode { get; init; }
    public int Year { get; init; }
    public int Month { get; init; }
    public decimal Value { get; set; }
    public string? Note { get; set; }
    public bool BelowPreviousMonth { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// One change of a target or a monthly figure, kept for ever: the history of corrections (docs/domain.md §3, ADR 0008).
/// <see cref="Month"/> is null for a target.
/// </summary>
public sealed class IndicatorRevision
{
    public long Id { get; init; }
    public required string IndicatorCode { get; init; }
    public required string RegionCode { get; init; }
    public int Year { get; init; }
    public int? Month { get; init; }
    public decimal? OldValue { get; init; }
    public decimal NewValue { get; init; }
    public string? Note { get; init; }

    /// <summary>手工录入 / Excel导入 / 演示数据.</summary>
    public required string Channel { get; init; }
    public required string ChangedBy { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
}
