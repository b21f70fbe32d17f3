namespace Kechuang.Visits;

/// <summary>A user a problem may be assigned to.</summary>
public sealed record AssigneeDto(string UserId, string UserName, string DisplayName, string RegionCode);

public sealed record FollowUpDto(Guid Id, DateOnly On, string Note, string By);

public sealed record ProblemDto(
    Guid Id, Guid VisitId, Guid EnterpriseId, string EnterpriseName, DateOnly RaisedOn, string Category, string Description,
    string? AssigneeUserId, string? Assignee, DateOnly DueOn, string Status, string? Outcome, string? Answer, DateOnly? ClosedOn, IReadOnlyList<FollowUpDto> FollowUps, int Version)
{
    public static ProblemDto From(VisitProblem p, string enterpriseName, DateOnly today) => new(
        p.Id, p.VisitId, p.EnterpriseId, enterpriseName, p.RaisedOn, p.Category, p.Description, p.AssigneeUserId, p.Assignee, p.DueOn,
        VisitRules.Status(p, today), p.Outcome, p.Answer, p.ClosedOn,
        [.. p.FollowUps.OrderBy(f => f.On).ThenBy(f => f.CreatedAt).Select(f => new FollowUpDto(f.Id, f.On, f.Note, f.By))], p.Version);
}

public sealed record VisitDto(
    Guid Id, Guid EnterpriseId, string EnterpriseName, string RegionCode, DateOnly VisitedOn, string Visitors, string? Attendees,
    string Summary, string RecordedBy, int ProblemCount, int OpenCount, IReadOnlyList<ProblemDto> Problems, int Version)
{
    public static VisitDto From(Visit v, DateOnly today) => new(
        v.Id, v.EnterpriseId, v.EnterpriseName, v.RegionCode, v.VisitedOn, v.Visitors, v.Attendees, v.Summary, v.RecordedBy,
        v.Problems.Count, v.Problems.Count(p => p.ClosedOn is null),
        [.. v.Problems.OrderBy(p => p.DueOn).ThenBy(p => p.Id).Select(p => ProblemDto.From(p, v.EnterpriseName, today))], v.Version);
}
