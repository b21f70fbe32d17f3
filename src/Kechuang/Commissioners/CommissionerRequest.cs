namespace Kechuang.Commissioners;

/// <summary>A commissioner as the form and the API send it (docs/domain.md §7.6); <see cref="Kind"/> is individual or team.</summary>
public sealed record CommissionerRequest(
    string? Name,
    string? Kind,
    string? Level,
    string? RegionCode,
    int? Year,
    IReadOnlyList<string>? Towns,
    string? Institution = null,
    string? Field = null,
    IReadOnlyList<CommissionerMemberRequest>? Members = null,
    IReadOnlyList<CommissionerProjectRequest>? Projects = null,
    IReadOnlyList<string>? Enterprises = null);

public sealed record CommissionerMemberRequest(string? Name, string? Institution = null, string? Expertise = null);

public sealed record CommissionerProjectRequest(string? Name, decimal? FundsYuan = null);

/// <summary>年度考核 of a record: a grade of <see cref="CommissionerWords.Grades"/> and a remark.</summary>
public sealed record CommissionerAssessmentRequest(string? Grade, string? Remark = null);
