namespace Kechuang.Incubators;

/// <summary>
/// A carrier as the list, the detail page and the API show it; <see cref="AreaSqm"/> is the space in use today,
/// <see cref="TenantCount"/> the tenants in residence today; <see cref="Figures"/> (this year's) only in the detail.
/// </summary>
public sealed record IncubatorDto(
    Guid Id,
    string Name,
    string Kind,
    string Level,
    string RegionCode,
    string? RegionName,
    string? Operator,
    string? Address,
    DateOnly OpenedOn,
    decimal AreaSqm,
    IReadOnlyList<IncubatorAreaDto> Areas,
    IReadOnlyList<IncubatorTenantDto> Tenants,
    int TenantCount,
    int Version)
{
    public IncubatorFigures? Figures { get; init; }

    /// <summary>Services and events, latest first (detail only).</summary>
    public IReadOnlyList<IncubatorActivityDto> Activities { get; init; } = [];

    /// <summary>Annual evaluations, latest year first (detail only).</summary>
    public IReadOnlyList<IncubatorEvaluationDto> Evaluations { get; init; } = [];

    public static IncubatorDto From(Incubator i, string? regionName, DateOnly today) => new(
        i.Id, i.Name, i.Kind, i.Level, i.RegionCode, regionName, i.Operator, i.Address, i.OpenedOn, i.AreaOn(today),
        [.. i.Areas.OrderBy(a => a.InUseOn).ThenBy(a => a.Id).Select(a => new IncubatorAreaDto(a.Id, a.AreaSqm, a.InUseOn, a.Note))],
        [.. i.Tenants.OrderByDescending(t => t.LeftOn is null).ThenByDescending(t => t.EnteredOn).ThenBy(t => t.Name).Select(t => new IncubatorTenantDto(
            t.Id, t.EnterpriseId, t.Name, t.AreaSqm, t.EnteredOn, t.LeftOn, t.LeftOn is null ? "在孵" : t.Graduated ? "毕业" : "退出"))],
        i.Tenants.Count(t => t.InResidenceOn(today)),
        i.Version);
}

public sealed record IncubatorAreaDto(Guid Id, decimal AreaSqm, DateOnly InUseOn, string? Note);

/// <summary>A tenant: <see cref="Status"/> is 在孵, 毕业 or 退出.</summary>
public sealed record IncubatorTenantDto(Guid Id, Guid? EnterpriseId, string Name, decimal? AreaSqm, DateOnly EnteredOn, DateOnly? LeftOn, string Status);

public sealed record IncubatorActivityDto(Guid Id, DateOnly HeldOn, string Kind, string Title, int? Participants);

public sealed record IncubatorEvaluationDto(int Year, string Grade, string? Remark);
