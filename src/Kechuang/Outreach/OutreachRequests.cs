namespace Kechuang.Outreach;

/// <summary>POST /api/outreach/activities and PUT …/{id}: <see cref="Kind"/> one of <see cref="OutreachWords.ActivityKinds"/>.</summary>
public sealed record ActivityRequest(
    string? Kind, string? Title, string? Organisers, string? Place, string? RegionCode, DateOnly? HeldOn, int? Attendance,
    string? Remark = null, int? Version = null);

/// <summary>GET /api/outreach/activities: <see cref="Q"/> matches the title, the organisers or the place.</summary>
public sealed record ListActivitiesQuery(string? RegionCode = null, string? Kind = null, int? Year = null, string? Q = null, int? Page = null, int? PageSize = null);

public sealed record ScienceBaseRequest(string? Name, string? Level, string? Host, string? RegionCode, DateOnly? RecognisedOn, int? Version = null);

/// <summary>POST /api/competitions and PUT …/{id}.</summary>
public sealed record CompetitionRequest(int? Year, string? Name, string? Level, string? Organiser, string? RegionCode, int? Version = null);

/// <summary>GET /api/competitions: <see cref="Q"/> matches the name or the organiser.</summary>
public sealed record ListCompetitionsQuery(string? RegionCode = null, int? Year = null, string? Q = null, int? Page = null, int? PageSize = null);

/// <summary>
/// An entry: <see cref="EnterpriseId"/> for an enterprise of the register, else <see cref="TeamName"/>; the award with its
/// level once decided (<see cref="AwardLevel"/> defaults to the competition's).
/// </summary>
public sealed record EntryRequest(
    Guid? EnterpriseId, string? TeamName, string? Leader, string? Track, string? ProjectTitle,
    string? Award = null, string? AwardLevel = null, DateOnly? AwardedOn = null);

public sealed record RoundRequest(string? Stage, DateOnly? HeldOn);

/// <summary>POST …/rounds/{roundId}/draw: <see cref="Judges"/> 3 to 9 (5 by default); <see cref="Seed"/> replays a draw.</summary>
public sealed record JudgeDrawRequest(int? Judges = null, long? Seed = null);

public sealed record ScoreLine(Guid EntryId, decimal? Score);

/// <summary>PUT …/rounds/{roundId}/scores: the entries' scores in the round (a line without a score removes it).</summary>
public sealed record ScoresRequest(IReadOnlyList<ScoreLine>? Scores);
