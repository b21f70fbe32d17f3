namespace Kechuang.Incubators;

/// <summary>A carrier as the list, the detail page and the API show it; <see cref="AreaSqm"/> is the space in use today.</summary>
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
    int Version)
{
    public static IncubatorDto From(Incubator i, string? regionName, DateOnly today) => new(
        i.Id, i.Name, i.Kind, i.Level, i.RegionCode, regionName, i.Operator, i.Address, i.OpenedOn, i.AreaOn(today),
        [.. i.Areas.OrderBy(a => a.InUseOn).ThenBy(a => a.Id).Select(a => new IncubatorAreaDto(a.Id, a.AreaSqm, a.InUseOn, a.Note))],
        i.Version);
}

public sealed record IncubatorAreaDto(Guid Id, decimal AreaSqm, DateOnly InUseOn, string? Note);
