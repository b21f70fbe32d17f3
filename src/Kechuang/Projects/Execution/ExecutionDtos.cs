namespace Kechuang.Projects.Execution;

/// <summary>A project in execution as its page shows it (docs/domain.md §6.6); money in yuan.</summary>
public sealed record ExecutionDto(
    Guid ApplicationId,
    string Title,
    Guid EnterpriseId,
    string EnterpriseName,
    Guid CallId,
    string CallTitle,
    string Programme,
    int Year,
    string Status,
    string? Leader,
    DateOnly? StartOn,
    DateOnly? EndOn,
    DateTimeOffset? ApprovedAt,
    string? ApprovalDocument,
    decimal ApprovedFunding,
    decimal Disbursed,
    DateOnly? TaskBookSignedOn,
    IReadOnlyList<ExecutionBudgetLine> Budget,
    IReadOnlyList<TrancheDto> Tranches,
    IReadOnlyList<ChangeDto> Changes,
    MidtermDto? Midterm,
    DateOnly? MidtermDueOn,
    AcceptanceDto? Acceptance,
    DateOnly? AcceptanceDueOn,
    IReadOnlyList<string> Overdue,
    IReadOnlyList<string> DueSoon,
    DateTimeOffset? ClosedAt,
    DateOnly? BanUntil,
    string? CloseReason,
    IReadOnlyList<Applications.MilestoneRequest> Milestones);

/// <summary>A budget line: asked (专项/自筹), approved after the budget review and changes, paid, and spent at the final accounts.</summary>
public sealed record ExecutionBudgetLine(string Category, decimal Special, decimal Own, decimal Approved, decimal Disbursed, decimal? SpentSpecial, decimal? SpentOwn);

public sealed record TrancheDto(int Tranche, DateOnly PaidOn, decimal Total, IReadOnlyList<DisbursementLine> Lines, string? Note, string RecordedBy);

public sealed record DisbursementLine(string? Category, decimal? Amount);

public sealed record ChangeDto(
    Guid Id, string Kind, string Reason, DateOnly? PreviousEndOn, DateOnly? NewEndOn, string? PreviousLeader, string? NewLeader,
    string? FromCategory, string? ToCategory, decimal? Amount, string Status, string RequestedBy, DateTimeOffset RequestedAt,
    string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionComment)
{
    public static ChangeDto From(ProjectChange c) => new(c.Id, c.Kind, c.Reason, c.PreviousEndOn, c.NewEndOn, c.PreviousLeader, c.NewLeader,
        c.FromCategory, c.ToCategory, c.Amount, c.Status, c.RequestedBy, c.RequestedAt, c.DecidedBy, c.DecidedAt, c.DecisionComment);
}

public sealed record MidtermDto(string Progress, decimal Spent, string? Problems, DateTimeOffset SubmittedAt, string? Conclusion, string? Comment,
    string? ConcludedBy, DateTimeOffset? ConcludedAt);

public sealed record AcceptanceDto(
    string Summary, DateTimeOffset AppliedAt, string? Mode, long? Seed, string? EngineVersion, string? DrawnBy, DateTimeOffset? DrawnAt,
    IReadOnlyList<AcceptanceExpertDto> Experts, DateOnly? MeetingOn, string? Conclusion, string? Opinion, string? ConcludedBy, DateTimeOffset? ConcludedAt);

public sealed record AcceptanceExpertDto(Guid ExpertId, string Name, string Organisation, int Affinity);

/// <summary>A row of the projects list, with what is late or due soon.</summary>
public sealed record ProjectRow(
    Guid ApplicationId, string Title, string EnterpriseName, string CallTitle, string Programme, int Year, string Status, string? Leader,
    DateOnly? EndOn, decimal ApprovedFunding, decimal Disbursed, IReadOnlyList<string> Overdue, IReadOnlyList<string> DueSoon, int PendingChanges);

public sealed record TaskBookRequest(DateOnly? SignedOn);

public sealed record TrancheRequest(DateOnly? PaidOn, IReadOnlyList<DisbursementLine>? Lines, string? Note);

public sealed record ChangeRequest(string? Kind, string? Reason, DateOnly? NewEndOn, string? NewLeader, string? FromCategory, string? ToCategory, decimal? Amount);

public sealed record ChangeDecision(bool? Approve, string? Comment);

public sealed record MidtermRequest(string? Progress, decimal? Spent, string? Problems);

public sealed record ConclusionRequest(string? Conclusion, string? Comment, DateOnly? MeetingOn = null);

public sealed record AcceptanceRequest(string? Summary, IReadOnlyList<AccountLine>? Accounts);

public sealed record AccountLine(string? Category, decimal? SpentSpecial, decimal? SpentOwn);

public sealed record AcceptanceDrawRequest(string? Mode, long? Seed, int? Experts);

public sealed record TerminationRequest(string? Reason, DateOnly? On, bool? Ban = null);
