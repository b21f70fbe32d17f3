namespace Kechuang.Projects.Experts;

/// <summary>An expert as the form, the API and the sheet send it (docs/domain.md §6.1); <see cref="Version"/> on a change.</summary>
public sealed record ExpertRequest(
    string? Name,
    string? Organisation,
    string? RegionCode,
    IReadOnlyList<string>? Fields,
    string? OrganisationUscc = null,
    string? Title = null,
    string? Phone = null,
    string? Email = null,
    bool? Available = null,
    string? UnavailableReason = null,
    string? UserName = null,
    IReadOnlyList<ExpertRelationRequest>? Relations = null,
    int? Version = null);

/// <summary>A relation: <c>kind</c> organisation (单位) or person (人员), the name, a code for an organisation, why.</summary>
public sealed record ExpertRelationRequest(string? Kind, string? Name, string? Uscc = null, string? Reason = null);
