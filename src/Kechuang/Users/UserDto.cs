namespace Kechuang.Users;

/// <summary>A user as the API and the pages show it; <see cref="Version"/> is the concurrency token for edits.</summary>
public sealed record UserDto(
    string Id,
    string UserName,
    string DisplayName,
    string RegionCode,
    string? RegionName,
    IReadOnlyList<string> Roles,
    Guid? EnterpriseId,
    string? Email,
    string? PhoneNumber,
    bool LockedOut,
    DateTimeOffset CreatedAt,
    string Version);
