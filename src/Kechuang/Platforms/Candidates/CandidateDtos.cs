namespace Kechuang.Platforms.Candidates;

/// <summary>An entry condition as read and edited (GET/PUT /api/platforms/conditions).</summary>
public sealed record EntryConditionDto(
    Guid Id, string Kind, string Level, string Measure, string Name, decimal Minimum, string Unit, string Source, int Version)
{
    public static EntryConditionDto From(PlatformEntryCondition c) =>
        new(c.Id, c.Kind, c.Level, c.Measure.ToString(), EntryMeasures.Name(c.Measure), c.Minimum, c.Unit, c.Source, c.Version);
}

/// <summary>PUT /api/platforms/conditions/{id}: the new minimum in the condition's unit; <see cref="Version"/>, when given, must match.</summary>
public sealed record EntryConditionRequest(decimal? Minimum, int? Version = null);

/// <summary>
/// One condition checked against an enterprise, in the shape of the enterprise rules' <c>Condition</c> (Code,
/// Passed, Actual, Required, Message, Gap): <see cref="Passed"/> null when the fact is missing; actual, required and
/// gap in <see cref="Unit"/> (万元, %, 人, 件; a title is 1 or 0); the gap only when failed.
/// </summary>
public sealed record EntryCheck(string Code, bool? Passed, decimal? Actual, decimal? Required, string Message, decimal? Gap, string Name, string Unit);

/// <summary>An enterprise of the candidate list: <see cref="Met"/> when every condition passes.</summary>
public sealed record CandidateDto(
    Guid EnterpriseId, string Name, string Uscc, string RegionCode, string? RegionName, bool Met, int Failed, IReadOnlyList<EntryCheck> Conditions);

/// <summary>The candidate list of a kind at a level for a year: the conditions applied, then a page of enterprises.</summary>
public sealed record CandidateList(
    string Kind, string Level, int Year, IReadOnlyList<EntryConditionDto> Conditions, int MetCount, IReadOnlyList<CandidateDto> Items, int Total, int PageNumber, int PageSize);
