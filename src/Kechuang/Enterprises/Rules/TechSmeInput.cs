namespace Kechuang.Enterprises.Rules;

/// <summary>
/// A tech-SME evaluation in <paramref name="Year"/> from the facts of the fiscal year evaluated and the one
/// before it (for violations). <paramref name="DirectQualification"/> names a direct route the caller found,
/// e.g. "有效期内的高新技术企业"; null when none.
/// </summary>
public sealed record TechSmeInput(int Year, YearFacts? Facts, YearFacts? PreviousFacts, string? DirectQualification);
