namespace Kechuang.Market.Achievements;

/// <summary>An achievement as the form, the API and the import write it; <see cref="Version"/> guards an edit.</summary>
public sealed record AchievementRequest(
    string? Title,
    string? Holder = null,
    string? Description = null,
    string? Field = null,
    IReadOnlyList<string>? Keywords = null,
    string? Stage = null,
    IReadOnlyList<PatentRequest>? Patents = null,
    decimal? Price = null,
    string? TransferMode = null,
    string? RegionCode = null,
    int? Version = null);

public sealed record PatentRequest(string? Number, DateOnly? ExpiresOn = null);

public sealed record PatentDto(string Number, DateOnly? ExpiresOn);

public sealed record AchievementDto(
    Guid Id,
    string Holder,
    string RegionCode,
    string Title,
    string? Description,
    string? Field,
    IReadOnlyList<string> Keywords,
    string Stage,
    IReadOnlyList<PatentDto> Patents,
    decimal? Price,
    string TransferMode,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static AchievementDto From(Achievement a) => new(
        a.Id, a.Holder, a.RegionCode, a.Title, a.Description, a.Field, a.Keywords, a.Stage,
        [.. a.Patents.OrderBy(p => p.Number, StringComparer.Ordinal).Select(p => new PatentDto(p.Number, p.ExpiresOn))],
        a.Price, a.TransferMode, a.UpdatedAt, a.Version);
}
