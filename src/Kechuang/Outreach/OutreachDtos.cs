namespace Kechuang.Outreach;

public sealed record PhotoDto(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

public sealed record ActivityDto(
    Guid Id, string Kind, string Title, string Organisers, string Place, string RegionCode, string? RegionName, DateOnly HeldOn,
    int Attendance, string? Remark, IReadOnlyList<PhotoDto> Photos, int Version)
{
    public static ActivityDto From(OutreachActivity a, string? regionName, IEnumerable<PhotoDto> photos) =>
        new(a.Id, a.Kind, a.Title, a.Organisers, a.Place, a.RegionCode, regionName, a.HeldOn, a.Attendance, a.Remark, [.. photos], a.Version);
}

/// <summary>A photo's bytes, to be served as an attachment under its typed name.</summary>
public sealed record PhotoFile(byte[] Content, string ContentType, string FileName);

public sealed record ScienceBaseDto(Guid Id, string Name, string Level, string Host, string RegionCode, string? RegionName, DateOnly RecognisedOn, int Version)
{
    public static ScienceBaseDto From(ScienceBase b, string? regionName) =>
        new(b.Id, b.Name, b.Level, b.Host, b.RegionCode, regionName, b.RecognisedOn, b.Version);
}

/// <summary>A competition in the list: how many entries and awards.</summary>
public sealed record CompetitionRowDto(Guid Id, int Year, string Name, string Level, string Organiser, string RegionCode, string? RegionName,
    int Entries, int Awards, int Version);

public sealed record EntryDto(Guid Id, Guid? EnterpriseId, string Name, bool IsTeam, string? Leader, string? Track, string ProjectTitle,
    string? Award, string? AwardLevel, DateOnly? AwardedOn);

public sealed record JudgeDto(Guid ExpertId, string Name, string Organisation);

/// <summary>A score with the entry's place in the round (1 = highest; equal scores share a place).</summary>
public sealed record ScoreDto(Guid EntryId, string Name, string ProjectTitle, decimal Score, int Rank);

/// <summary>A round with its judges and scores; <see cref="Seed"/> replays the draw.</summary>
public sealed record RoundDto(Guid Id, string Stage, DateOnly HeldOn, IReadOnlyList<JudgeDto> Judges, long? Seed, string? DrawnBy,
    DateTimeOffset? DrawnAt, IReadOnlyList<ScoreDto> Scores);

public sealed record CompetitionDto(Guid Id, int Year, string Name, string Level, string Organiser, string RegionCode, string? RegionName,
    IReadOnlyList<EntryDto> Entries, IReadOnlyList<RoundDto> Rounds, int Version);
