namespace Kechuang.Platforms;

/// <summary>
/// A platform as the form and the API send it. The host is an enterprise of the register, by <see cref="EnterpriseId"/>
/// or <see cref="EnterpriseUscc"/> (the form types the code), or an institution named in <see cref="HostName"/>.
/// </summary>
public sealed record PlatformRequest(
    string? Name,
    string? Kind,
    string? Level,
    string? RegionCode,
    Guid? EnterpriseId,
    DateOnly? RecognisedOn,
    string? DocumentNumber = null,
    string? Field = null,
    string? EnterpriseUscc = null,
    string? HostName = null);

/// <summary>A new recognition at a higher level (升级); the earlier one stays in the history.</summary>
public sealed record PlatformUpgradeRequest(string? Level, DateOnly? RecognisedOn, string? DocumentNumber = null);

/// <summary>The annual evaluation of a year, with what the platform reported for it.</summary>
public sealed record PlatformEvaluationRequest(int? Year, string? Grade, int? Staff = null, decimal? RdSpending = null);
