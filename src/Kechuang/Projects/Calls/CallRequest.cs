namespace Kechuang.Projects.Calls;

/// <summary>A call as the form and the API send it (docs/domain.md §6.2); money in yuan; <see cref="Version"/> on a change.</summary>
public sealed record CallRequest(
    string? Title,
    string? Programme,
    int? Year,
    string? RegionCode,
    decimal? TotalBudget,
    decimal? CapPerProject,
    DateOnly? OpensOn,
    DateOnly? ClosesOn,
    IReadOnlyList<CriterionRequest>? Criteria,
    IReadOnlyList<string>? RequiredTitles = null,
    bool? RegisteredInRegion = null,
    IReadOnlyList<string>? Attachments = null,
    decimal? IndirectCostCapPercent = null,
    int? ExpertsPerApplication = null,
    int? MaxPerExpert = null,
    int? LookBackYears = null,
    int? Version = null,
    int? BanYears = null);

public sealed record CriterionRequest(string? Name, decimal? MaxScore, decimal? Weight);
