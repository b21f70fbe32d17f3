namespace Kechuang.Projects.Reviews;

/// <summary>How to draw: the mode, reserves per application and related experts first (random), the cap Q (randomised), a seed to replay.</summary>
public sealed record DrawRequest(string? Mode, long? Seed, int? Reserves, bool? RelatedFirst, double? MaxProbability);

public sealed record DrawDto(
    Guid Id,
    Guid CallId,
    string Mode,
    string ModeName,
    long? Seed,
    string EngineVersion,
    int Applications,
    int Assignments,
    int Reserves,
    long TotalAffinity,
    long LowestApplicationAffinity,
    IReadOnlyList<string> Exclusions,
    string DrawnBy,
    DateTimeOffset DrawnAt);

/// <summary>An expert's decline: why, and whether it is a conflict of interest found late (then the pair is never drawn again).</summary>
public sealed record DeclineRequest(string? Reason, bool? Conflict);

public sealed record ScoreRequest(IReadOnlyList<CriterionScore>? Scores, string? Comment, bool? Submit);

public sealed record CriterionScore(Guid CriterionId, decimal? Score);

public sealed record CriterionDto(Guid Id, string Name, decimal MaxScore, decimal Weight);

/// <summary>One assignment as the expert sees it in its portal: the application to read, the form, its own scores.</summary>
public sealed record ReviewTaskDto(
    Guid Id,
    Guid CallId,
    string CallTitle,
    Guid ApplicationId,
    string ApplicationTitle,
    string EnterpriseName,
    string? Field,
    string Status,
    string? Comment,
    decimal? Total,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<CriterionDto> Criteria,
    IReadOnlyList<CriterionScore> Scores,
    Applications.ApplicationDto? Application,
    int Version);

/// <summary>One expert's line on an application in the bureau's view.</summary>
public sealed record ReviewerLine(Guid AssignmentId, Guid ExpertId, string ExpertName, string ExpertOrganisation, string Role, string Status,
    string? DeclineReason, int Affinity, decimal? Total, bool Outlier, string? Comment);

/// <summary>An application's review in the bureau's view: its experts, mean, spread, rank and the funding set.</summary>
public sealed record ReviewedApplication(
    Guid ApplicationId,
    string Title,
    string EnterpriseName,
    string Status,
    decimal RequestedSpecial,
    decimal? ApprovedFunding,
    decimal? Mean,
    decimal? Spread,
    int? Rank,
    int Submitted,
    int Expected,
    IReadOnlyList<ReviewerLine> Reviewers);

public sealed record CallReviewDto(
    Guid CallId,
    string CallTitle,
    decimal TotalBudget,
    decimal CapPerProject,
    decimal FundingSet,
    DrawDto? Draw,
    DateOnly? PublicityFrom,
    DateOnly? PublicityUntil,
    DateTimeOffset? ApprovedAt,
    string? ApprovalDocument,
    IReadOnlyList<ReviewedApplication> Applications);

/// <summary>The budget review: per category the grant approved (yuan) and the opinion; the funding is their sum.</summary>
public sealed record FundingRequest(IReadOnlyList<ApprovedLine>? Lines, string? Comment);

public sealed record ApprovedLine(string Category, decimal? Approved);

/// <summary>The publicity's first day (today when not given; earlier when it was already posted) and its length in working days.</summary>
public sealed record PublicityRequest(DateOnly? From, int? Days);

/// <summary>The approval document's date (today when not given) and number (立项文号).</summary>
public sealed record ApprovalRequest(DateOnly? ApprovedOn, string? DocumentNumber);
