namespace Kechuang.Incubators;

/// <summary>A carrier as the form and the API send it; <see cref="AreaSqm"/> and <see cref="InUseOn"/> are its first space.</summary>
public sealed record IncubatorRequest(
    string? Name,
    string? Kind,
    string? Level,
    string? RegionCode,
    decimal? AreaSqm,
    DateOnly? InUseOn,
    string? Operator = null,
    string? Address = null);

/// <summary>Space a carrier put into use (新增孵化空间).</summary>
public sealed record IncubatorAreaRequest(decimal? AreaSqm, DateOnly? InUseOn, string? Note = null);
