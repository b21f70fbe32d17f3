namespace Kechuang.Enterprises.Rules;

/// <summary>
/// An HTE recognition check for the application in <paramref name="Year"/> (the latest fiscal year),
/// as of <paramref name="AsOf"/>. <paramref name="Facts"/> may hold any years; Year−2..Year are used.
/// </summary>
public sealed record HteInput(int Year, DateOnly FoundedOn, DateOnly AsOf, string? TechnologyField, IReadOnlyList<YearFacts> Facts);
