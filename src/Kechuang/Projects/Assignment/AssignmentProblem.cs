namespace Kechuang.Projects.Assignment;

/// <summary>An expert of the pool as the engine sees it: an id and the organisation the avoidance rules compare.</summary>
public sealed record ReviewExpert(string Id, string Organisation);

/// <summary>An application to review: the applicant's organisation and its partners' (docs/domain.md § 科技计划项目 — 评审专家分配).</summary>
public sealed record ReviewApplication(string Id, string Organisation, IReadOnlyList<string> Partners);

/// <summary>A pair that may be assigned, with its field affinity (an integer ≥ 0, higher is closer).</summary>
public sealed record CandidatePair(string ExpertId, string ApplicationId, int Affinity);

/// <summary>A pair that must never be assigned: a declared relation or a look-back exclusion, with its reason.</summary>
public sealed record ReviewConflict(string ExpertId, string ApplicationId, string Reason);

/// <summary>
/// One call's assignment problem: each application gets <see cref="PerApplication"/> experts (k), each expert at
/// most <see cref="MaxPerExpert"/> applications (L), only among the candidate pairs. Pure data: the engine never
/// touches a database, so the call's pages and the CLI feed it the same way.
/// </summary>
public sealed record AssignmentProblem(
    IReadOnlyList<ReviewExpert> Experts,
    IReadOnlyList<ReviewApplication> Applications,
    IReadOnlyList<CandidatePair> Candidates,
    IReadOnlyList<ReviewConflict> Conflicts,
    int PerApplication,
    int MaxPerExpert);

/// <summary>Input the engine cannot work with (unknown ids, duplicates, negative affinity), said in Chinese.</summary>
public sealed class AssignmentInputException(string message) : Exception(message);
