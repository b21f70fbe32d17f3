namespace Kechuang.Enterprises;

/// <summary>The fields of an enterprise a user sends; <see cref="Version"/> is required when updating.</summary>
public sealed record EnterpriseRequest(
    string? Name,
    string? Uscc,
    string? RegionCode,
    string? TownCode = null,
    string? Address = null,
    string? IndustryCode = null,
    DateOnly? FoundedOn = null,
    bool AboveScale = false,
    string? TechnologyField = null,
    string? ContactName = null,
    string? ContactPhone = null,
    string? ContactEmail = null,
    int? Version = null);
