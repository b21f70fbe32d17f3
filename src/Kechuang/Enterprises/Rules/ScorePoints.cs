namespace Kechuang.Enterprises.Rules;

/// <summary>One part of the tech-SME score (techStaff, rd, ip) in whole points.</summary>
public sealed record ScorePoints(string Code, int Points, string Basis);
