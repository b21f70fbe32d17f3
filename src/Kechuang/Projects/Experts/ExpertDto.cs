namespace Kechuang.Projects.Experts;

public sealed record ExpertDto(
    Guid Id,
    string Name,
    string Organisation,
    string? OrganisationUscc,
    string? Title,
    IReadOnlyList<string> Fields,
    string RegionCode,
    string? RegionName,
    string? Phone,
    string? Email,
    bool Available,
    string? UnavailableReason,
    string? UserName,
    IReadOnlyList<ExpertRelationDto> Relations,
    int Version)
{
    public static ExpertDto From(Expert e, Func<string, string?> regionName) => new(
        e.Id, e.Name, e.Organisation, e.OrganisationUscc, e.Title, e.Fields, e.RegionCode, regionName(e.RegionCode), e.Phone, e.Email,
        e.Available, e.UnavailableReason, e.UserName,
        [.. e.Relations.OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new ExpertRelationDto(r.Kind, r.Name, r.Uscc, r.Reason))],
        e.Version);
}

public sealed record ExpertRelationDto(string Kind, string Name, string? Uscc, string? Reason);
