using Kechuang.Data;

namespace Kechuang.Projects.Applications;

/// <summary>
/// An enterprise's application to a call (项目申报书, docs/domain.md §6.4): the project, its team, milestones and budget,
/// drafted by the enterprise, submitted before the close, checked by the bureau (形式审查).
/// </summary>
public sealed class ProjectApplication : IVersioned, Indicators.Derived.IFeedsIndicators
{
    string Indicators.Derived.IFeedsIndicators.Register => Reviews.ProjectIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }

    /// <summary>The call's region, kept here so a bureau's list is one range on this table.</summary>
    public required string CallRegionCode { get; init; }

    public Guid EnterpriseId { get; init; }

    /// <summary>The applicant's name and county as they were when it applied (the record stays readable if the register changes).</summary>
    public required string EnterpriseName { get; set; }

    public required string EnterpriseRegionCode { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public string? Field { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    public string? Leader { get; set; }
    public string? LeaderPhone { get; set; }

    /// <summary>合作单位: organisations taking part, by name; an expert of any of them must not review it.</summary>
    public List<string> Partners { get; set; } = [];

    public string Status { get; set; } = ApplicationStatus.Draft;
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? CheckedAt { get; set; }
    public string? CheckedBy { get; set; }

    /// <summary>Why the formal check returned it, for the enterprise to correct.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>下达经费 in yuan after the budget review (财务评审): the sum of the approved grant lines; null until set.</summary>
    public decimal? ApprovedFunding { get; set; }

    /// <summary>When the bureau approved it (立项), after the publicity: the month the indicators count it in.</summary>
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>The budget review's opinion (财务评审意见), e.g. why a line was cut.</summary>
    public string? BudgetComment { get; set; }

    /// <summary>The day the 任务书 was signed: the project is 执行中 from then on (docs/domain.md §6.6).</summary>
    public DateOnly? TaskBookSignedOn { get; set; }

    /// <summary>When the project closed — accepted, 结题, failed or terminated: the month the figures count it in.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>A failed or terminated project bars the applicant from the bureau's calls until this day (inclusive).</summary>
    public DateOnly? BanUntil { get; set; }

    /// <summary>Why the bureau terminated it (终止), or the acceptance group's opinion when it failed.</summary>
    public string? CloseReason { get; set; }

    public List<ApplicationMember> Members { get; init; } = [];
    public List<ApplicationMilestone> Milestones { get; init; } = [];
    public List<ApplicationBudgetLine> Budget { get; init; } = [];
    public List<ApplicationAttachment> Attachments { get; init; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A member of the project team (项目组成员).</summary>
public sealed class ApplicationMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Role { get; init; }
    public int SortOrder { get; init; }
}

/// <summary>A milestone (进度安排): what is to be done by when.</summary>
public sealed class ApplicationMilestone
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public DateOnly DueOn { get; init; }
    public required string Content { get; init; }
}

/// <summary>A line of the budget: a category and, in yuan, the grant asked for (专项经费) and the applicant's own money (自筹).</summary>
public sealed class ApplicationBudgetLine
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public required string Category { get; init; }
    public decimal Special { get; init; }
    public decimal Own { get; init; }

    /// <summary>The grant the budget review (财务评审) approves for this line; null until reviewed.</summary>
    public decimal? ApprovedSpecial { get; set; }
}

public static class ApplicationStatus
{
    public const string Draft = "草稿";
    public const string Submitted = "已提交";
    public const string Returned = "已退回";
    public const string Passed = "形审通过";
    public const string Withdrawn = "已撤回";

    /// <summary>Experts drawn (docs/domain.md §6.5).</summary>
    public const string InReview = "评审中";

    /// <summary>On the 立项公示 list, awaiting the end of the publicity period.</summary>
    public const string Proposed = "拟立项";

    public const string Approved = "已立项";
    public const string NotApproved = "未立项";

    /// <summary>The 任务书 signed; the bureau disburses, the enterprise reports (docs/domain.md §6.6).</summary>
    public const string InExecution = "执行中";

    /// <summary>The enterprise applied for acceptance with its final accounts; the bureau convenes the group.</summary>
    public const string AcceptancePending = "待验收";

    /// <summary>The acceptance group's three conclusions (验收结论: 通过、结题、不通过), and the bureau's termination.</summary>
    public const string Accepted = "通过验收";

    public const string Concluded = "结题";
    public const string Failed = "验收不通过";
    public const string Terminated = "已终止";

    public static readonly IReadOnlyList<string> All =
        [Draft, Submitted, Returned, Passed, Withdrawn, InReview, Proposed, Approved, NotApproved, InExecution, AcceptancePending, Accepted, Concluded, Failed, Terminated];

    /// <summary>A project: approved, and wherever its execution has taken it since.</summary>
    public static readonly IReadOnlyList<string> Projects = [Approved, InExecution, AcceptancePending, Accepted, Concluded, Failed, Terminated];

    /// <summary>Still running: the bureau may disburse, the enterprise may ask for changes.</summary>
    public static bool Running(string status) => status is Approved or InExecution or AcceptancePending;

    /// <summary>The enterprise may still change it: a draft, or one the formal check returned.</summary>
    public static bool Editable(string status) => status is Draft or Returned;

    /// <summary>The enterprise may still withdraw it: before the formal check passes it.</summary>
    public static bool Withdrawable(string status) => status is Draft or Submitted or Returned;
}
