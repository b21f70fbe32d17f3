namespace Kechuang.Projects.Applications;

/// <summary>
/// An application as the enterprise's form and the API send it (docs/domain.md §6.4). <see cref="TotalSpecial"/> and
/// <see cref="TotalOwn"/>, when sent, are the totals the applicant declares: the table must add up to them.
/// </summary>
public sealed record ApplicationRequest(
    Guid? CallId,
    string? Title,
    string? Summary = null,
    string? Field = null,
    DateOnly? StartOn = null,
    DateOnly? EndOn = null,
    string? Leader = null,
    string? LeaderPhone = null,
    IReadOnlyList<string>? Partners = null,
    IReadOnlyList<MemberRequest>? Members = null,
    IReadOnlyList<MilestoneRequest>? Milestones = null,
    IReadOnlyList<BudgetLineRequest>? Budget = null,
    decimal? TotalSpecial = null,
    decimal? TotalOwn = null,
    int? Version = null);

public sealed record MemberRequest(string? Name, string? Title = null, string? Role = null);

public sealed record MilestoneRequest(DateOnly? DueOn, string? Content);

/// <summary>形式审查: passed, or returned with the reason the enterprise will read.</summary>
public sealed record CheckRequest(bool? Passed, string? Reason = null);
