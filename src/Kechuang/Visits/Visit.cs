using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Visits;

/// <summary>A visit of bureau staff to an enterprise of the region (走访企业, docs/domain.md §7.13) and the problems it collected.</summary>
public sealed class Visit : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => VisitIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EnterpriseId { get; set; }

    /// <summary>The enterprise's name when visited, kept for the lists and the export.</summary>
    public required string EnterpriseName { get; set; }

    /// <summary>The enterprise's county.</summary>
    public required string RegionCode { get; set; }

    public DateOnly VisitedOn { get; set; }

    /// <summary>走访人员: staff names, free text.</summary>
    public required string Visitors { get; set; }

    /// <summary>企业参加人员.</summary>
    public string? Attendees { get; set; }

    /// <summary>走访情况.</summary>
    public required string Summary { get; set; }

    public required string RecordedBy { get; set; }
    public List<VisitProblem> Problems { get; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A problem raised on a visit: assigned, followed up and closed with the answer (docs/domain.md §7.13).</summary>
public sealed class VisitProblem : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => VisitIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid VisitId { get; set; }
    public Guid EnterpriseId { get; set; }
    public required string RegionCode { get; set; }

    /// <summary>The visit's date: when the problem was collected.</summary>
    public DateOnly RaisedOn { get; set; }

    /// <summary>政策, 资金, 人才, 技术, 用地 or 其他 (<see cref="VisitRules.Categories"/>).</summary>
    public required string Category { get; set; }

    public required string Description { get; set; }

    /// <summary>承办人: the staff user (admin or staff of a region covering the enterprise) who answers it; null until assigned.
    /// The overdue reminder goes to this user (docs/domain.md §7.13).</summary>
    public string? AssigneeUserId { get; set; }

    /// <summary>The assignee's display name when assigned, kept for the lists and the export.</summary>
    public string? Assignee { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>null while open; 已解决 or 无法解决 once closed.</summary>
    public string? Outcome { get; set; }

    /// <summary>The answer given to the enterprise (for 无法解决, the reason).</summary>
    public string? Answer { get; set; }

    public DateOnly? ClosedOn { get; set; }
    public string? ClosedBy { get; set; }
    public List<ProblemFollowUp> FollowUps { get; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A follow-up note on a problem (跟踪督办).</summary>
public sealed class ProblemFollowUp
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProblemId { get; set; }
    public DateOnly On { get; set; }
    public required string Note { get; set; }
    public required string By { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
