namespace Kechuang.Enterprises.Rules;

/// <summary>One part of the HTE innovation score (ip, conversion, rdManagement, growth) as a range.</summary>
public sealed record ScorePart(string Code, int Min, int Max, string Basis);
