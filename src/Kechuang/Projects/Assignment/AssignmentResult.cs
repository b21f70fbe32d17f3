namespace Kechuang.Projects.Assignment;

/// <summary>One expert on one application.</summary>
public sealed record AssignedPair(string ApplicationId, string ExpertId, int Affinity);

/// <summary>Why a candidate pair may not be assigned.</summary>
public enum ExclusionKind
{
    SameOrganisation,
    PartnerOrganisation,
    DeclaredConflict,
}

/// <summary>A candidate pair the rules remove, with the sentence the bureau can show (“专家张三：与申报单位同属XX大学，回避”).</summary>
public sealed record Exclusion(string ExpertId, string ApplicationId, ExclusionKind Kind, string Explanation);

/// <summary>An application that cannot get its k experts, and why.</summary>
public sealed record UnfillableApplication(string ApplicationId, int EligibleExperts, int EligibleOrganisations, string Reason);

/// <summary>
/// What a run produced. Either every application has exactly k experts, or <see cref="Unfillable"/> names the
/// applications that cannot be filled and <see cref="Pairs"/> is empty: nothing is ever half-assigned.
/// <see cref="Seed"/> and <see cref="EngineVersion"/> are what the caller writes to the audit log.
/// </summary>
public sealed record AssignmentResult(
    string Mode,
    IReadOnlyList<AssignedPair> Pairs,
    IReadOnlyList<AssignedPair> Reserves,
    IReadOnlyList<UnfillableApplication> Unfillable,
    IReadOnlyList<string> Remedies,
    IReadOnlyList<Exclusion> Exclusions,
    long? Seed,
    string EngineVersion,
    TimeSpan SolverTime)
{
    public bool IsComplete => Unfillable.Count == 0;

    public long TotalAffinity => Pairs.Sum(p => (long)p.Affinity);

    /// <summary>The fairness figure: the smallest sum of affinities any one application gets.</summary>
    public long LowestApplicationAffinity => Pairs.Count == 0 ? 0
        : Pairs.GroupBy(p => p.ApplicationId).Min(g => g.Sum(p => (long)p.Affinity));

    /// <summary>The infeasibility in one Chinese text: each application and why, then what to change.</summary>
    public string Explain() => string.Join(Environment.NewLine,
        Unfillable.Select(u => u.Reason).Append("可以：" + string.Join("；", Remedies) + "。"));
}
