namespace Kechuang.Platforms;

/// <summary>A platform with its recognitions (oldest first) and evaluations; <see cref="Status"/> is 有效 or 已撤销.</summary>
public sealed record PlatformDto(
    Guid Id,
    string Name,
    string Kind,
    string Level,
    string RegionCode,
    string? RegionName,
    Guid? EnterpriseId,
    string HostName,
    string? Field,
    DateOnly RecognisedOn,
    string Status,
    DateOnly? WithdrawnOn,
    string? WithdrawnReason,
    IReadOnlyList<PlatformRecognitionDto> Recognitions,
    IReadOnlyList<PlatformEvaluationDto> Evaluations,
    int Version)
{
    public static PlatformDto From(Platform p, string? regionName) => new(
        p.Id, p.Name, p.Kind, p.Level, p.RegionCode, regionName, p.EnterpriseId, p.HostName, p.Field, p.RecognisedOn,
        p.WithdrawnOn is null ? "有效" : "已撤销", p.WithdrawnOn, p.WithdrawnReason,
        [.. p.Recognitions.OrderBy(r => r.RecognisedOn).Select(r => new PlatformRecognitionDto(r.Level, r.RecognisedOn, r.DocumentNumber))],
        [.. p.Evaluations.OrderBy(e => e.Year).Select(e => new PlatformEvaluationDto(e.Year, e.Grade, e.Staff, e.RdSpending))],
        p.Version);
}

public sealed record PlatformRecognitionDto(string Level, DateOnly RecognisedOn, string? DocumentNumber);

public sealed record PlatformEvaluationDto(int Year, string Grade, int? Staff, decimal? RdSpending);
