namespace Kechuang.Projects.Execution;

/// <summary>
/// One budget line of a tranche the bureau paid (拨付, docs/domain.md §6.6): a tranche is the rows sharing its number,
/// each against a line of the approved budget, never above what remains of that line.
/// </summary>
public sealed class ProjectDisbursement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public int Tranche { get; init; }
    public DateOnly PaidOn { get; init; }
    public required string Category { get; init; }

    /// <summary>Yuan.</summary>
    public decimal Amount { get; init; }

    public string? Note { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// A change the enterprise asks for while the project runs (项目变更, docs/domain.md §6.6): an extension, a new leader,
/// or a budget shift from one line to another; the bureau approves or refuses it, and an approval takes effect at once.
/// The values before the change are kept, so the record reads after it.
/// </summary>
public sealed class ProjectChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public required string Kind { get; init; }
    public required string Reason { get; init; }
    public DateOnly? PreviousEndOn { get; init; }
    public DateOnly? NewEndOn { get; init; }
    public string? PreviousLeader { get; init; }
    public string? NewLeader { get; init; }
    public string? FromCategory { get; init; }
    public string? ToCategory { get; init; }

    /// <summary>Yuan moved from one line of the approved grant to another.</summary>
    public decimal? Amount { get; init; }

    public string Status { get; set; } = ChangeStatus.Pending;
    public required string RequestedBy { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionComment { get; set; }
}

/// <summary>
/// The mid-term report (中期报告, docs/domain.md §6.6): the enterprise's progress, spending and problems, and the
/// bureau's conclusion 合格 or 限期整改.
/// </summary>
public sealed class ProjectMidterm
{
    public Guid ApplicationId { get; init; }
    public required string Progress { get; set; }

    /// <summary>Yuan of the grant spent so far, as the enterprise reports it.</summary>
    public decimal Spent { get; set; }

    public string? Problems { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? Conclusion { get; set; }
    public string? Comment { get; set; }
    public string? ConcludedBy { get; set; }
    public DateTimeOffset? ConcludedAt { get; set; }
}

/// <summary>
/// Acceptance (验收, docs/domain.md §6.6): the enterprise applies with its summary and final accounts (决算: spent per
/// budget line), the bureau draws the expert group the way it draws reviewers and records the group's conclusion.
/// </summary>
public sealed class ProjectAcceptance
{
    public Guid ApplicationId { get; init; }
    public required string Summary { get; set; }
    public DateTimeOffset AppliedAt { get; set; }
    public string? Mode { get; set; }
    public long? Seed { get; set; }
    public string? EngineVersion { get; set; }
    public string? DrawnBy { get; set; }
    public DateTimeOffset? DrawnAt { get; set; }
    public DateOnly? MeetingOn { get; set; }
    public string? Conclusion { get; set; }
    public string? Opinion { get; set; }
    public string? ConcludedBy { get; set; }
    public DateTimeOffset? ConcludedAt { get; set; }
    public List<AcceptanceAccount> Accounts { get; init; } = [];
    public List<AcceptanceExpert> Experts { get; init; } = [];
}

/// <summary>决算: what the project spent on one budget line, of the grant and of its own money, in yuan.</summary>
public sealed class AcceptanceAccount
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public required string Category { get; init; }
    public decimal SpentSpecial { get; init; }
    public decimal SpentOwn { get; init; }
}

/// <summary>An expert of the acceptance group, its name and organisation kept as drawn.</summary>
public sealed class AcceptanceExpert
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public Guid ExpertId { get; init; }
    public required string Name { get; init; }
    public required string Organisation { get; init; }
    public int Affinity { get; init; }
    public int SortOrder { get; init; }
}

public static class ChangeKind
{
    public const string Extension = "延期";
    public const string Leader = "变更负责人";
    public const string BudgetShift = "预算调剂";
    public static readonly IReadOnlyList<string> All = [Extension, Leader, BudgetShift];
}

public static class ChangeStatus
{
    public const string Pending = "待审批";
    public const string Approved = "已批准";
    public const string Refused = "未批准";
}

public static class MidtermConclusion
{
    public const string Pass = "合格";
    public const string Rectify = "限期整改";
    public static readonly IReadOnlyList<string> All = [Pass, Rectify];
}
