using Kechuang.Data;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// One expert on one application of a call (评审任务, docs/domain.md §6.5): drawn by the engine, accepted or declined
/// by the expert, then scored per criterion of the call's review form. A reserve (备选) waits unseen until a decline
/// promotes it; a declined row stays, so who declined and why is kept.
/// </summary>
public sealed class ReviewAssignment : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid DrawId { get; init; }
    public Guid ApplicationId { get; init; }
    public Guid ExpertId { get; init; }

    /// <summary>The expert's name and organisation when drawn, so the list reads without the pool.</summary>
    public required string ExpertName { get; init; }

    public required string ExpertOrganisation { get; init; }
    public int Affinity { get; init; }

    /// <summary>评审 or 备选.</summary>
    public string Role { get; set; } = ReviewRole.Reviewer;

    public string Status { get; set; } = ReviewStatus.Pending;
    public string? DeclineReason { get; set; }

    /// <summary>The expert's overall opinion (评审意见).</summary>
    public string? Comment { get; set; }

    /// <summary>The weighted total on 100 once submitted: Σ score ÷ maximum × weight over the call's criteria.</summary>
    public decimal? Total { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }
    public List<ReviewScore> Scores { get; init; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>A slot of a draw for <paramref name="expert"/> on an application, its name and organisation kept as drawn.</summary>
    internal static ReviewAssignment Of(ReviewDraw draw, Guid applicationId, Experts.Expert expert, int affinity, string role) => new()
    {
        CallId = draw.CallId,
        DrawId = draw.Id,
        ApplicationId = applicationId,
        ExpertId = expert.Id,
        ExpertName = expert.Name,
        ExpertOrganisation = expert.Organisation,
        Affinity = affinity,
        Role = role,
    };
}

/// <summary>The score an expert gives one criterion of the review form.</summary>
public sealed class ReviewScore
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AssignmentId { get; init; }
    public Guid CriterionId { get; init; }
    public decimal Score { get; init; }
}

/// <summary>
/// One run of the engine for a call (专家抽取记录): the mode, the seed and the engine's version, so a random draw
/// replays exactly (ADR 0017). Written once; the audit log keeps who drew and when.
/// </summary>
public sealed class ReviewDraw
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public required string Mode { get; init; }
    public long? Seed { get; init; }
    public required string EngineVersion { get; init; }
    public int PerApplication { get; init; }
    public int MaxPerExpert { get; init; }
    public int LookBackYears { get; init; }
    public int Applications { get; init; }
    public long TotalAffinity { get; init; }
    public required string DrawnBy { get; init; }
    public DateTimeOffset DrawnAt { get; init; }
}

public static class ReviewRole
{
    public const string Reviewer = "评审";
    public const string Reserve = "备选";
}

public static class ReviewStatus
{
    public const string Pending = "待确认";
    public const string Accepted = "已接受";
    public const string Declined = "已拒绝";
    public const string Submitted = "已提交";
    public static readonly IReadOnlyList<string> All = [Pending, Accepted, Declined, Submitted];
}

/// <summary>The draw modes the bureau may choose (ADR 0017).</summary>
public static class ReviewMode
{
    public const string Random = Assignment.DrawRandom.Mode;
    public const string Optimal = Assignment.AssignOptimal.Mode;
    public const string Randomised = Assignment.AssignRandomised.Mode;

    public static string Chinese(string mode) => mode switch
    {
        Random => "随机抽取",
        Optimal => "最优匹配",
        Randomised => "限概率最优",
        _ => mode,
    };
}
