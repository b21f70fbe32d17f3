namespace Kechuang.Enterprises;

/// <summary>An enterprise as the API and pages show it; <see cref="Version"/> is the concurrency token for edits.</summary>
public sealed record EnterpriseDto(
    Guid Id,
    string Name,
    string Uscc,
    string RegionCode,
    string? RegionName,
    string? TownCode,
    string? Address,
    string? IndustryCode,
    DateOnly? FoundedOn,
    bool AboveScale,
    string? TechnologyField,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    IReadOnlyList<string> Qualifications,
    int Version)
{
    public static EnterpriseDto From(Enterprise e, string? regionName, IReadOnlyList<string> qualifications) => new(
        e.Id, e.Name, e.Uscc, e.RegionCode, regionName, e.TownCode, e.Address, e.IndustryCode, e.FoundedOn,
        e.AboveScale, e.TechnologyField, e.ContactName, e.ContactPhone, e.ContactEmail, qualifications, e.Version);
}
