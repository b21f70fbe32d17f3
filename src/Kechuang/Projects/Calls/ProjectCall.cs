using Kechuang.Data;

namespace Kechuang.Projects.Calls;

/// <summary>
/// A call for applications (申报指南, docs/domain.md §6.2): the programme and year, the bureau's region, the money, the
/// dates, who may apply, the attachments required and the review form the experts will score on.
/// </summary>
public sealed class ProjectCall : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Title { get; set; }

    /// <summary>计划类别, e.g. 重点研发, 社会发展, 农业, 软科学, 科技特派员项目.</summary>
    public required string Programme { get; set; }

    public int Year { get; set; }

    /// <summary>The bureau issuing the call: a county's, a city's or a province's.</summary>
    public required string RegionCode { get; set; }

    /// <summary>Yuan: the call's total and the most one project may receive.</summary>
    public decimal TotalBudget { get; set; }

    public decimal CapPerProject { get; set; }
    public DateOnly OpensOn { get; set; }

    /// <summary>The last day applications are taken (inclusive, China time).</summary>
    public DateOnly ClosesOn { get; set; }

    /// <summary>Titles of which the applicant must hold one valid on the day it submits; none: any enterprise.</summary>
    public List<string> RequiredTitles { get; set; } = [];

    /// <summary>Whether the applicant must be registered in the call's region (a county's call is for its enterprises).</summary>
    public bool RegisteredInRegion { get; set; } = true;

    public List<string> Attachments { get; set; } = [];

    /// <summary>间接费用 cap as a percentage of the grant; null: the national tiers (docs/domain.md §9).</summary>
    public decimal? IndirectCostCapPercent { get; set; }

    /// <summary>For the review draw: experts per application (k), applications per expert (L), years looked back for conflicts.</summary>
    public int ExpertsPerApplication { get; set; } = 3;

    public int MaxPerExpert { get; set; } = 5;
    public int LookBackYears { get; set; } = 3;

    /// <summary>Years a failed or terminated project bars its applicant from the bureau's calls (docs/domain.md §6.6).</summary>
    public int BanYears { get; set; } = 3;

    /// <summary>When the bureau published it: from then on enterprises see it, and the public page while it is open.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>立项公示: the first and last day the proposed list is public (working days, docs/domain.md §6.5).</summary>
    public DateOnly? PublicityFrom { get; set; }

    public DateOnly? PublicityUntil { get; set; }

    /// <summary>When the bureau approved the list after the publicity: the projects are 已立项 from then on.</summary>
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>立项文号 of the approval document, e.g. 平科〔2026〕12号.</summary>
    public string? ApprovalDocument { get; set; }

    public List<ProjectCallCriterion> Criteria { get; init; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>草稿, 未开始, 征集中 or 已截止 on <paramref name="today"/>.</summary>
    public string StatusOn(DateOnly today) =>
        PublishedAt is null ? CallStatus.Draft : today < OpensOn ? CallStatus.Upcoming : today <= ClosesOn ? CallStatus.Open : CallStatus.Closed;
}

/// <summary>A line of the review form (评审指标): what the experts score, its maximum and its weight in the total (percent).</summary>
public sealed class ProjectCallCriterion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public required string Name { get; init; }
    public decimal MaxScore { get; init; }
    public decimal Weight { get; init; }
    public int SortOrder { get; init; }
}

public static class CallStatus
{
    public const string Draft = "草稿";
    public const string Upcoming = "未开始";
    public const string Open = "征集中";
    public const string Closed = "已截止";
    public static readonly IReadOnlyList<string> All = [Draft, Upcoming, Open, Closed];
}
