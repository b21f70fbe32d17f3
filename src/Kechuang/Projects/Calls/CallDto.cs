namespace Kechuang.Projects.Calls;

public sealed record CallDto(
    Guid Id,
    string Title,
    string Programme,
    int Year,
    string RegionCode,
    string? RegionName,
    decimal TotalBudget,
    decimal CapPerProject,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    string Status,
    IReadOnlyList<string> RequiredTitles,
    bool RegisteredInRegion,
    IReadOnlyList<string> Attachments,
    decimal? IndirectCostCapPercent,
    int ExpertsPerApplication,
    int MaxPerExpert,
    int LookBackYears,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<CriterionDto> Criteria,
    int Version,
    int BanYears)
{
    public static CallDto From(ProjectCall c, string? regionName, DateOnly today) => new(
        c.Id, c.Title, c.Programme, c.Year, c.RegionCode, regionName, c.TotalBudget, c.CapPerProject, c.OpensOn, c.ClosesOn, c.StatusOn(today),
        c.RequiredTitles, c.RegisteredInRegion, c.Attachments, c.IndirectCostCapPercent, c.ExpertsPerApplication, c.MaxPerExpert, c.LookBackYears,
        c.PublishedAt, [.. c.Criteria.OrderBy(r => r.SortOrder).Select(r => new CriterionDto(r.Name, r.MaxScore, r.Weight))], c.Version, c.BanYears);
}

public sealed record CriterionDto(string Name, decimal MaxScore, decimal Weight);

/// <summary>Whether an enterprise may apply to a call today, and every reason it may not.</summary>
public sealed record EligibilityDto(Guid CallId, Guid EnterpriseId, string EnterpriseName, bool Eligible, IReadOnlyList<string> Reasons);
