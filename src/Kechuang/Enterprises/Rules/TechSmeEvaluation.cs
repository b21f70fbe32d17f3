namespace Kechuang.Enterprises.Rules;

/// <summary><paramref name="Verdict"/> is <see cref="Verdicts.Eligible"/> or <see cref="Verdicts.Ineligible"/>.</summary>
public sealed record TechSmeEvaluation(string Verdict, int Score, string? DirectQualification, IReadOnlyList<ScorePoints> Parts, IReadOnlyList<Condition> Conditions);
