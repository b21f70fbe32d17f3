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

/// <summary>
/// An enterprise of the register (by <see cref="EnterpriseId"/> or <see cref="EnterpriseUscc"/>) or a team by
/// <see cref="Name"/> entering a carrier.
/// </summary>
public sealed record IncubatorTenantRequest(Guid? EnterpriseId, string? Name, DateOnly? EnteredOn, decimal? AreaSqm = null, string? EnterpriseUscc = null);

/// <summary>A tenant leaving: as a graduate (毕业) or not (退出).</summary>
public sealed record IncubatorTenantExitRequest(DateOnly? LeftOn, bool? Graduated);

/// <summary>A service or event a carrier ran.</summary>
public sealed record IncubatorActivityRequest(DateOnly? HeldOn, string? Kind, string? Title, int? Participants = null);

/// <summary>The grade of a year's evaluation.</summary>
public sealed record IncubatorEvaluationRequest(int? Year, string? Grade, string? Remark = null);
