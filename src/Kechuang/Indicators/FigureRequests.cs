using Kechuang.Indicators.Plausibility;

namespace Kechuang.Indicators;

/// <summary>Body of <c>PUT …/targets/{regionCode}/{year}</c>: the annual target in the indicator's unit.</summary>
public sealed record TargetRequest(decimal? Value, string? Note, int? Version);

/// <summary>Body of <c>PUT …/values/{regionCode}/{year}/{month}</c>: year-to-date for flows, the level otherwise.</summary>
public sealed record ValueRequest(decimal? Value, string? Note, int? Version);

public sealed record TargetDto(string IndicatorCode, string RegionCode, int Year, decimal Value, DateTimeOffset UpdatedAt, string? UpdatedBy, int Version)
{
    /// <summary>
    /// Given by <see cref="PutTarget"/>: a target below what the region did the year before (above, for a lower-is-better
    /// indicator) — saved all the same, shown to staff to check, and left out of the summary's 工作思路 (docs/reports.md).
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static TargetDto From(IndicatorTarget t) => new(t.IndicatorCode, t.RegionCode, t.Year, t.Value, t.UpdatedAt, t.UpdatedBy, t.Version);
}

/// <summary>A monthly figure; <see cref="Warning"/> explains a flag the user should act on (a note for a correction).</summary>
public sealed record ValueDto(
    string IndicatorCode, string RegionCode, int Year, int Month, decimal Value, string? Note,
    bool BelowPreviousMonth, string? Warning, DateTimeOffset UpdatedAt, string? UpdatedBy, int Version)
{
    /// <summary>The saved figure's plausibility warnings (docs/domain.md §3, Plausibility), given by <see cref="PutValue"/>; never blocking.</summary>
    public IReadOnlyList<PlausibilityWarning> Warnings { get; init; } = [];

    public static ValueDto From(IndicatorValue v) => new(
        v.IndicatorCode, v.RegionCode, v.Year, v.Month, v.Value, v.Note, v.BelowPreviousMonth, WarningOf(v),
        v.UpdatedAt, v.UpdatedBy, v.Version);

    public static string? WarningOf(IndicatorValue v) => v.BelowPreviousMonth
        ? string.IsNullOrWhiteSpace(v.Note)
            ? "累计值低于上月，视为更正，请填写说明"
            : "累计值低于上月（已说明）"
        : null;
}

public sealed record RevisionDto(int? Month, decimal? OldValue, decimal NewValue, string? Note, string Channel, string ChangedBy, DateTimeOffset ChangedAt)
{
    public static RevisionDto From(IndicatorRevision r) => new(r.Month, r.OldValue, r.NewValue, r.Note, r.Channel, r.ChangedBy, r.ChangedAt);
}
